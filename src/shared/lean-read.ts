import { DataSource, EntityMetadata, ObjectLiteral, QueryRunner, Repository, SelectQueryBuilder } from 'typeorm';
import { LruCache } from './lru';
import { isMysql } from './db';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { Driver } from 'typeorm/driver/Driver';

/**
 * Lean reads: rows turned into entity-shaped plain objects straight from the driver's answer,
 * without TypeORM's entity hydration (its per-row alias lookups, relation and listener machinery
 * showed as the largest share of a list query's CPU). Each value still goes through the driver's
 * own `prepareHydratedValue`, so types are exactly those of an entity read: Dates as Dates,
 * decimals as the transformer's exact strings, booleans as booleans, JSON columns parsed.
 * Only for entities without relations (Tandem's have none).
 */
/** Column types whose driver value is already the entity value on both drivers (no transformer): copied as they are. */
const PLAIN_TYPES = new Set<unknown>(['varchar', 'text', 'char', 'nvarchar', 'integer', 'int']);

function hydrator<T extends ObjectLiteral>(metadata: EntityMetadata, driver: Driver, prefix: string, only = metadata.columns): (raw: Record<string, unknown>) => T {
  if (metadata.relations.length > 0) throw new Error(`${metadata.name} has relations: read it with TypeORM's find`);
  const columns: Array<{ property: string; name: string; column: ColumnMetadata; plain: boolean }> = only.map((column) => ({
    property: column.propertyName,
    name: `${prefix}${column.databaseName}`,
    column,
    // prepareHydratedValue returns these unchanged: skipping the call saves its type tests per value.
    plain: !column.transformer && PLAIN_TYPES.has(column.type),
  }));
  return (raw) => {
    const row: Record<string, unknown> = {};
    for (const c of columns) row[c.property] = c.plain ? raw[c.name] : driver.prepareHydratedValue(raw[c.name], c.column);
    return row as T;
  };
}

/** A statement prefix and the hydrator of its rows. */
interface LeanSelect {
  sql: string;
  hydrate: (raw: Record<string, unknown>) => ObjectLiteral;
}

/**
 * Column lists kept per repository (and hydrators per entity): a few per read in practice, but a
 * client picks which columns a pruned read names, so the caches are bounded.
 */
export const COLUMN_LIST_CACHE_SIZE = 256;

const selectCache = new WeakMap<Repository<ObjectLiteral>, LruCache<string, LeanSelect>>();

/** `SELECT <columns> FROM <table> WHERE <key> IN (` for a repository and the hydrator of its rows, built once per key and column list. */
function leanSelect(repo: Repository<ObjectLiteral>, key: string, properties?: readonly string[]): LeanSelect {
  let byKey = selectCache.get(repo);
  if (!byKey) selectCache.set(repo, (byKey = new LruCache(COLUMN_LIST_CACHE_SIZE)));
  const cacheKey = properties ? `${key}\u0000${properties.join(',')}` : key;
  let found = byKey.get(cacheKey);
  if (!found) {
    const q = (n: string) => repo.manager.connection.driver.escape(n);
    const column = (p: string) => {
      const c = repo.metadata.findColumnWithPropertyName(p);
      if (!c) throw new Error(`${repo.metadata.name} has no column ${p}`);
      return c;
    };
    const columns = properties ? properties.map(column) : repo.metadata.columns;
    const sql = `SELECT ${columns.map((c) => q(c.databaseName)).join(', ')} FROM ${q(repo.metadata.tableName)} WHERE ${q(column(key).databaseName)} IN (`;
    found = { sql, hydrate: hydrator(repo.metadata, repo.manager.connection.driver, '', columns) };
    byKey.set(cacheKey, found);
  }
  return found;
}

/**
 * Rows whose `key` is one of `values`, in one statement, with an optional extra equality
 * (`where`: property → value) and an order (property → direction); lean-hydrated.
 */
export function leanFindIn<T extends ObjectLiteral>(
  repo: Repository<T>,
  key: keyof T & string,
  values: readonly unknown[],
  where: Partial<Record<keyof T & string, unknown>> = {},
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
): Promise<T[]> {
  return findIn(repo, key, values, where, order) as Promise<T[]>;
}

