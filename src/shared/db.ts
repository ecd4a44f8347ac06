import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, DataSourceOptions, EntityManager, EntityTarget, Logger, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { Driver } from 'typeorm/driver/Driver';

/** Entity classes (or schemas) of a store, as TypeORM takes them. */
export type StoreEntities = NonNullable<DataSourceOptions['entities']>;
/** Migration classes of a store, as TypeORM takes them. */
export type StoreMigrations = NonNullable<DataSourceOptions['migrations']>;
import { createConnection } from 'mysql2/promise';

/** The three subgraphs, each with its own database. */
export type StoreName = 'erp' | 'crm' | 'sync';

/** Where the stores live: SQLite files under `dataDir`, or one MySQL/MariaDB database per subgraph. */
export interface StoreLocation {
  dataDir: string;
  databaseUrl?: string;
  /** SQLite page cache per connection in MB (default 16: bulk inserts into indexed tables stay in memory). */
  sqliteCacheMb?: number;
}

/** Statement texts a `StatementCounter` keeps. */
export const RECENT_STATEMENTS = 100;

/**
 * A TypeORM logger that only counts statements (and keeps the last few texts). Tests read the
 * count to prove that nested list queries run a constant number of statements (no N+1).
 */
export class StatementCounter implements Logger {
  count = 0;
  /** The texts of the last statements (at most `RECENT_STATEMENTS`), newest last: tests check what a read selects. */
  readonly recent: string[] = [];
  logQuery(query: string): void {
    this.count++;
    this.recent.push(query);
    if (this.recent.length > RECENT_STATEMENTS) this.recent.shift();
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** Connections of each MySQL/MariaDB store's pool. */
export const MYSQL_POOL_SIZE = 20;
/**
 * Transactions one MySQL/MariaDB store runs at once; the others wait for a turn before taking a
 * connection. Writers that meet on one row (a number series) wait for its lock while holding their
 * connection: without this bound they held the whole pool, and every read queued behind them.
 */
export const MYSQL_WRITE_CONCURRENCY = 8;

/** Database name of one subgraph on a MySQL server: `<base>_<store>`. */
export function mysqlDatabaseName(databaseUrl: string, store: StoreName): string {
  const base = new URL(databaseUrl).pathname.replace(/^\//, '') || 'tandem';
  return `${base}_${store}`;
}

/** Creates the database if missing; answers whether the server is MariaDB (TypeORM reads its catalogue differently). */
async function ensureMysqlDatabase(databaseUrl: string, database: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const conn = await createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  });
  try {
    await conn.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    const [rows] = await conn.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as Array<{ v: string }>)[0]?.v));
  } finally {
    await conn.end();
  }
}

/** TypeORM options for one store, SQLite (WAL) or MySQL/MariaDB. */
export function storeOptions(store: StoreName, location: StoreLocation, entities: StoreEntities, migrations: StoreMigrations, logger?: Logger, mariadb = false): DataSourceOptions {
  const common = { entities, migrations, migrationsTransactionMode: 'each' as const, logger, logging: !!logger };
  if (location.databaseUrl) {
    const url = new URL(location.databaseUrl);
    return {
      ...common,
      type: mariadb ? 'mariadb' : 'mysql',
      host: url.hostname,
      port: Number(url.port || 3306),
      username: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: mysqlDatabaseName(location.databaseUrl, store),
      timezone: 'Z',
      // Binary collation: keys compare exactly as on SQLite (searches lower-case both sides).
      charset: 'utf8mb4_bin',
      extra: { connectionLimit: MYSQL_POOL_SIZE },
    };
  }
  mkdirSync(location.dataDir, { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: join(location.dataDir, `${store}.sqlite`),
    enableWAL: true,
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
      // A 16 MB page cache per store by default (SQLite's is 2 MB): bulk inserts into indexed tables stay in memory.
      db.pragma(`cache_size = -${Math.round((location.sqliteCacheMb ?? 16) * 1000)}`);
      // Checkpoint the WAL every ~12 MB instead of ~4 MB: bulk synchronization commits often, and
      // every checkpoint is a disk flush (a crash still loses nothing committed; WAL replays on open).
      db.pragma('wal_autocheckpoint = 3000');
    },
  };
}

/** Opens one store: creates the MySQL database if missing, connects, runs pending migrations. */
export async function openStore(store: StoreName, location: StoreLocation, entities: StoreEntities, migrations: StoreMigrations, logger?: Logger): Promise<DataSource> {
  const mariadb = location.databaseUrl ? await ensureMysqlDatabase(location.databaseUrl, mysqlDatabaseName(location.databaseUrl, store)) : false;
  const ds = new DataSource(storeOptions(store, location, entities, migrations, logger, mariadb));
  await ds.initialize();
  if (!location.databaseUrl) beginImmediate(ds);
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}

