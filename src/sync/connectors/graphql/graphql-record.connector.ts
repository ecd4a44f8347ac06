import { SyncRecord } from '../../engine/tables';
import { PageOptions, RecordConnector } from '../record-connector';
import { ErpConnector } from '../erp-connector';
import { CrmConnector } from '../crm-connector';
import { fitToShape, reviveRecord, shapeFromWire, TableShape, WireShape } from '../record-shape';
import { RemoteGraphQL } from './remote-graphql';
import { MAX_RECORDS_PER_CALL } from './record-access.resolver';

/** Most JSON bytes of rows one write carries: under the subgraph's 1 MB body limit, with room for the rest. */
const MAX_WRITE_BYTES = 700_000;
/** Keys or values per read call. */
const READ_BATCH = 1000;

type Side = 'erp' | 'crm';

/**
 * A RecordConnector over the record-access API of an ERP or CRM subgraph (see
 * record-access.resolver.ts): the sync engine reads and writes that system's records through
 * GraphQL and never opens its database. Table shapes are read once (`load`), so fitting values
 * and describing tables stay synchronous as the interface wants. Reads, updates and deletes are
 * retried on transient errors; a bulk insert is one transaction on the subgraph, and one whose
 * answer was lost is recognised on its retry by its keys (chosen beforehand), so nothing is
 * written twice.
 */
export class GraphQLRecordConnector implements RecordConnector {
  private readonly shapes = new Map<string, TableShape>();

  constructor(
    protected readonly remote: RemoteGraphQL,
    protected readonly side: Side,
  ) {}

  /** Reads the shapes of the subgraph's tables; call once before use. */
  async load(): Promise<this> {
    const data = await this.remote.idempotent<Record<string, WireShape[]>>(`query { ${this.side}RecordTables }`, {});
    for (const wire of data[`${this.side}RecordTables`]) this.shapes.set(wire.table, shapeFromWire(wire));
    return this;
  }

  describe(table: string): TableShape {
    const shape = this.shapes.get(table);
    if (!shape) throw new Error(`The ${this.remote.name} subgraph has no table ${table}`);
    return shape;
  }

  fitValues(table: string, fields: SyncRecord): SyncRecord {
    return fitToShape(this.describe(table), fields, false);
  }

  private revive(table: string, rows: SyncRecord[]): SyncRecord[] {
    const shape = this.describe(table);
    for (const r of rows) reviveRecord(shape, r);
    return rows;
  }

  private async list(field: string, args: string, variables: Record<string, unknown>, table: string): Promise<SyncRecord[]> {
    const data = await this.remote.idempotent<Record<string, SyncRecord[]>>(`query(${args}) { r: ${this.side}${field} }`, { ...variables, table });
    return this.revive(table, data.r);
  }

  async read(table: string, keys: readonly string[]): Promise<Map<string, SyncRecord>> {
    const key = this.describe(table).key;
    const unique = [...new Set(keys)];
    const out = new Map<string, SyncRecord>();
    for (let i = 0; i < unique.length; i += READ_BATCH) {
      const rows = await this.list('Records(table: $table, keys: $keys)', '$table: String!, $keys: [String!]!', { keys: unique.slice(i, i + READ_BATCH) }, table);
      for (const r of rows) out.set(String(r[key]), r);
    }
    return out;
  }

  async findBy(table: string, field: string, values: readonly unknown[]): Promise<SyncRecord[]> {
    const out: SyncRecord[] = [];
    for (let i = 0; i < values.length; i += READ_BATCH) {
      const rows = await this.list(
        'RecordsBy(table: $table, field: $field, values: $values)',
        '$table: String!, $field: String!, $values: [JSON!]!',
        { field, values: values.slice(i, i + READ_BATCH) },
        table,
      );
      out.push(...rows);
    }
    return out;
  }

  page(table: string, afterKey: string | null, limit: number, options: PageOptions = {}): Promise<SyncRecord[]> {
    // Only a page with an end asks for one: a subgraph of an earlier version answers the others as before.
    if (options.untilKey == null) {
      return this.list('RecordPage(table: $table, afterKey: $afterKey, limit: $limit)', '$table: String!, $afterKey: String, $limit: Int!', { afterKey, limit }, table);
    }
    return this.list(
      'RecordPage(table: $table, afterKey: $afterKey, limit: $limit, untilKey: $untilKey)',
      '$table: String!, $afterKey: String, $limit: Int!, $untilKey: String',
      { afterKey, limit, untilKey: options.untilKey },
      table,
    );
  }

  async count(table: string, where?: SyncRecord): Promise<number> {
    const data = await this.remote.idempotent<{ n: number }>(`query($table: String!, $where: JSONObject) { n: ${this.side}RecordCount(table: $table, where: $where) }`, {
      table,
      where: where ?? null,
    });
    return data.n;
  }

  modifiedSince(table: string, since: Date | null, after: { at: Date; key: string } | null, limit: number): Promise<SyncRecord[]> {
    return this.list(
      'RecordsModifiedSince(table: $table, since: $since, afterAt: $afterAt, afterKey: $afterKey, limit: $limit)',
      '$table: String!, $since: DateTimeISO, $afterAt: DateTimeISO, $afterKey: String, $limit: Int!',
      { since: since?.toISOString() ?? null, afterAt: after?.at.toISOString() ?? null, afterKey: after?.key ?? null, limit },
      table,
    );
  }

