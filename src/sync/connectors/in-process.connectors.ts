import { In } from 'typeorm';
import type { ErpServices } from '../../erp';
import type { CrmServices } from '../../crm';
import { Item } from '../../erp/item.entity';
import { ErpConnector } from './erp-connector';
import { CrmConnector } from './crm-connector';

/** The embedded ERP connector: the ERP subgraph's own store, through its services' data source. */
export class InProcessErpConnector implements ErpConnector {
  constructor(private readonly erp: ErpServices) {}

  async itemInventory(itemNos: readonly string[]): Promise<Map<string, string>> {
    const items = await this.erp.db.getRepository(Item).find({ where: { no: In([...itemNos]) }, select: { no: true, inventory: true } });
    return new Map(items.map((i) => [i.no, i.inventory]));
  }
}

/** The embedded CRM connector. */
export class InProcessCrmConnector implements CrmConnector {
  constructor(private readonly crm: CrmServices) {}

  async existing(entity: string, ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.crm.db.getRepository(entity).find({ where: { id: In([...ids]) }, select: { id: true } });
    return new Set(rows.map((r) => String(r.id)));
  }
}