/**
 * Makes every SQLite transaction of this store take the write lock when it begins. The API
 * thread and the job thread write the same files over two connections: a deferred transaction
 * that has read and then writes fails at once (SQLITE_BUSY) when the other connection committed
 * in between, where an immediate one waits for the lock (busy_timeout) and then sees the latest
 * data. TypeORM's better-sqlite3 driver runs every statement through one query runner.
 */
function beginImmediate(ds: DataSource): void {
  const runner = ds.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
  runner.query = ((sql: string, ...rest: unknown[]) => query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest)) as typeof runner.query;
}

/** True when the store is MySQL/MariaDB (some SQL differs in small ways). */
export function isMysql(ds: DataSource): boolean {
  return ds.options.type === 'mysql' || ds.options.type === 'mariadb';
}

const sqliteLocks = new WeakMap<DataSource, Promise<unknown>>();

/** A counting semaphore: at most `limit` holders, the others served in arrival order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(readonly limit: number) {}

  /** Runs `work` once a place is free, and frees it after. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The place passes straight to the next waiter (no new arrival can take it in between).
      if (next) next();
      else this.active -= 1;
    }
  }
}

const mysqlGates = new WeakMap<DataSource, Semaphore>();

/**
 * Runs `work` in a transaction. TypeORM's better-sqlite3 driver shares one connection, where two
 * concurrent transactions would silently nest as savepoints; so on SQLite transactions queue
 * behind each other (SQLite has a single writer anyway). On MySQL up to MYSQL_WRITE_CONCURRENCY run
 * concurrently and rely on row locks (`forUpdate`), leaving the rest of the pool to reads. Never
 * nest: pass the EntityManager down instead (a nested call would wait for a place its caller holds).
 */
export async function transaction<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  if (isMysql(ds)) {
    let gate = mysqlGates.get(ds);
    if (!gate) mysqlGates.set(ds, (gate = new Semaphore(MYSQL_WRITE_CONCURRENCY)));
    return gate.run(() => ds.transaction(work));
  }
  const previous = sqliteLocks.get(ds) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((r) => (release = r));
  sqliteLocks.set(
    ds,
    previous.then(() => mine),
  );
  await previous;
  try {
    return await ds.transaction(work);
  } finally {
    release();
  }
}

/** Row lock for read-modify-write inside a transaction (`SELECT ... FOR UPDATE` on MySQL; SQLite is serialized). */
export function forUpdate(m: EntityManager): { lock?: { mode: 'pessimistic_write' } } {
  return isMysql(m.connection) ? { lock: { mode: 'pessimistic_write' } } : {};
}

/** Rows per statement of `columns` parameters each: well under SQLite's and MySQL's parameter limits. */
const rowsPerStatement = (columns: number) => Math.max(1, Math.floor(10_000 / columns));

/**
 * The row counts of the statements that write `total` rows, at most `max` each. On SQLite every
 * statement text is prepared once and kept (TypeORM's statement cache): a remainder is written in
 * slices of powers of two, so the few texts of a table are prepared once and then reused, where
 * one statement of each odd size (a chunk's uncoupled half is rarely the same twice) was prepared
 * anew each time, for about as long as the write itself took. MySQL statements are not prepared:
 * one statement per `max` rows, fewer round trips.
 */
export function statementSizes(ds: DataSource, total: number, max: number): number[] {
  const sizes: number[] = [];
  let left = total;
  for (; left >= max; left -= max) sizes.push(max);
  if (left === 0) return sizes;
  if (isMysql(ds)) return [...sizes, left];
  for (let bit = 1 << 30; bit > 0; bit >>>= 1) if (left & bit) sizes.push(bit);
  return sizes;
}

/** The parameters of `rows` for `columns`, row by row, converted by the driver as TypeORM would write them (undefined as null). */
function persistentValues(driver: Driver, columns: readonly ColumnMetadata[], rows: ReadonlyArray<Record<string, unknown>>): unknown[] {
  const params: unknown[] = [];
  for (const row of rows) for (const c of columns) params.push(driver.preparePersistentValue(row[c.propertyName] ?? null, c) ?? null);
  return params;
}

/**
 * Multi-row INSERT of entity rows with one parameterized statement per slice, values converted
 * by the driver exactly as TypeORM would (transformers, JSON, booleans, dates). TypeORM's own
 * insert builder spends more time building than the database spends writing; bulk paths use this.
 */
export async function fastInsert(m: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: Array<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const meta = m.connection.getMetadata(entity);
  const driver = m.connection.driver;
  const columns = meta.columns;
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const group = `(${columns.map(() => '?').join(', ')})`;
  let i = 0;
  for (const size of statementSizes(m.connection, rows.length, rowsPerStatement(columns.length))) {
    const slice = rows.slice(i, (i += size));
    const params = persistentValues(driver, columns, slice);
    await m.query(`INSERT INTO ${driver.escape(meta.tableName)} (${names}) VALUES ${slice.map(() => group).join(', ')}`, params);
  }
}

