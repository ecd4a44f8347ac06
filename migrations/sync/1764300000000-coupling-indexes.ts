import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** Indexes for the lookups every pass makes: a mapping's failed couplings and its pending ones. */
export class CouplingIndexes1764300000000 implements MigrationInterface {
  name = 'CouplingIndexes1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('coupling', new TableIndex({ name: 'IDX_coupling_result', columnNames: ['mapping', 'lastSyncResult'] }));
    await queryRunner.createIndex('coupling', new TableIndex({ name: 'IDX_coupling_pending', columnNames: ['mapping', 'pending'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('coupling', 'IDX_coupling_pending');
    await queryRunner.dropIndex('coupling', 'IDX_coupling_result');
  }
}
