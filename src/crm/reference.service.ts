import { DataSource, EntityManager, EntityTarget, FindOptionsWhere, In } from 'typeorm';
import { isUuid } from '../shared/clock';
import { badInput } from '../shared/errors';

/** A CRM row: every CRM record is keyed by a UUID. */
export interface WithId {
  id: string;
}

/**
 * Refuses an id that is not a UUID. CRM keys are UUIDs, so a malformed id is the caller's
 * mistake (BAD_USER_INPUT), not a record that happens to be missing.
 */
export function checkUuid(id: string, field: string): void {
  if (!isUuid(id)) throw badInput(`${field}: "${id}" is not a UUID`);
}

/** A row by id, or null when there is none (a malformed id simply finds nothing). */
export function findById<T extends WithId>(db: DataSource | EntityManager, entity: EntityTarget<T>, id: string): Promise<T | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  // Exact match only, so that a stored reference always resolves through the exact-match loaders.
  return db
    .getRepository(entity)
    .findOneBy({ id } as FindOptionsWhere<T>)
    .then((row) => (row && row.id === id ? row : null));
}

/** Rows by a set of ids in one statement, keyed by id. */
export async function findByIds<T extends WithId>(db: DataSource | EntityManager, entity: EntityTarget<T>, ids: Iterable<string>): Promise<Map<string, T>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.getRepository(entity).findBy({ id: In(wanted) } as FindOptionsWhere<T>);
  return new Map(rows.filter((r) => wanted.includes(r.id)).map((r) => [r.id, r]));
}

/**
 * Looks up the records an input refers to (an account's owner, a price list's currency...).
 * A malformed or unknown id is refused as BAD_USER_INPUT naming the missing record, before
 * anything is written.
 */
export class ReferenceService {
  constructor(private readonly db: DataSource) {}

  /** The referenced row; `label` names the record in the message ("Price list <id> does not exist"). */
  async require<T extends WithId>(entity: EntityTarget<T>, label: string, id: string, field: string): Promise<T> {
    checkUuid(id, field);
    const row = await findById(this.db, entity, id);
    if (!row) throw badInput(`${label} ${id} does not exist`);
    return row;
  }

  /** Like `require`, for optional references: null/undefined means "none". */
  async optional<T extends WithId>(entity: EntityTarget<T>, label: string, id: string | null | undefined, field: string): Promise<T | null> {
    return id == null ? null : this.require(entity, label, id, field);
  }
}
