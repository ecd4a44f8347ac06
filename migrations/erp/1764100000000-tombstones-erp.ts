import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Deleted records, read by the sync engine's incremental passes. */
export class TombstonesErp1764100000000 implements MigrationInterface {
  name = 'TombstonesErp1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(deletedRecordTable(), true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('deleted_record');
  }
}

/** The deleted_record table (the same in the ERP and CRM stores). */
export function deletedRecordTable(): Table {
  return new Table({
    name: 'deleted_record',
    columns: [
      { name: 'id', type: 'varchar', length: '36', isPrimary: true },
      { name: 'tableName', type: 'varchar', length: '50' },
      { name: 'recordKey', type: 'varchar', length: '36' },
      { name: 'deletedAt', type: 'datetime', precision: 3 },
    ],
    indices: [{ name: 'IDX_deleted_record_at', columnNames: ['tableName', 'deletedAt'] }],
  });
}