/**
 * Sets columns of many existing rows, each to its own values, with one statement per slice: a
 * join of the table with the new values on the key (SQLite `UPDATE ... FROM` a CTE of VALUES,
 * MySQL/MariaDB a multi-table UPDATE over a UNION ALL). Rows that no longer exist stay absent
 * (unlike an upsert, a row deleted meanwhile is never written back). `rows` hold the key
 * property and every property of `properties`; values go through the driver as fastInsert's do.
 * Answers how many rows the statements matched (NaN when the driver does not say).
 */
export async function fastUpdate(
  m: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  key: string,
  properties: readonly string[],
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<number> {
  if (rows.length === 0 || properties.length === 0) return 0;
  const meta = m.connection.getMetadata(entity);
  const driver = m.connection.driver;
  const q = (n: string) => driver.escape(n);
  const column = (p: string) => {
    const c = meta.findColumnWithPropertyName(p);
    if (!c) throw new Error(`${meta.name} has no column ${p}`);
    return c;
  };
  const keyColumn = column(key);
  const columns = properties.map(column);
  const all = [keyColumn, ...columns];
  // Rows matched, counted by the driver where the manager has its own runner (inside a transaction); NaN otherwise.
  let affected = 0;
  const run = async (sql: string, params: unknown[]): Promise<number> => {
    if (!m.queryRunner) {
      await m.query(sql, params);
      return NaN;
    }
    return Number((await m.queryRunner.query(sql, params, true)).affected);
  };
  const table = q(meta.tableName);
  let i = 0;
  for (const size of statementSizes(m.connection, rows.length, rowsPerStatement(all.length))) {
    const slice = rows.slice(i, (i += size));
    const params = persistentValues(driver, all, slice);
    // v0, v1, ...: names that cannot clash with a column of the table.
    const names = all.map((_, j) => `v${j}`);
    if (isMysql(m.connection)) {
      const first = `SELECT ${all.map((_, j) => `? AS ${names[j]}`).join(', ')}`;
      const rest = ` UNION ALL SELECT ${all.map(() => '?').join(', ')}`.repeat(slice.length - 1);
      const set = columns.map((c, j) => `t.${q(c.databaseName)} = v.${names[j + 1]}`).join(', ');
      affected += await run(`UPDATE ${table} t JOIN (${first}${rest}) v ON t.${q(keyColumn.databaseName)} = v.${names[0]} SET ${set}`, params);
    } else {
      const values = slice.map(() => `(${all.map(() => '?').join(', ')})`).join(', ');
      const set = columns.map((c, j) => `${q(c.databaseName)} = v.${names[j + 1]}`).join(', ');
      affected += await run(
        `WITH v(${names.join(', ')}) AS (VALUES ${values}) UPDATE ${table} SET ${set} FROM v WHERE ${table}.${q(keyColumn.databaseName)} = v.${names[0]}`,
        params,
      );
    }
  }
  return affected;
}

/**
 * Moves a number-series row's `lastNo` forward in one atomic UPDATE inside the caller's
 * transaction (MySQL's row lock, or SQLite's single writer, serializes concurrent callers) and
 * answers the row as it now is. `by` builds the increment from escaped column names ("step * 10", "1").
 * On MySQL the row is read before the UPDATE (a plain read takes no lock) and the UPDATE hands
 * the new value back itself (`LAST_INSERT_ID(expr)`): the row lock, which every other caller of
 * the series waits for until this transaction commits, is taken one round trip later than a
 * read after the UPDATE would allow, and nothing else is asked of the database while it is held.
 */
export async function advanceCounter<T extends { lastNo: number }>(
  m: EntityManager,
  entity: new () => T,
  code: string,
  by: (column: (name: string) => string) => string,
): Promise<T> {
  const qb = m.createQueryBuilder().update(entity);
  const column = (name: string) => qb.escape(name);
  if (isMysql(m.connection)) {
    const row = await m.getRepository(entity).findOneByOrFail({ code } as never);
    const table = m.connection.driver.escape(m.connection.getMetadata(entity).tableName);
    const result = (await m.query(`UPDATE ${table} SET ${column('lastNo')} = LAST_INSERT_ID(${column('lastNo')} + ${by(column)}) WHERE ${column('code')} = ?`, [code])) as {
      insertId: number | string;
      affectedRows: number;
    };
    if (result.affectedRows !== 1) throw new Error(`counter ${code} vanished`);
    return { ...row, lastNo: Number(result.insertId) };
  }
  await qb
    .set({ lastNo: () => `${column('lastNo')} + ${by(column)}` } as never)
    .where('code = :code', { code })
    .execute();
  return m.getRepository(entity).findOneByOrFail({ code } as never);
}
