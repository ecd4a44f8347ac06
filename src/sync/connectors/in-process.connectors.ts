import { DataSource, EntityManager, In } from 'typeorm';
import { Clock, IdGenerator } from '../../shared/clock';
import { NoSeriesService } from '../../erp/no-series.service';
import { Salesperson } from '../../erp/salesperson.entity';
import { UnitOfMeasure } from '../../erp/unit-of-measure.entity';
import { CustomerPriceGroup } from '../../erp/customer-price-group.entity';
import { Customer } from '../../erp/customer.entity';
import { Contact } from '../../erp/contact.entity';
import { Item, ItemType } from '../../erp/item.entity';
import { Resource } from '../../erp/resource.entity';
import { Unit, UnitGroup } from '../../crm/unit-group.entity';
import { OrderLine } from '../../crm/order.entity';
import { QuoteLine } from '../../crm/quote.entity';
import { Post } from '../../crm/post.entity';
import { ProductState, RecordState } from '../../crm/states';
import { SyncRecord } from '../engine/tables';
import { ErpConnector } from './erp-connector';
import { CrmConnector } from './crm-connector';
import { TableDef, TypeOrmRecordConnector } from './typeorm-record.connector';
import { MAPPINGS } from '../mappings/registry';

/** An ERP code derived from a name ("Annette Hill" → "AH"), made unique with a number. */
async function codeFrom(m: EntityManager, entity: typeof Salesperson | typeof UnitOfMeasure | typeof CustomerPriceGroup, base: string, max: number): Promise<string> {
  const clean =
    base
      .toUpperCase()
      .replace(/[^A-Z0-9_\-./]/g, '')
      .slice(0, max) || 'X';
  for (let i = 1; ; i++) {
    const code = i === 1 ? clean : `${clean.slice(0, max - String(i).length)}${i}`;
    if (!(await m.getRepository(entity).existsBy({ code }))) return code;
  }
}

/** What a store does for new records of one table, beyond what the registry declares. */
type TableBehaviour = Omit<TableDef, 'entity' | 'key' | 'modified'>;

/**
 * One system's tables as the registry declares them (entity, key, modification time), with this
 * store's behaviour for new records. A table the behaviours name but no mapping declares is a
 * plain error: a renamed table must not silently lose its key rule.
 */
function mappedTables(side: 'erp' | 'crm', behaviour: Record<string, TableBehaviour>): Record<string, TableDef> {
  const tables: Record<string, TableDef> = {};
  for (const def of MAPPINGS) {
    const t = def[side];
    tables[t.table] = { entity: t.entity, key: t.key, modified: t.modified, ...behaviour[t.table] };
  }
  const stray = Object.keys(behaviour).filter((name) => !tables[name]);
  if (stray.length) throw new Error(`In-process ${side} connector: no mapping declares table ${stray.join(', ')}`);
  return tables;
}

const initials = (name: unknown) =>
  String(name ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('');

/** The embedded ERP connector: the ERP subgraph's store, in process. */
export class InProcessErpConnector extends TypeOrmRecordConnector implements ErpConnector {
  constructor(db: DataSource, clock: Clock, ids: IdGenerator) {
    const noSeries = new NoSeriesService();
    type Numbered = typeof Customer | typeof Contact | typeof Item | typeof Resource;
    const series = (code: string, entity: Numbered) => (_: SyncRecord, m: EntityManager) => noSeries.next(m, code, (no) => m.getRepository(entity).existsBy({ no }));
    const block = (code: string, entity: Numbered) => (fields: SyncRecord[], m: EntityManager) =>
      noSeries.nextBlock(m, code, fields.length, async (nos) => new Set((await m.getRepository(entity).find({ where: { no: In(nos) }, select: { no: true } })).map((r) => r.no)));
    // How new records of the mapped ERP tables get their keys and defaults (documents are never created here).
    const behaviour: Record<string, TableBehaviour> = {
      Salesperson: { newKey: (f, m) => codeFrom(m, Salesperson, initials(f.name), 20) },
      Currency: {
        newKey: async (f) =>
          String(f.code ?? '')
            .toUpperCase()
            .slice(0, 10),
      },
      UnitOfMeasure: { newKey: (f, m) => codeFrom(m, UnitOfMeasure, String(f.code ?? ''), 10) },
      CustomerPriceGroup: { newKey: (f, m) => codeFrom(m, CustomerPriceGroup, String(f.code ?? ''), 10) },
      SalesPrice: { newKey: async () => ids.uuid() },
      Customer: { newKey: series('CUSTOMER', Customer), newKeys: block('CUSTOMER', Customer) },
      Contact: { newKey: series('CONTACT', Contact), newKeys: block('CONTACT', Contact) },
      Item: { newKey: series('ITEM', Item), newKeys: block('ITEM', Item), defaults: async () => ({ type: ItemType.INVENTORY }) },
      Resource: { newKey: series('RESOURCE', Resource), newKeys: block('RESOURCE', Resource) },
    };
    super(db, clock, mappedTables('erp', behaviour));
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
      const id = group ? ((await m.getRepository(Unit).findOneBy({ unitGroupId: group.id, name: group.baseUnitName }))?.id ?? null) : null;
      if (id) baseUnits.set(groupId, id);
      return id;
    };
    const keyed: TableBehaviour = { newKey: uuid, newKeys: uuids };
    // How new records of the mapped CRM tables get their keys (UUIDs) and defaults (documents are never created here).
    const behaviour: Record<string, TableBehaviour> = {
      SystemUser: keyed,
      TransactionCurrency: keyed,
      UnitGroup: {
        ...keyed,
        // A unit group always has a base unit; one made from an ERP unit of measure carries its name.
        defaults: async (f) => ({ baseUnitName: f.name }),
        afterCreate: async (row, m) => {
          await m.getRepository(Unit).insert({ id: ids.uuid(), unitGroupId: String(row.id), name: String(row.baseUnitName), quantity: '1' });
        },
      },
      PriceList: keyed,
      PriceListItem: keyed,
      Account: { ...keyed, defaults: async () => ({ state: RecordState.ACTIVE }) },
      CrmContact: keyed,
      Product: { ...keyed, defaults: async (f, m) => ({ state: ProductState.ACTIVE, defaultUnitId: await baseUnit(f.unitGroupId, m) }) },
    };
    super(db, clock, {
      ...mappedTables('crm', behaviour),
      // Tables no mapping pairs, which documents read and write: lines and the timeline.
      OrderLine: { entity: OrderLine, key: 'id', modified: 'id' },
      QuoteLine: { entity: QuoteLine, key: 'id', modified: 'id' },
      Post: { entity: Post, key: 'id', modified: 'createdOn', newKey: uuid, newKeys: uuids },
    });
  }

  async baseUnitId(unitGroupId: string): Promise<string | null> {
    const group = await this.db.getRepository(UnitGroup).findOneBy({ id: unitGroupId });
    if (!group) return null;
    return (await this.db.getRepository(Unit).findOneBy({ unitGroupId, name: group.baseUnitName }))?.id ?? null;
  }
}
