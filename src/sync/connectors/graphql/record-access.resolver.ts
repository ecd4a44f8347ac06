import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { badInput } from '../../../shared/errors';
import { SyncRecord } from '../../engine/tables';
import type { InProcessCrmConnector, InProcessErpConnector } from '../in-process.connectors';
import { reviveRecord, shapeToWire } from '../record-shape';
import type { ErpDocumentPort } from '../../documents/erp-document.port';

/**
 * The record-access API: what the sync engine's GraphQL connector calls on an ERP or CRM
 * subgraph (TANDEM_ERP_URL / TANDEM_CRM_URL) instead of opening its database. It is the
 * RecordConnector interface over GraphQL: reads by key, by field, by page and by
 * modified-since cursor, tombstones, and bulk writes under keys the caller chose beforehand
 * (so a sync job that is killed between choosing and writing finds its records by those keys).
 * Every field needs the admin role (or a key that has it); records travel as JSON objects,
 * date-times as ISO strings, decimals as exact strings.
 */

/** Most keys, records or rows one call may carry (a sync chunk is at most 1,000). */
export const MAX_RECORDS_PER_CALL = 5000;
/** Largest page a read may ask for (the incremental pass reads up to 10,000 tombstones at once). */
export const MAX_PAGE = 10_000;

/** What the record-access resolvers find in the request context. */
export interface RecordAccessContext {
  records?: { erp?: InProcessErpConnector; crm?: InProcessCrmConnector; erpDocuments?: ErpDocumentPort };
}

type Side = 'erp' | 'crm';

function connectorOf(ctx: RecordAccessContext, side: Side): InProcessErpConnector | InProcessCrmConnector {
  const c = ctx.records?.[side];
  if (!c) throw badInput(`This process does not serve the ${side.toUpperCase()} records`);
  return c;
}

/** The connector and the table's shape, or BAD_USER_INPUT naming the tables there are. */
function tableOf(ctx: RecordAccessContext, side: Side, table: string) {
  const c = connectorOf(ctx, side);
  if (!c.tableNames().includes(table)) throw badInput(`${side.toUpperCase()} has no table "${table}"; it has ${c.tableNames().join(', ')}`, { table });
  return { c, shape: c.describe(table) };
}

function bounded<T>(list: readonly T[], what: string): readonly T[] {
  if (list.length > MAX_RECORDS_PER_CALL) throw badInput(`At most ${MAX_RECORDS_PER_CALL} ${what} per call (got ${list.length})`);
  return list;
}

function limitOf(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw badInput(`limit must be between 1 and ${MAX_PAGE}`);
  return limit;
}

/** `{ key, fields }` items of a write, checked (`prepare` also takes an empty key: a check before keys are chosen). */
function keyed(records: readonly unknown[], emptyKey = false): Array<{ key: string; fields: SyncRecord }> {
  return bounded(records, 'records').map((r, i) => {
    const { key, fields } = (r ?? {}) as { key?: unknown; fields?: unknown };
    if (typeof key !== 'string' || (key === '' && !emptyKey) || typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      throw badInput(`records[${i}] must be { key: ${emptyKey ? 'string' : 'non-empty string'}, fields: object }`);
    }
    return { key, fields: fields as SyncRecord };
  });
}

/**
 * The record-access fields of one side, prefixed with it (`erpRecords`, `crmRecords`...) so the
 * ERP and CRM subgraphs compose into one supergraph without sharing root fields.
 */
