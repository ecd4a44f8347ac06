import { DataSource } from 'typeorm';
import { Coupling } from '../coupling.entity';
import { TableMappingName } from '../enums';
import { CrmConnector } from '../connectors/crm-connector';
import { ReferenceResolver } from './field-mapper';
import { mappingDef } from '../mappings/registry';

/**
 * Translates references through couplings, remembering what it looked up (one resolver per
 * operation or chunk, so a chunk of customers asks for each salesperson once). Pending
 * couplings do not count: their other record may not exist yet.
 */
export class CouplingReferenceResolver implements ReferenceResolver {
  private readonly cache = new Map<string, string | null>();

  constructor(
    private readonly db: DataSource,
    private readonly crm: CrmConnector,
  ) {}

  /** Loads the couplings of many referenced keys in one statement per mapping (before mapping a chunk). */
  async preload(mapping: TableMappingName, side: 'erpId' | 'crmId', keys: string[]): Promise<void> {
    const wanted = [...new Set(keys)].filter((k) => !this.cache.has(`${mapping}|${side}|${k}`));
    for (let i = 0; i < wanted.length; i += 500) {
      const slice = wanted.slice(i, i + 500);
      const rows = await this.db
        .getRepository(Coupling)
        .createQueryBuilder('c')
        .where('c.mapping = :mapping', { mapping })
        .andWhere(`c.${side} IN (:...keys)`, { keys: slice })
        .andWhere('c.pending = :p', { p: false })
        .getMany();
      const found = new Map(rows.map((r) => [r[side], side === 'erpId' ? r.crmId : r.erpId]));
      for (const k of slice) this.cache.set(`${mapping}|${side}|${k}`, found.get(k) ?? null);
    }
  }

  private async lookup(mapping: TableMappingName, side: 'erpId' | 'crmId', key: string): Promise<string | null> {
    const cacheKey = `${mapping}|${side}|${key}`;
    if (!this.cache.has(cacheKey)) await this.preload(mapping, side, [key]);
    return this.cache.get(cacheKey) ?? null;
  }

  erpToCrm = (mapping: TableMappingName, erpId: string) => this.lookup(mapping, 'erpId', erpId);
  crmToErp = (mapping: TableMappingName, crmId: string) => this.lookup(mapping, 'crmId', crmId);

  /** CRM records are named by their label field (a currency's ISO code, a product's number), not their id. */
  async labelOf(mapping: TableMappingName, side: 'erp' | 'crm', key: string): Promise<string | null> {
    if (side !== 'crm') return null; // ERP keys are codes and numbers people know
    const { table, label } = mappingDef(mapping).crm;
    const record = (await this.crm.read(table, [key])).get(key);
    return record?.[label] != null && String(record[label]) !== '' ? String(record[label]) : null;
  }

  async baseUnitOf(unitGroupId: string): Promise<string | null> {
    const cacheKey = `baseUnit|${unitGroupId}`;
    if (!this.cache.has(cacheKey)) this.cache.set(cacheKey, await this.crm.baseUnitId(unitGroupId));
    return this.cache.get(cacheKey) ?? null;
  }
}
