import { MigrationInterface, QueryRunner } from 'typeorm';

const MAPPING = 'SALESPRC_PRODPRICE';

/**
 * Resource prices synchronize too (the seed's "Items and resource prices"): stores made before
 * this get the field mapping resourceNo → productId (through RESOURCE_PRODUCT) and the mapping's
 * dependency on RESOURCE_PRODUCT. A fresh store has no mappings yet; it gets them from the defaults.
 */
export class ResourcePrices1764410000000 implements MigrationInterface {
  name = 'ResourcePrices1764410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (name: string) => queryRunner.connection.driver.escape(name);
    const [table] = await queryRunner.query(`SELECT ${q('dependsOn')} AS deps FROM ${q('table_mapping')} WHERE ${q('name')} = ?`, [MAPPING]);
    if (!table) return;
    const deps = String(table.deps ?? '').split(',').filter(Boolean);
    if (!deps.includes('RESOURCE_PRODUCT')) {
      await queryRunner.query(`UPDATE ${q('table_mapping')} SET ${q('dependsOn')} = ? WHERE ${q('name')} = ?`, [[...deps, 'RESOURCE_PRODUCT'].join(','), MAPPING]);
    }
    const fields: Array<{ erpField: string; position: number | string }> = await queryRunner.query(
      `SELECT ${q('erpField')} AS erpField, ${q('position')} AS position FROM ${q('field_mapping')} WHERE ${q('mapping')} = ?`, [MAPPING],
    );
    if (fields.some((f) => f.erpField === 'resourceNo')) return;
    const position = Math.max(-1, ...fields.map((f) => Number(f.position))) + 1;
    await queryRunner.query(
      `INSERT INTO ${q('field_mapping')} (${['mapping', 'erpField', 'position', 'crmField', 'direction', 'constantValue', 'enabled', 'transform'].map(q).join(', ')}) ` +
        'VALUES (?, ?, ?, ?, ?, NULL, ?, ?)',
      [MAPPING, 'resourceNo', position, 'productId', 'TO_CRM', 1, 'ref:RESOURCE_PRODUCT'],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (name: string) => queryRunner.connection.driver.escape(name);
    await queryRunner.query(`DELETE FROM ${q('field_mapping')} WHERE ${q('mapping')} = ? AND ${q('erpField')} = ?`, [MAPPING, 'resourceNo']);
    const [table] = await queryRunner.query(`SELECT ${q('dependsOn')} AS deps FROM ${q('table_mapping')} WHERE ${q('name')} = ?`, [MAPPING]);
    if (!table) return;
    const deps = String(table.deps ?? '').split(',').filter((d) => d && d !== 'RESOURCE_PRODUCT');
    await queryRunner.query(`UPDATE ${q('table_mapping')} SET ${q('dependsOn')} = ? WHERE ${q('name')} = ?`, [deps.join(','), MAPPING]);
  }
}
