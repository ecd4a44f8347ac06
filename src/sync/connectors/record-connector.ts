import { SyncRecord } from '../engine/tables';

/** The shape of one field of a table, so values can be fitted before they are written. */
export interface FieldInfo {
  kind: 'string' | 'text' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'integer';
  length?: number;
  /** Digits in all and after the point, for decimals. */
  precision?: number;
  scale?: number;
  nullable: boolean;
}

/** What a page may be narrowed to. */
export interface PageOptions {
  /** The fields the caller needs (the key always comes). */
  fields?: readonly string[];
  /** The last key the page may reach (inclusive): the end of one part of a full pass. */
  untilKey?: string | null;
}

/**
 * Batch access to the records of one system, by table (GraphQL type name) and key. The sync
 * engine reaches ERP and CRM records only through this; a connector for a remote system is
 * another implementation of the same interface.
 */
export interface RecordConnector {
  /** Records by key; keys that do not exist are absent from the map. */
  read(table: string, keys: readonly string[]): Promise<Map<string, SyncRecord>>;
  /** Records whose `field` is one of `values` (document lines of a document, orders in a state...). */
  findBy(table: string, field: string, values: readonly unknown[]): Promise<SyncRecord[]>;
  /**
   * One page of a table in key order, after `afterKey` (null: from the start), up to `untilKey`
   * (inclusive) when given. With `fields`, the caller needs only those (and the key): a connector
   * may leave the others out, or answer them all.
   */
  page(table: string, afterKey: string | null, limit: number, options?: PageOptions): Promise<SyncRecord[]>;
  /** How many records a table has (only those whose fields equal `where`, when given). */
  count(table: string, where?: SyncRecord): Promise<number>;
  /**
   * Records modified after `since` (null: all), in (modification time, key) order, after the
   * position `after`; reads an index, so its cost follows the number of changes.
   */
  modifiedSince(table: string, since: Date | null, after: { at: Date; key: string } | null, limit: number): Promise<SyncRecord[]>;
  /** Chooses the key of a record about to be created (a UUID, the next number of a series...). */
  newKey(table: string, fields: SyncRecord): Promise<string>;
  /** Chooses the keys of many records about to be created (one block of a number series). */
  newKeys(table: string, fields: SyncRecord[]): Promise<string[]>;
  /**
   * The rows `create` would write: fitted values plus the table's defaults. Refuses (BAD_USER_INPUT)
   * a record that would leave a required field empty. Nothing is written.
   */
  prepare(table: string, records: Array<{ key: string; fields: SyncRecord }>): Promise<SyncRecord[]>;
  /** Writes prepared rows (and the rows that come with them) in one transaction. */
  insertPrepared(table: string, rows: SyncRecord[]): Promise<void>;
  /** Creates records under keys chosen beforehand: prepare + insertPrepared. */
  create(table: string, records: Array<{ key: string; fields: SyncRecord }>): Promise<SyncRecord[]>;
  /** Keys of records deleted after `since`, oldest first. */
  deletedSince(table: string, since: Date | null, limit: number): Promise<Array<{ key: string; deletedAt: Date }>>;
  /**
   * Writes the given fields of existing records, stamps their modification time and answers the
   * records as they now are (a record deleted meanwhile is absent). `known`: the records as the
   * caller read them, by key; a connector may answer them with the changes applied instead of
   * reading them again.
   */
  update(table: string, records: Array<{ key: string; fields: SyncRecord }>, known?: ReadonlyMap<string, SyncRecord>): Promise<SyncRecord[]>;
  /** Deletes records by key (absent keys are ignored). */
  delete(table: string, keys: readonly string[]): Promise<void>;
  /** The values as the table would store them (cut to length, rounded to scale), for comparisons. */
  fitValues(table: string, fields: SyncRecord): SyncRecord;
  /** The key field and field shapes of a table. */
  describe(table: string): { key: string; modified: string; fields: Map<string, FieldInfo> };
}
