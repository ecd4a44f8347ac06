import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * Full-sync lines shared by workers: a job may be a part (a key range) of another job
 * (`parentJobId`), and each part is leased on its own (`sync_job_lease`), so several processes
 * work on one line at once and a dead one's part is taken over when its lease lapses.
 */
export class JobParts1764600000000 implements MigrationInterface {
  name = 'JobParts1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('sync_job', new TableColumn({ name: 'parentJobId', type: 'varchar', length: '36', isNullable: true }));
    await queryRunner.createIndex('sync_job', new TableIndex({ name: 'IDX_sync_job_parent', columnNames: ['parentJobId'] }));
    await queryRunner.createTable(
      new Table({
        name: 'sync_job_lease',
        columns: [
          { name: 'jobId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'holder', type: 'varchar', length: '36' },
          { name: 'until', type: 'datetime', precision: 3 },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sync_job_lease');
    await queryRunner.dropIndex('sync_job', 'IDX_sync_job_parent');
    await queryRunner.dropColumn('sync_job', 'parentJobId');
  }
}
