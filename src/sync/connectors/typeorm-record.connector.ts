import { DataSource, EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { Clock } from '../../shared/clock';
import { fastInsert, fastUpdate, transaction } from '../../shared/db';
import { badInput } from '../../shared/errors';
import { uniqueWrite } from '../../shared/repository';
import { leanFindIn, leanMany, leanPage } from '../../shared/lean-read';
import { SyncRecord } from '../engine/tables';
import { DeletedRecord } from '../../shared/tombstone.entity';
import { FieldInfo, PageOptions, RecordConnector } from './record-connector';
import { fitToShape, TableShape } from './record-shape';

/** How one table of a store is reached. */
export interface TableDef {
  entity: EntityTarget<ObjectLiteral>;
  key: string;
  modified: string;
  /** Chooses the keys of many new records at once (a block of a number series). */
  newKeys?: (fields: SyncRecord[], m: EntityManager) => Promise<string[]>;
  /** Chooses the key of a new record; default: none (the caller must bring one). */
  newKey?: (fields: SyncRecord, m: EntityManager) => Promise<string>;
  /** Values of a new record that depend on its other fields (a product's default unit...). */
  defaults?: (fields: SyncRecord, m: EntityManager) => Promise<SyncRecord>;
  /** Rows that come with a new record (a unit group's base unit). */
  afterCreate?: (row: SyncRecord, m: EntityManager) => Promise<void>;
}

/**
 * Kinds whose values read back exactly as they were written (decimals come back in the column's
 * own notation, so a row with one is read again).
 */
const EXACT_KINDS = new Set<string>(['string', 'text', 'integer', 'boolean', 'datetime']);

function kindOf(type: unknown): FieldInfo['kind'] {
  switch (type) {
    case 'decimal':
      return 'decimal';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'integer':
      return 'integer';
    case 'text':
    case 'simple-json':
    case 'simple-array':
      return 'text';
    default:
      return 'string';
  }
}

/**
 * A RecordConnector over one TypeORM store (the embedded ERP or CRM store). Values are fitted
 * to the target columns before writing: strings cut to the column length, decimals rounded to
 * the column scale, nulls left out of columns that cannot hold them.
 */
export class TypeOrmRecordConnector implements RecordConnector {
  private readonly shapes = new Map<string, TableShape>();
  private readonly required = new Map<string, string[]>();

  constructor(
    protected readonly db: DataSource,
    protected readonly clock: Clock,
    private readonly tables: Record<string, TableDef>,
  ) {}

  protected def(table: string): TableDef {
    const def = this.tables[table];
    if (!def) throw new Error(`No table ${table} in this store`);
    return def;
  }

  describe(table: string) {
    let shape = this.shapes.get(table);
    if (!shape) {
      const def = this.def(table);
      const meta = this.db.getMetadata(def.entity);
      const fields = new Map<string, FieldInfo>();
      for (const c of meta.columns) {
        fields.set(c.propertyName, {
          kind: kindOf(c.type),
          length: c.length ? Number(c.length) : undefined,
          nullable: c.isNullable,
          precision: c.precision ?? undefined,
          scale: c.scale ?? undefined,
        });
      }
      shape = { key: def.key, modified: def.modified, fields };
      this.shapes.set(table, shape);
    }
    return shape;
  }

  /** The columns of a table a new record must fill (not nullable), worked out once. */
  private requiredOf(table: string): string[] {
    let names = this.required.get(table);
    if (!names) {
      names = [...this.describe(table).fields].filter(([, i]) => !i.nullable).map(([n]) => n);
      this.required.set(table, names);
    }
    return names;
  }

  /** Fits values to the table's columns (see fitToShape); unknown fields are dropped. */
  fitValues(table: string, fields: SyncRecord, forCreate = false): SyncRecord {
    return fitToShape(this.describe(table), fields, forCreate);
  }

  /** The tables this connector reaches, by name. */
  tableNames(): string[] {
    return Object.keys(this.tables);
  }

  async read(table: string, keys: readonly string[]): Promise<Map<string, SyncRecord>> {
    const def = this.def(table);
    const out = new Map<string, SyncRecord>();
    const unique = [...new Set(keys)];
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await leanFindIn(this.db.getRepository(def.entity), def.key, unique.slice(i, i + 500));
      for (const r of rows) out.set(String(r[def.key]), r);
    }
    return out;
  }

  async findBy(table: string, field: string, values: readonly unknown[]): Promise<SyncRecord[]> {
    if (values.length === 0) return [];
    return leanFindIn(this.db.getRepository(this.def(table).entity), field, values);
  }

  async page(table: string, afterKey: string | null, limit: number, options: PageOptions = {}): Promise<SyncRecord[]> {
    const def = this.def(table);
    const known = options.fields?.filter((f) => this.describe(table).fields.has(f));
    return leanPage(this.db.getRepository(def.entity), def.key, afterKey, limit, known, options.untilKey ?? null);
  }

  count(table: string, where?: SyncRecord): Promise<number> {
    return this.db.getRepository(this.def(table).entity).count(where ? { where: where as never } : undefined);
  }

  async modifiedSince(table: string, since: Date | null, after: { at: Date; key: string } | null, limit: number): Promise<SyncRecord[]> {
    const def = this.def(table);
    const m = `t.${def.modified}`;
    const k = `t.${def.key}`;
    const qb = this.db.getRepository(def.entity).createQueryBuilder('t').orderBy(m, 'ASC').addOrderBy(k, 'ASC').limit(limit);
    if (since) qb.andWhere(`${m} > :since`, { since });
    if (after) {
      // A range on the modification index plus an exclusion, rather than an OR the index cannot serve.
      qb.andWhere(`${m} >= :at`, { at: after.at }).andWhere(`NOT (${m} = :at AND ${k} <= :key)`, { key: after.key });
    }
    return leanMany(qb);
  }

  async newKey(table: string, fields: SyncRecord): Promise<string> {
    const def = this.def(table);
    if (!def.newKey) throw new Error(`${table} keys must be chosen by the caller`);
    return transaction(this.db, (m) => def.newKey!(fields, m));
  }

  async newKeys(table: string, fields: SyncRecord[]): Promise<string[]> {
    const def = this.def(table);
    if (def.newKeys) return transaction(this.db, (m) => def.newKeys!(fields, m));
    const keys: string[] = [];
    for (const f of fields) keys.push(await this.newKey(table, f));
    return keys;
  }

  async prepare(table: string, records: Array<{ key: string; fields: SyncRecord }>): Promise<SyncRecord[]> {
    const def = this.def(table);
    const required = this.requiredOf(table);
    const now = this.clock.now();
    const rows: SyncRecord[] = [];
    for (const { key, fields } of records) {
      const fitted = this.fitValues(table, fields, true);
      const extra = def.defaults ? await def.defaults({ ...fitted }, this.db.manager) : {};
      const row: SyncRecord = { ...extra, ...fitted, [def.key]: key, [def.modified]: now };
      for (const [k, v] of Object.entries(extra)) if (row[k] == null) row[k] = v;
      const missing = required.filter((n) => row[n] == null);
      if (missing.length) throw badInput(`Cannot create ${table}${key ? ` ${key}` : ''}: ${missing.join(', ')} would be empty`, { table, emptyFields: missing });
      rows.push(row);
    }
    return rows;
  }

  async insertPrepared(table: string, rows: SyncRecord[]): Promise<void> {
    const def = this.def(table);
    if (rows.length === 0) return;
    await uniqueWrite(
      () =>
        transaction(this.db, async (m) => {
          // Chunks keep each INSERT under the drivers' parameter limits.
          await fastInsert(m, def.entity, rows);
          if (def.afterCreate) for (const row of rows) await def.afterCreate(row, m);
        }),
      rows.length === 1
        ? `${table} ${String(rows[0][def.key])} cannot be created: a ${table} with the same unique values already exists`
        : `A ${table} with the same unique values already exists`,
    );
  }

  async create(table: string, records: Array<{ key: string; fields: SyncRecord }>): Promise<SyncRecord[]> {
    const rows = await this.prepare(table, records);
    await this.insertPrepared(table, rows);
    return rows;
  }

  async deletedSince(table: string, since: Date | null, limit: number): Promise<Array<{ key: string; deletedAt: Date }>> {
    const qb = this.db.getRepository(DeletedRecord).createQueryBuilder('d').where('d.tableName = :table', { table }).orderBy('d.deletedAt', 'ASC').limit(limit);
    if (since) qb.andWhere('d.deletedAt > :since', { since });
    return (await qb.getMany()).map((d) => ({ key: d.recordKey, deletedAt: d.deletedAt }));
  }

  async update(table: string, records: Array<{ key: string; fields: SyncRecord }>, known?: ReadonlyMap<string, SyncRecord>): Promise<SyncRecord[]> {
    const def = this.def(table);
    if (records.length === 0) return [];
    // Records that change the same fields (a chunk's usually all do) are set in one statement.
    const groups = new Map<string, Array<Record<string, unknown>>>();
    const now = this.clock.now();
    for (const { key, fields } of records) {
      const row = { ...this.fitValues(table, fields, false), [def.modified]: now, [def.key]: key };
      const names = Object.keys(row)
        .filter((n) => n !== def.key)
        .sort()
        .join(',');
      const group = groups.get(names);
      if (group) group.push(row);
      else groups.set(names, [row]);
    }
    const shape = this.describe(table);
    return transaction(this.db, async (m) => {
      let matched = 0;
      for (const [names, rows] of groups) matched += await fastUpdate(m, def.entity, def.key, names.split(','), rows);
      // The caller's rows with the changes applied, when every record was there and every value
      // written reads back as it was written; otherwise the rows are read again.
      if (known && matched === records.length && records.every((r) => known.has(r.key))) {
        const written = [...groups.values()].flat();
        if (written.every((row) => Object.keys(row).every((n) => EXACT_KINDS.has(shape.fields.get(n)?.kind ?? '')))) {
          return written.map((row) => ({ ...known.get(String(row[def.key]))!, ...row }));
        }
      }
      return leanFindIn(
        m.getRepository(def.entity),
        def.key,
        records.map((r) => r.key),
      );
    });
  }

  async delete(table: string, keys: readonly string[]): Promise<void> {
    const def = this.def(table);
    if (keys.length === 0) return;
    await transaction(this.db, (m) => m.getRepository(def.entity).delete({ [def.key]: In([...keys]) }));
  }
}
