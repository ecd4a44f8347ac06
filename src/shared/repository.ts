import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral, QueryFailedError, Repository } from 'typeorm';
import { conflict } from './errors';
import { leanFindColumnsIn, leanFindIn } from './lean-read';

/** True when a write failed on a primary key or unique index (SQLite or MySQL/MariaDB). */
export function isDuplicateKeyError(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string } | undefined)?.code ?? '';
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Runs a write and turns a duplicate-key failure into a CONFLICT error with a readable message. */
export async function uniqueWrite<T>(write: () => Promise<T>, duplicateMessage: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDuplicateKeyError(error)) throw conflict(duplicateMessage);
    throw error;
  }
}

/** A DataLoader of rows by a unique column: one `IN (...)` statement per batch, lean-hydrated. */
export function loaderByKey<T extends ObjectLiteral>(repo: Repository<T>, key: keyof T & string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await leanFindIn(repo, key, keys);
    const byKey = new Map(rows.map((r) => [String(r[key]), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/**
 * DataLoaders of rows by a unique column that read only some columns (see `RowNeeds`), one per
 * entity, key and column list, each built on first use in a request: an entity reference that
 * asks for a name reads the key and the name, not the whole row.
 */
export class PartialLoaders {
  // By entity, then by key and columns: every reference of an `_entities` call asks, so the lookup stays cheap.
  private readonly loaders = new Map<EntityTarget<ObjectLiteral>, Map<string, DataLoader<string, ObjectLiteral | null>>>();

  constructor(private readonly db: DataSource) {}

  /** The loader of `entity` rows by `key`, holding only `columns` (and the key). */
  byKey<T extends ObjectLiteral>(entity: EntityTarget<T>, key: keyof T & string, columns: readonly string[]): DataLoader<string, Partial<T> | null> {
    let byColumns = this.loaders.get(entity);
    if (!byColumns) this.loaders.set(entity, (byColumns = new Map()));
    const id = `${key}\u0000${columns.join(',')}`;
    let loader = byColumns.get(id);
    if (!loader) {
      const repo = this.db.getRepository(entity);
      const wanted = [...new Set([key, ...columns])] as Array<keyof T & string>;
      loader = new DataLoader<string, ObjectLiteral | null>(async (keys) => {
        const rows = await leanFindColumnsIn(repo, key, keys, wanted);
        const byKey = new Map(rows.map((r) => [String(r[key]), r]));
        return keys.map((k) => byKey.get(k) ?? null);
      });
      byColumns.set(id, loader);
    }
    return loader as DataLoader<string, Partial<T> | null>;
  }
}

/** A DataLoader of row lists grouped by a column (children of parents): one statement per batch, lean-hydrated. */
export function loaderByGroup<T extends ObjectLiteral>(repo: Repository<T>, key: keyof T & string, order: Partial<Record<keyof T, 'ASC' | 'DESC'>>): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await leanFindIn(repo, key, keys, {}, order);
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const r of rows) groups.get(String(r[key]))?.push(r);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Copies the defined properties of a patch onto an entity (undefined means "leave as it is"). */
export function applyPatch<T extends object>(target: T, patch: object): T {
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) (target as Record<string, unknown>)[k] = v;
  return target;
}
