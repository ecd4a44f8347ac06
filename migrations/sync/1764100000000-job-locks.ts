import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/** Mapping leases (two jobs never process one mapping at once) and the one-active-full-sync rule. */
export class JobLocks1764100000000 implements MigrationInterface {
  name = 'JobLocks1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('table_mapping', [
      new TableColumn({ name: 'lockedBy', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'lockedUntil', type: 'datetime', precision: 3, isNullable: true }),
    ]);
    await queryRunner.addColumn('full_sync_run', new TableColumn({ name: 'activeSlot', type: 'varchar', length: '10', isNullable: true }));
    await queryRunner.createIndex('full_sync_run', new TableIndex({ name: 'UQ_full_sync_run_active', columnNames: ['activeSlot'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('full_sync_run', 'UQ_full_sync_run_active');
    await queryRunner.dropColumn('full_sync_run', 'activeSlot');
    await queryRunner.dropColumns('table_mapping', ['lockedBy', 'lockedUntil']);
  }
}