export function recordAccessResolver(side: Side): new () => object {
  const n = (name: string) => `${side}${name}`;

  @Resolver()
  class RecordAccessResolver {
    @Authorized('admin')
    @Query(() => [GraphQLJSONObject], { name: n('RecordTables'), description: 'Every table the sync engine reaches, with its key, modification field and field shapes' })
    tables(@Ctx() ctx: RecordAccessContext) {
      const c = connectorOf(ctx, side);
      return c.tableNames().map((t) => shapeToWire(t, c.describe(t)));
    }

    @Authorized('admin')
    @Query(() => [GraphQLJSONObject], { name: n('Records'), description: 'Records by key (absent keys are left out)' })
    async read(@Arg('table') table: string, @Arg('keys', () => [String]) keys: string[], @Ctx() ctx: RecordAccessContext) {
      const { c } = tableOf(ctx, side, table);
      return [...(await c.read(table, bounded(keys, 'keys'))).values()];
    }

    @Authorized('admin')
    @Query(() => [GraphQLJSONObject], { name: n('RecordsBy'), description: 'Records whose field is one of the values' })
    findBy(@Arg('table') table: string, @Arg('field') field: string, @Arg('values', () => [GraphQLJSON]) values: unknown[], @Ctx() ctx: RecordAccessContext) {
      const { c, shape } = tableOf(ctx, side, table);
      if (!shape.fields.has(field)) throw badInput(`${table} has no field "${field}"`, { table, field });
      return c.findBy(table, field, bounded(values, 'values'));
    }

    @Authorized('admin')
    @Query(() => [GraphQLJSONObject], { name: n('RecordPage'), description: 'One page in key order after afterKey (and up to untilKey, inclusive, when given)' })
    page(
      @Arg('table') table: string,
      @Arg('afterKey', () => String, { nullable: true }) afterKey: string | null,
      @Arg('limit', () => Int) limit: number,
      @Arg('untilKey', () => String, { nullable: true }) untilKey: string | null,
      @Ctx() ctx: RecordAccessContext,
    ) {
      const { c } = tableOf(ctx, side, table);
      return c.page(table, afterKey ?? null, limitOf(limit), { untilKey: untilKey ?? null });
    }

    @Authorized('admin')
    @Query(() => Int, { name: n('RecordCount'), description: 'How many records a table has (those whose fields equal `where`, when given)' })
    count(@Arg('table') table: string, @Arg('where', () => GraphQLJSONObject, { nullable: true }) where: SyncRecord | null, @Ctx() ctx: RecordAccessContext) {
      const { c, shape } = tableOf(ctx, side, table);
      const unknown = Object.keys(where ?? {}).filter((f) => !shape.fields.has(f));
      if (unknown.length) throw badInput(`${table} has no field ${unknown.join(', ')}`, { table });
      return c.count(table, where ? reviveRecord(shape, { ...where }) : undefined);
    }

    @Authorized('admin')
    @Query(() => [GraphQLJSONObject], {
      name: n('RecordsModifiedSince'),
      description: 'Records modified after `since`, in (modification time, key) order, after the position (afterAt, afterKey)',
    })
    modifiedSince(
      @Arg('table') table: string,
      @Arg('since', () => Date, { nullable: true }) since: Date | null,
      @Arg('afterAt', () => Date, { nullable: true }) afterAt: Date | null,
      @Arg('afterKey', () => String, { nullable: true }) afterKey: string | null,
      @Arg('limit', () => Int) limit: number,
      @Ctx() ctx: RecordAccessContext,
    ) {
      const { c } = tableOf(ctx, side, table);
      if ((afterAt == null) !== (afterKey == null)) throw badInput('afterAt and afterKey go together');
      return c.modifiedSince(table, since ?? null, afterAt && afterKey != null ? { at: afterAt, key: afterKey } : null, limitOf(limit));
    }

    @Authorized('admin')
    @Query(() => [GraphQLJSONObject], { name: n('RecordsDeletedSince'), description: 'Keys of records deleted after `since`, oldest first: { key, deletedAt }' })
    deletedSince(
      @Arg('table') table: string,
      @Arg('since', () => Date, { nullable: true }) since: Date | null,
      @Arg('limit', () => Int) limit: number,
      @Ctx() ctx: RecordAccessContext,
    ) {
      const { c } = tableOf(ctx, side, table);
      return c.deletedSince(table, since ?? null, limitOf(limit));
    }

    @Authorized('admin')
    @Query(() => [GraphQLJSONObject], { name: n('PrepareRecords'), description: 'The rows createRecords would write (fitted values and defaults); writes nothing' })
    prepare(@Arg('table') table: string, @Arg('records', () => [GraphQLJSONObject]) records: unknown[], @Ctx() ctx: RecordAccessContext) {
      const { c } = tableOf(ctx, side, table);
      return c.prepare(table, keyed(records, true));
    }

    @Authorized('admin')
    @Mutation(() => [String], { name: n('NewRecordKeys'), description: 'Chooses the keys of records about to be created (a block of a number series, UUIDs)' })
    newKeys(@Arg('table') table: string, @Arg('fields', () => [GraphQLJSONObject]) fields: SyncRecord[], @Ctx() ctx: RecordAccessContext) {
      const { c } = tableOf(ctx, side, table);
      return c.newKeys(table, [...bounded(fields, 'records')]);
    }

    @Authorized('admin')
    @Mutation(() => Int, {
      name: n('InsertRecords'),
      description: 'Writes prepared rows (their keys chosen by the caller) in one transaction; CONFLICT when a key or unique value exists',
    })
    async insert(@Arg('table') table: string, @Arg('rows', () => [GraphQLJSONObject]) rows: SyncRecord[], @Ctx() ctx: RecordAccessContext) {
      const { c, shape } = tableOf(ctx, side, table);
      const revived = bounded(rows, 'rows').map((r, i) => {
        if (typeof r[shape.key] !== 'string' && typeof r[shape.key] !== 'number') throw badInput(`rows[${i}] has no ${shape.key}`);
        return reviveRecord(shape, { ...r });
      });
      await c.insertPrepared(table, revived);
      return revived.length;
    }

    @Authorized('admin')
    @Mutation(() => [GraphQLJSONObject], { name: n('CreateRecords'), description: 'Creates records under keys chosen beforehand, in one transaction' })
    create(@Arg('table') table: string, @Arg('records', () => [GraphQLJSONObject]) records: unknown[], @Ctx() ctx: RecordAccessContext) {
      const { c } = tableOf(ctx, side, table);
      return c.create(table, keyed(records));
    }

    @Authorized('admin')
    @Mutation(() => [GraphQLJSONObject], { name: n('UpdateRecords'), description: 'Writes the given fields of existing records, in one transaction, and answers them as stored' })
    update(@Arg('table') table: string, @Arg('records', () => [GraphQLJSONObject]) records: unknown[], @Ctx() ctx: RecordAccessContext) {
      const { c, shape } = tableOf(ctx, side, table);
      return c.update(
        table,
        keyed(records).map((r) => ({ key: r.key, fields: reviveRecord(shape, { ...r.fields }) })),
      );
    }

    @Authorized('admin')
    @Mutation(() => Int, { name: n('DeleteRecords'), description: 'Deletes records by key, in one transaction (absent keys are ignored)' })
    async delete(@Arg('table') table: string, @Arg('keys', () => [String]) keys: string[], @Ctx() ctx: RecordAccessContext) {
      const { c } = tableOf(ctx, side, table);
      await c.delete(table, bounded(keys, 'keys'));
      return keys.length;
    }
  }
  return RecordAccessResolver;
}