  async deletedSince(table: string, since: Date | null, limit: number): Promise<Array<{ key: string; deletedAt: Date }>> {
    const data = await this.remote.idempotent<{ r: Array<{ key: string; deletedAt: string }> }>(
      `query($table: String!, $since: DateTimeISO, $limit: Int!) { r: ${this.side}RecordsDeletedSince(table: $table, since: $since, limit: $limit) }`,
      { table, since: since?.toISOString() ?? null, limit },
    );
    return data.r.map((d) => ({ key: d.key, deletedAt: new Date(d.deletedAt) }));
  }

  async newKey(table: string, fields: SyncRecord): Promise<string> {
    return (await this.newKeys(table, [fields]))[0];
  }

  async newKeys(table: string, fields: SyncRecord[]): Promise<string[]> {
    const keys: string[] = [];
    for (let i = 0; i < fields.length; i += MAX_RECORDS_PER_CALL) {
      // Not idempotent (a number series moves on), and not worth repeating: a lost block is a gap in the series.
      const data = await this.remote.once<{ k: string[] }>(`mutation($table: String!, $fields: [JSONObject!]!) { k: ${this.side}NewRecordKeys(table: $table, fields: $fields) }`, {
        table,
        fields: fields.slice(i, i + MAX_RECORDS_PER_CALL),
      });
      keys.push(...data.k);
    }
    return keys;
  }

  async prepare(table: string, records: Array<{ key: string; fields: SyncRecord }>): Promise<SyncRecord[]> {
    const out: SyncRecord[] = [];
    for (const batch of bySize(records)) {
      out.push(...(await this.list('PrepareRecords(table: $table, records: $records)', '$table: String!, $records: [JSONObject!]!', { records: batch }, table)));
    }
    return out;
  }

  async insertPrepared(table: string, rows: SyncRecord[]): Promise<void> {
    for (const batch of bySize(rows)) await this.insertBatch(table, batch);
  }

  /** One transaction on the subgraph; a retry after a lost answer finds the rows by their keys. */
  private insertBatch(table: string, rows: SyncRecord[]): Promise<void> {
    const key = this.describe(table).key;
    return this.remote.write(`mutation($table: String!, $rows: [JSONObject!]!) { ${this.side}InsertRecords(table: $table, rows: $rows) }`, { table, rows }, async () => {
      const found = await this.read(
        table,
        rows.map((r) => String(r[key])),
      );
      return found.size === rows.length;
    });
  }

  async create(table: string, records: Array<{ key: string; fields: SyncRecord }>): Promise<SyncRecord[]> {
    const rows = await this.prepare(table, records);
    await this.insertPrepared(table, rows);
    return rows;
  }

  async update(table: string, records: Array<{ key: string; fields: SyncRecord }>): Promise<SyncRecord[]> {
    const out: SyncRecord[] = [];
    // Idempotent: the same fields written again give the same record.
    for (const batch of bySize(records)) {
      const data = await this.remote.idempotent<{ r: SyncRecord[] }>(
        `mutation($table: String!, $records: [JSONObject!]!) { r: ${this.side}UpdateRecords(table: $table, records: $records) }`,
        {
          table,
          records: batch,
        },
      );
      out.push(...this.revive(table, data.r));
    }
    return out;
  }

  async delete(table: string, keys: readonly string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += MAX_RECORDS_PER_CALL) {
      await this.remote.idempotent(`mutation($table: String!, $keys: [String!]!) { ${this.side}DeleteRecords(table: $table, keys: $keys) }`, {
        table,
        keys: keys.slice(i, i + MAX_RECORDS_PER_CALL),
      });
    }
  }
}

/** Splits a write into calls that stay under the body limit and the per-call count (one call for a usual chunk). */
function bySize<T>(items: readonly T[]): T[][] {
  if (items.length === 0) return [];
  // The usual chunk fits in one call: one serialisation tells, instead of one per item.
  if (items.length <= MAX_RECORDS_PER_CALL && JSON.stringify(items).length <= MAX_WRITE_BYTES) return [[...items]];
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = JSON.stringify(item).length;
    if (batch.length > 0 && (bytes + size > MAX_WRITE_BYTES || batch.length >= MAX_RECORDS_PER_CALL)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** The ERP connector over a remote ERP subgraph. */
export class GraphQLErpConnector extends GraphQLRecordConnector implements ErpConnector {
  constructor(remote: RemoteGraphQL) {
    super(remote, 'erp');
  }

  async itemInventory(itemNos: readonly string[]): Promise<Map<string, string>> {
    const data = await this.remote.idempotent<{ r: Record<string, string> }>('query($nos: [String!]!) { r: erpItemInventory(itemNos: $nos) }', { nos: [...itemNos] });
    return new Map(Object.entries(data.r));
  }
}

/** The CRM connector over a remote CRM subgraph. */
export class GraphQLCrmConnector extends GraphQLRecordConnector implements CrmConnector {
  constructor(remote: RemoteGraphQL) {
    super(remote, 'crm');
  }

  async baseUnitId(unitGroupId: string): Promise<string | null> {
    const data = await this.remote.idempotent<{ r: string | null }>('query($id: String!) { r: crmBaseUnitId(unitGroupId: $id) }', { id: unitGroupId });
    return data.r;
  }
}
