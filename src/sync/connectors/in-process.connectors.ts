import { DataSource, EntityManager, In } from 'typeorm';
import { Clock, IdGenerator } from '../../shared/clock';
import { NoSeriesService } from '../../erp/no-series.service';
import { Salesperson } from '../../erp/salesperson.entity';
import { Currency } from '../../erp/currency.entity';
import { UnitOfMeasure } from '../../erp/unit-of-measure.entity';
import { CustomerPriceGroup } from '../../erp/customer-price-group.entity';
import { SalesPrice } from '../../erp/sales-price.entity';
import { Customer } from '../../erp/customer.entity';
import { Contact } from '../../erp/contact.entity';
import { Item, ItemType } from '../../erp/item.entity';
import { Resource } from '../../erp/resource.entity';
import { SalesOrder } from '../../erp/sales-order.entity';
import { SalesQuote } from '../../erp/sales-quote.entity';
import { SystemUser } from '../../crm/system-user.entity';
import { TransactionCurrency } from '../../crm/transaction-currency.entity';
import { Unit, UnitGroup } from '../../crm/unit-group.entity';
import { PriceList, PriceListItem } from '../../crm/price-list.entity';
import { Account } from '../../crm/account.entity';
import { CrmContact } from '../../crm/crm-contact.entity';
import { Product } from '../../crm/product.entity';
import { Order, OrderLine } from '../../crm/order.entity';
import { Quote, QuoteLine } from '../../crm/quote.entity';
import { Post } from '../../crm/post.entity';
import { ProductState, RecordState } from '../../crm/states';
import { SyncRecord } from '../engine/tables';
import { ErpConnector } from './erp-connector';
import { CrmConnector } from './crm-connector';
import { TableDef, TypeOrmRecordConnector } from './typeorm-record.connector';

/** An ERP code derived from a name ("Annette Hill" → "AH"), made unique with a number. */
async function codeFrom(m: EntityManager, entity: typeof Salesperson | typeof UnitOfMeasure | typeof CustomerPriceGroup, base: string, max: number): Promise<string> {
  const clean = base.toUpperCase().replace(/[^A-Z0-9_\-./]/g, '').slice(0, max) || 'X';
  for (let i = 1; ; i++) {
    const code = i === 1 ? clean : `${clean.slice(0, max - String(i).length)}${i}`;
    if (!(await m.getRepository(entity).existsBy({ code }))) return code;
  }
}

const initials = (name: unknown) => String(name ?? '').split(/\s+/).filter(Boolean).map((w) => w[0]).join('');

/** The embedded ERP connector: the ERP subgraph's store, in process. */
export class InProcessErpConnector extends TypeOrmRecordConnector implements ErpConnector {
  constructor(db: DataSource, clock: Clock, ids: IdGenerator) {
    const noSeries = new NoSeriesService();
    type Numbered = typeof Customer | typeof Contact | typeof Item | typeof Resource;
    const series = (code: string, entity: Numbered) => (_: SyncRecord, m: EntityManager) =>
      noSeries.next(m, code, (no) => m.getRepository(entity).existsBy({ no }));
    const block = (code: string, entity: Numbered) => (fields: SyncRecord[], m: EntityManager) =>
      noSeries.nextBlock(m, code, fields.length, async (nos) => new Set((await m.getRepository(entity).find({ where: { no: In(nos) }, select: { no: true } })).map((r) => r.no)));
    const tables: Record<string, TableDef> = {
      Salesperson: { entity: Salesperson, key: 'code', modified: 'modifiedAt', newKey: (f, m) => codeFrom(m, Salesperson, initials(f.name), 20) },
      Currency: { entity: Currency, key: 'code', modified: 'modifiedAt', newKey: async (f) => String(f.code ?? '').toUpperCase().slice(0, 10) },
      UnitOfMeasure: { entity: UnitOfMeasure, key: 'code', modified: 'modifiedAt', newKey: (f, m) => codeFrom(m, UnitOfMeasure, String(f.code ?? ''), 10) },
      CustomerPriceGroup: { entity: CustomerPriceGroup, key: 'code', modified: 'modifiedAt', newKey: (f, m) => codeFrom(m, CustomerPriceGroup, String(f.code ?? ''), 10) },
      SalesPrice: { entity: SalesPrice, key: 'id', modified: 'modifiedAt', newKey: async () => ids.uuid() },
      Customer: { entity: Customer, key: 'no', modified: 'modifiedAt', newKey: series('CUSTOMER', Customer), newKeys: block('CUSTOMER', Customer) },
      Contact: { entity: Contact, key: 'no', modified: 'modifiedAt', newKey: series('CONTACT', Contact), newKeys: block('CONTACT', Contact) },
      Item: { entity: Item, key: 'no', modified: 'modifiedAt', newKey: series('ITEM', Item), newKeys: block('ITEM', Item), defaults: async () => ({ type: ItemType.INVENTORY }) },
      Resource: { entity: Resource, key: 'no', modified: 'modifiedAt', newKey: series('RESOURCE', Resource), newKeys: block('RESOURCE', Resource) },
      SalesOrder: { entity: SalesOrder, key: 'no', modified: 'modifiedAt' },
      SalesQuote: { entity: SalesQuote, key: 'no', modified: 'modifiedAt' },
    };
    super(db, clock, tables);
  }

