import { EntityMetadata, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
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
function hydrator<T extends ObjectLiteral>(metadata: EntityMetadata, driver: Driver, prefix: string): (raw: Record<string, unknown>) => T {
  if (metadata.relations.length > 0) throw new Error(`${metadata.name} has relations: read it with TypeORM's find`);
  const columns: Array<{ property: string; name: string; column: ColumnMetadata }> = metadata.columns.map((column) => ({
    property: column.propertyName,
    name: `${prefix}${column.databaseName}`,
    column,
  }));
  return (raw) => {
    const row: Record<string, unknown> = {};
    for (const c of columns) row[c.property] = driver.prepareHydratedValue(raw[c.name], c.column);
    return row as T;
  };
}

const selectCache = new WeakMap<Repository<ObjectLiteral>, Map<string, string>>();

/** `SELECT <every column> FROM <table> WHERE <key> IN (` for a repository, built once per key column. */
function selectPrefix(repo: Repository<ObjectLiteral>, key: string): string {
  let byKey = selectCache.get(repo);
  if (!byKey) selectCache.set(repo, (byKey = new Map()));
  let sql = byKey.get(key);
  if (!sql) {
    const q = (n: string) => repo.manager.connection.driver.escape(n);
    const keyColumn = repo.metadata.findColumnWithPropertyName(key);
    if (!keyColumn) throw new Error(`${repo.metadata.name} has no column ${key}`);
    sql = `SELECT ${repo.metadata.columns.map((c) => q(c.databaseName)).join(', ')} FROM ${q(repo.metadata.tableName)} WHERE ${q(keyColumn.databaseName)} IN (`;
    byKey.set(key, sql);
  }
  return sql;
}

const hydrators = new WeakMap<Repository<ObjectLiteral>, (raw: Record<string, unknown>) => ObjectLiteral>();

/**
 * Rows whose `key` is one of `values`, in one statement, with an optional extra equality
 * (`where`: property → value) and an order (property → direction); lean-hydrated.
 */
export async function leanFindIn<T extends ObjectLiteral>(
  repo: Repository<T>,
  key: keyof T & string,
  values: readonly unknown[],
  where: Partial<Record<keyof T & string, unknown>> = {},
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
): Promise<T[]> {
  if (values.length === 0) return [];
  const q = (n: string) => repo.manager.connection.driver.escape(n);
  const col = (p: string) => {
    const c = repo.metadata.findColumnWithPropertyName(p);
    if (!c) throw new Error(`${repo.metadata.name} has no column ${p}`);
    return q(c.databaseName);
  };
  const extra = Object.keys(where);
  const sql =
    `${selectPrefix(repo, key)}${values.map(() => '?').join(', ')})` +
    extra.map((p) => ` AND ${col(p)} = ?`).join('') +
    (Object.keys(order).length
      ? ` ORDER BY ${Object.entries(order)
          .map(([p, d]) => `${col(p)} ${d}`)
          .join(', ')}`
      : '');
  const rows: Array<Record<string, unknown>> = await repo.query(sql, [...values, ...extra.map((p) => where[p as keyof T & string])]);
  let hydrate = hydrators.get(repo);
  if (!hydrate) hydrators.set(repo, (hydrate = hydrator(repo.metadata, repo.manager.connection.driver, '')));
  return rows.map(hydrate) as T[];
}

/** A query builder's rows (of its main alias, no joins), lean-hydrated: `getMany` without the entity machinery. */
export async function leanMany<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  const main = qb.expressionMap.mainAlias!;
  if (qb.expressionMap.joinAttributes.length > 0) throw new Error('leanMany reads one table: use getMany for joins');
  const rows: Array<Record<string, unknown>> = await qb.getRawMany();
  return rows.map(hydrator<T>(main.metadata, qb.connection.driver, `${main.name}_`));
}