/**
 * Like `leanFindIn`, but only the named columns are read and returned: for callers that need a
 * key or two of wide rows (a coupling's other id, not its stored values).
 */
export function leanFindColumnsIn<T extends ObjectLiteral, K extends keyof T & string>(
  repo: Repository<T>,
  key: keyof T & string,
  values: readonly unknown[],
  columns: readonly K[],
  where: Partial<Record<keyof T & string, unknown>> = {},
): Promise<Array<Pick<T, K>>> {
  return findIn(repo, key, values, where, {}, columns) as Promise<Array<Pick<T, K>>>;
}

async function findIn<T extends ObjectLiteral>(
  repo: Repository<T>,
  key: keyof T & string,
  values: readonly unknown[],
  where: Partial<Record<keyof T & string, unknown>>,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
  columns?: readonly string[],
): Promise<ObjectLiteral[]> {
  if (values.length === 0) return [];
  const q = (n: string) => repo.manager.connection.driver.escape(n);
  const col = (p: string) => {
    const c = repo.metadata.findColumnWithPropertyName(p);
    if (!c) throw new Error(`${repo.metadata.name} has no column ${p}`);
    return q(c.databaseName);
  };
  const select = leanSelect(repo as unknown as Repository<ObjectLiteral>, key, columns);
  const extra = Object.keys(where);
  // On SQLite the list is padded (with its last value, which changes nothing) to a power of two:
  // a few statement texts, each prepared once, instead of one per list length.
  if (!isMysql(repo.manager.connection) && values.length > 8) {
    const padded = 1 << Math.ceil(Math.log2(values.length));
    if (padded !== values.length) values = [...values, ...new Array<unknown>(padded - values.length).fill(values[values.length - 1])];
  }
  const sql =
    `${select.sql}${values.map(() => '?').join(', ')})` +
    extra.map((p) => ` AND ${col(p)} = ?`).join('') +
    (Object.keys(order).length
      ? ` ORDER BY ${Object.entries(order)
          .map(([p, d]) => `${col(p)} ${d}`)
          .join(', ')}`
      : '');
  const rows: Array<Record<string, unknown>> = await repo.query(sql, [...values, ...extra.map((p) => where[p as keyof T & string])]);
  return rows.map(select.hydrate);
}

/**
 * One page of a table in key order after `after` (null: from the start) and up to `until`
 * (inclusive; null: to the end), as `leanFindIn` reads rows: a plain statement (no query builder)
 * and only `columns` when given (the key always comes).
 */
export async function leanPage<T extends ObjectLiteral>(
  repo: Repository<T>,
  key: keyof T & string,
  after: string | null,
  limit: number,
  columns?: readonly string[],
  until: string | null = null,
): Promise<T[]> {
  const wanted = columns ? [...new Set([key, ...columns])] : undefined;
  const select = leanSelect(repo as unknown as Repository<ObjectLiteral>, key, wanted);
  const q = (n: string) => repo.manager.connection.driver.escape(n);
  const keyColumn = q(repo.metadata.findColumnWithPropertyName(key)!.databaseName);
  // leanSelect's text ends in `WHERE <key> IN (`: the page takes its column list and table.
  const head = select.sql.slice(0, select.sql.lastIndexOf(' WHERE '));
  const where: string[] = [];
  const params: string[] = [];
  if (after != null) {
    where.push(`${keyColumn} > ?`);
    params.push(after);
  }
  if (until != null) {
    where.push(`${keyColumn} <= ?`);
    params.push(until);
  }
  const sql = `${head}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${keyColumn} ASC LIMIT ${Math.max(0, Math.floor(limit))}`;
  const rows: Array<Record<string, unknown>> = await repo.query(sql, params);
  return rows.map(select.hydrate) as T[];
}

const prefixedHydrators = new WeakMap<EntityMetadata, LruCache<string, (raw: Record<string, unknown>) => ObjectLiteral>>();

