import { MigrationInterface, QueryRunner } from 'typeorm';
import { deletedRecordTable } from '../erp/1764100000000-tombstones-erp';

/** Deleted records, read by the sync engine's incremental passes. */
export class TombstonesCrm1764100000000 implements MigrationInterface {
  name = 'TombstonesCrm1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(deletedRecordTable(), true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('deleted_record');
  }
}
