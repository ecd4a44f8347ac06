import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** The records' modification times as the engine last saw them (its own writes are not changes). */
export class CouplingStamps1764200000000 implements MigrationInterface {
  name = 'CouplingStamps1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('coupling', [
      new TableColumn({ name: 'erpStamp', type: 'datetime', precision: 3, isNullable: true }),
      new TableColumn({ name: 'crmStamp', type: 'datetime', precision: 3, isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('coupling', ['erpStamp', 'crmStamp']);
  }
}