/** The hydrator of an entity's rows whose columns are named `<prefix><column>` (all, or the named properties), built once. */
function prefixedHydrator<T extends ObjectLiteral>(metadata: EntityMetadata, driver: Driver, prefix: string, properties?: readonly string[]): (raw: Record<string, unknown>) => T {
  let byPrefix = prefixedHydrators.get(metadata);
  if (!byPrefix) prefixedHydrators.set(metadata, (byPrefix = new LruCache(COLUMN_LIST_CACHE_SIZE)));
  const key = properties ? `${prefix}\u0000${properties.join(',')}` : prefix;
  let hydrate = byPrefix.get(key);
  if (!hydrate) {
    const only = properties?.map((p) => {
      const c = metadata.findColumnWithPropertyName(p);
      if (!c) throw new Error(`${metadata.name} has no column ${p}`);
      return c;
    });
    byPrefix.set(key, (hydrate = hydrator(metadata, driver, prefix, only)));
  }
  return hydrate as (raw: Record<string, unknown>) => T;
}

/** SQL texts of query builder shapes (parameters still named), per data source. */
const shapeSql = new WeakMap<DataSource, LruCache<string, string>>();
/** Distinct query shapes kept per data source (a list query has a few: with or without search, cursor, page size). */
export const SQL_SHAPE_CACHE_SIZE = 2000;

/** True when a where clause tree holds only strings (its JSON then names it exactly). */
function plainWheres(wheres: unknown): boolean {
  if (typeof wheres === 'string') return true;
  if (!Array.isArray(wheres)) return false;
  return wheres.every((w) => w && typeof w === 'object' && typeof (w as { type: unknown }).type === 'string' && plainWheres((w as { condition: unknown }).condition));
}

/**
 * A key naming everything the SQL text of a plain single-table select depends on (table, alias,
 * selections, where tree, order, limits), or null for any builder this cannot vouch for (joins,
 * locks, grouping, distinct, soft-deletes, a function in a condition): those are built every time.
 */
function shapeKey<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): string | null {
  const e = qb.expressionMap;
  if (e.joinAttributes.length || e.relationIdAttributes.length || e.lockMode || e.groupBys.length || e.havings.length) return null;
  if (e.selectDistinct || e.selectDistinctOn.length || e.withDeleted || e.mainAlias?.metadata.deleteDateColumn || e.comment || e.subQuery || e.commonTableExpressions.length)
    return null;
  if (e.useIndex?.length || e.maxExecutionTime || e.extraAppendedAndWhereCondition || e.cache || e.timeTravel) return null;
  if (!plainWheres(e.wheres) || e.selects.some((s) => typeof s.selection !== 'string')) return null;
  return JSON.stringify([e.mainAlias!.metadata.tablePath, e.mainAlias!.name, e.selects, e.wheres, e.orderBys, e.take, e.skip, e.limit, e.offset]);
}

/**
 * The SQL text of a builder: TypeORM builds it once per shape (building it took more time than
 * SQLite took to answer a page), parameters are bound every time, as the builder would.
 */
function sqlOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): [string, unknown[]] {
  const key = shapeKey(qb);
  let cache = shapeSql.get(qb.connection);
  if (!cache) shapeSql.set(qb.connection, (cache = new LruCache(SQL_SHAPE_CACHE_SIZE)));
  let sql = key ? cache.get(key) : undefined;
  if (sql === undefined) {
    const named = Object.keys(qb.getParameters()).length;
    sql = qb.getQuery();
    // A builder that adds parameters while building is left uncached (its text may vary).
    if (key && Object.keys(qb.getParameters()).length === named) cache.set(key, sql);
  }
  return qb.connection.driver.escapeQueryWithParameters(sql, qb.getParameters()) as [string, unknown[]];
}

/**
 * A query builder's rows (of its main alias, no joins), lean-hydrated: `getMany` without the entity
 * machinery. With `properties`, only those columns are read, and the rows hold only them.
 */
export async function leanMany<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, properties?: readonly string[]): Promise<T[]> {
  const main = qb.expressionMap.mainAlias!;
  if (qb.expressionMap.joinAttributes.length > 0) throw new Error('leanMany reads one table: use getMany for joins');
  if (properties) qb.select(properties.map((p) => `${main.name}.${p}`));
  const [sql, params] = sqlOf(qb);
  // The builder's own query runner when it has one (inside a transaction), else the pool.
  const runner = (qb as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const rows: Array<Record<string, unknown>> = runner ? await runner.query(sql, params) : await qb.connection.query(sql, params);
  const hydrate = prefixedHydrator<T>(main.metadata, qb.connection.driver, `${main.name}_`, properties);
  return rows.map(hydrate);
}
