import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * The CRM document an ERP order or quote was made from, kept on the ERP document itself so that
 * uncoupling never lets the same CRM document become a second ERP document (unique indexes).
 */
export class DocumentOriginErp1764410000000 implements MigrationInterface {
  name = 'DocumentOriginErp1764410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('sales_order', new TableColumn({ name: 'crmOrderId', type: 'varchar', length: '36', isNullable: true }));
    await queryRunner.createIndex('sales_order', new TableIndex({ name: 'UQ_sales_order_crm_order', columnNames: ['crmOrderId'], isUnique: true }));
    await queryRunner.addColumn('sales_quote', new TableColumn({ name: 'crmQuoteNumber', type: 'varchar', length: '100', isNullable: true }));
    await queryRunner.createIndex('sales_quote', new TableIndex({ name: 'UQ_sales_quote_crm_quote', columnNames: ['crmQuoteNumber'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('sales_quote', 'UQ_sales_quote_crm_quote');
    await queryRunner.dropColumn('sales_quote', 'crmQuoteNumber');
    await queryRunner.dropIndex('sales_order', 'UQ_sales_order_crm_order');
    await queryRunner.dropColumn('sales_order', 'crmOrderId');
  }
}