/** Kinds of ERP sales document the document port writes. */
const DOCUMENT_WRITES = ['ORDER', 'QUOTE', 'QUOTE_REVISION'] as const;

function documentPort(ctx: RecordAccessContext): ErpDocumentPort {
  const port = ctx.records?.erpDocuments;
  if (!port) throw badInput('This process does not serve the ERP documents');
  return port;
}

/** The ERP's side-specific record access: live inventory and the sales documents conversions write. */
@Resolver()
export class ErpRecordExtrasResolver {
  @Authorized('admin')
  @Query(() => GraphQLJSONObject, { name: 'erpItemInventory', description: 'Live inventory by item number: { [no]: Decimal string } (missing items left out)' })
  async inventory(@Arg('itemNos', () => [String]) itemNos: string[], @Ctx() ctx: RecordAccessContext) {
    return Object.fromEntries(await (connectorOf(ctx, 'erp') as InProcessErpConnector).itemInventory(bounded(itemNos, 'item numbers')));
  }

  @Authorized('admin')
  @Query(() => GraphQLJSONObject, { name: 'erpWriteInProduct', nullable: true, description: 'The write-in product of the sales setup: { type, no }, or null when none is set' })
  writeInProduct(@Ctx() ctx: RecordAccessContext) {
    return documentPort(ctx).writeInProduct();
  }

  @Authorized('admin')
  @Mutation(() => String, { name: 'erpNextSalesDocumentNo', description: 'Takes the next number of the ORDER or QUOTE series, for a document about to be written' })
  nextNo(@Arg('kind') kind: string, @Ctx() ctx: RecordAccessContext) {
    if (kind === 'ORDER') return documentPort(ctx).nextOrderNo();
    if (kind === 'QUOTE') return documentPort(ctx).nextQuoteNo();
    throw badInput('kind must be ORDER or QUOTE');
  }

  @Authorized('admin')
  @Mutation(() => String, {
    name: 'erpWriteSalesDocument',
    description: 'Writes an ERP sales order or quote under a number taken beforehand (QUOTE_REVISION archives the quote and overwrites it); answers its number',
  })
  async writeDocument(
    @Arg('kind') kind: string,
    @Arg('no') no: string,
    @Arg('header', () => GraphQLJSONObject) header: Record<string, unknown>,
    @Arg('lines', () => [GraphQLJSONObject]) lines: Array<Record<string, unknown>>,
    @Ctx() ctx: RecordAccessContext,
  ) {
    if (!(DOCUMENT_WRITES as readonly string[]).includes(kind)) throw badInput(`kind must be one of ${DOCUMENT_WRITES.join(', ')}`);
    if (typeof header.sellToCustomerNo !== 'string' || !no) throw badInput('A sales document needs its number and header.sellToCustomerNo');
    const port = documentPort(ctx);
    const l = bounded(lines, 'lines') as never[];
    if (kind === 'ORDER') await port.createOrder(no, header as never, l);
    else if (kind === 'QUOTE') await port.createQuote(no, header as never, l);
    else await port.archiveAndReplaceQuote(no, header as never, l);
    return no;
  }
}

/** The CRM's side-specific record access. */
@Resolver()
export class CrmRecordExtrasResolver {
  @Authorized('admin')
  @Query(() => String, { name: 'crmBaseUnitId', nullable: true, description: "The id of a unit group's base unit" })
  baseUnitId(@Arg('unitGroupId') unitGroupId: string, @Ctx() ctx: RecordAccessContext) {
    return (connectorOf(ctx, 'crm') as InProcessCrmConnector).baseUnitId(unitGroupId);
  }
}
