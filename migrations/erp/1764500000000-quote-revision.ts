import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The CRM quote revision an ERP quote holds (its CRM id), next to the quote number it came from:
 * a conversion that stopped between claiming a new revision and overwriting the ERP quote is
 * finished by the next run, and a revision already written is never archived a second time.
 * Existing quotes keep null (the revision they hold is taken as the coupled one).
 */
export class QuoteRevisionErp1764500000000 implements MigrationInterface {
  name = 'QuoteRevisionErp1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('sales_quote', new TableColumn({ name: 'crmQuoteId', type: 'varchar', length: '36', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('sales_quote', 'crmQuoteId');
  }
}