  async itemInventory(itemNos: readonly string[]): Promise<Map<string, string>> {
    const items = await this.db.getRepository(Item).find({ where: { no: In([...itemNos]) }, select: { no: true, inventory: true } });
    return new Map(items.map((i) => [i.no, i.inventory]));
  }
}

/** The embedded CRM connector: the CRM subgraph's store, in process. */
export class InProcessCrmConnector extends TypeOrmRecordConnector implements CrmConnector {
  constructor(db: DataSource, clock: Clock, ids: IdGenerator) {
    const uuid = async () => ids.uuid();
    const uuids = async (fields: SyncRecord[]) => fields.map(() => ids.uuid());
    // A unit group's base unit never changes: remember it (bulk product creation asks often).
    const baseUnits = new Map<string, string | null>();
    const baseUnit = async (groupId: unknown, m: EntityManager) => {
      if (typeof groupId !== 'string') return null;
      if (baseUnits.has(groupId)) return baseUnits.get(groupId)!;
      const group = await m.getRepository(UnitGroup).findOneBy({ id: groupId });
      const id = group ? (await m.getRepository(Unit).findOneBy({ unitGroupId: group.id, name: group.baseUnitName }))?.id ?? null : null;
      if (id) baseUnits.set(groupId, id);
      return id;
    };
    const tables: Record<string, TableDef> = {
      SystemUser: { entity: SystemUser, key: 'id', modified: 'modifiedOn', newKey: uuid, newKeys: uuids },
      TransactionCurrency: { entity: TransactionCurrency, key: 'id', modified: 'modifiedOn', newKey: uuid, newKeys: uuids },
      UnitGroup: {
        entity: UnitGroup, key: 'id', modified: 'modifiedOn', newKey: uuid, newKeys: uuids,
        // A unit group always has a base unit; one made from an ERP unit of measure carries its name.
        defaults: async (f) => ({ baseUnitName: f.name }),
        afterCreate: async (row, m) => {
          await m.getRepository(Unit).insert({ id: ids.uuid(), unitGroupId: String(row.id), name: String(row.baseUnitName), quantity: '1' });
        },
      },
      PriceList: { entity: PriceList, key: 'id', modified: 'modifiedOn', newKey: uuid, newKeys: uuids },
      PriceListItem: { entity: PriceListItem, key: 'id', modified: 'modifiedOn', newKey: uuid, newKeys: uuids },
      Account: { entity: Account, key: 'id', modified: 'modifiedOn', newKey: uuid, newKeys: uuids, defaults: async () => ({ state: RecordState.ACTIVE }) },
      CrmContact: { entity: CrmContact, key: 'id', modified: 'modifiedOn', newKey: uuid, newKeys: uuids },
      Product: {
        entity: Product, key: 'id', modified: 'modifiedOn', newKey: uuid, newKeys: uuids,
        defaults: async (f, m) => ({ state: ProductState.ACTIVE, defaultUnitId: await baseUnit(f.unitGroupId, m) }),
      },
      Order: { entity: Order, key: 'id', modified: 'modifiedOn' },
      Quote: { entity: Quote, key: 'id', modified: 'modifiedOn' },
      OrderLine: { entity: OrderLine, key: 'id', modified: 'id' },
      QuoteLine: { entity: QuoteLine, key: 'id', modified: 'id' },
      Post: { entity: Post, key: 'id', modified: 'createdOn', newKey: uuid, newKeys: uuids },
    };
    super(db, clock, tables);
  }

  async baseUnitId(unitGroupId: string): Promise<string | null> {
    const group = await this.db.getRepository(UnitGroup).findOneBy({ id: unitGroupId });
    if (!group) return null;
    return (await this.db.getRepository(Unit).findOneBy({ unitGroupId, name: group.baseUnitName }))?.id ?? null;
  }
}
