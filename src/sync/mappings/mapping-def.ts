import type { ObjectLiteral } from 'typeorm';
import { SyncDirection, TableMappingName } from '../enums';
import type { RecordRule } from '../engine/record-rules';

/**
 * How a field mapping carries values between the two systems. Stored in the field_mapping rows
 * as text (`transformText`): 'copy', 'ref:MAPPING', 'baseUnit:MAPPING', 'blockedState'.
 */
export type Transform =
  /** The value as it is. */
  | { kind: 'copy' }
  /** A key translated through the couplings of another mapping (a customer's salesperson code → the coupled system user). */
  | { kind: 'ref'; through: TableMappingName }
  /** The base unit of the unit group coupled through another mapping (a price's unit); only ever sent to the CRM. */
  | { kind: 'baseUnit'; through: TableMappingName }
  /** The ERP blocked flag ↔ the CRM product state (true ↔ RETIRED). */
  | { kind: 'blockedState' };

/** A transform that goes through another mapping's couplings: a reference. */
export type ReferenceTransform = Extract<Transform, { through: TableMappingName }>;

/** The class of an entity (what TypeORM reads and writes for a table). */
export type EntityClass<T extends ObjectLiteral = ObjectLiteral> = new (...args: never[]) => T;

type FieldOf<T> = Extract<keyof T, string>;

/** One table of one system, as a mapping reaches it. */
export interface TableSide<T extends ObjectLiteral = ObjectLiteral> {
  /** The GraphQL type name, also the connector's table name. */
  table: string;
  entity: EntityClass<T>;
  key: FieldOf<T>;
  /** The modification time column, which incremental synchronization reads. */
  modified: FieldOf<T>;
  /** The field that names a record to people (messages, the console). */
  label: FieldOf<T>;
  /** The `coupledX` field the sync subgraph adds to this type: the coupled record of the other side. */
  coupledField: string;
}

/** The ERP table of a mapping. */
export interface ErpSide<T extends ObjectLiteral = ObjectLiteral> extends TableSide<T> {
  /** Fields the ERP alone maintains (inventory is posted, never written by synchronization). */
  readOnly?: Array<FieldOf<T>>;
}

/** The CRM table of a mapping. */
export interface CrmSide<T extends ObjectLiteral = ObjectLiteral> extends TableSide<T> {
  /**
   * The CRM records the mapping covers when not the whole table (items: SALES_INVENTORY products).
   * Records the mapping creates in the CRM get these values too.
   */
  kind?: Partial<Record<FieldOf<T>, unknown>>;
}

/** A default field mapping: which field of each side, its direction and how values are carried. */
export interface FieldDef<E = ObjectLiteral, C = ObjectLiteral> {
  erp: FieldOf<E>;
  crm: FieldOf<C>;
  direction: SyncDirection;
  /** Default: copy. */
  transform?: Transform;
}

/** A pair of fields compared to find a record's partner (full synchronization's COUPLE_RECORDS step). */
export interface MatchPair<E = ObjectLiteral, C = ObjectLiteral> {
  erp: FieldOf<E>;
  crm: FieldOf<C>;
}

/** Everything the engine, the stores and the graph know about one table mapping (DESIGN.md §3). */
export interface MappingDef<E extends ObjectLiteral = ObjectLiteral, C extends ObjectLiteral = ObjectLiteral> {
  name: TableMappingName;
  erp: ErpSide<E>;
  crm: CrmSide<C>;
  /** The default direction (admins may narrow it). */
  direction: SyncDirection;
  /** Mappings whose records must be coupled first; full and incremental runs follow this order. */
  dependsOn: TableMappingName[];
  syncOnlyCoupledRecords: boolean;
  match: Array<MatchPair<E, C>>;
  fields: Array<FieldDef<E, C>>;
  /** Documents are created by a document mutation (convertOrder / processQuote), never by createInOther or match. */
  documents?: { createdBy: string };
  /** Rules its records meet beyond their field mappings (engine/record-rules.ts). */
  rules?: RecordRule;
}

/**
 * Declares one table mapping. The entity types check every field name of both sides at compile time.
 * Register the result in registry/index.ts.
 */
export function defineMapping<E extends ObjectLiteral, C extends ObjectLiteral>(def: MappingDef<E, C>): MappingDef {
  return Object.freeze(def) as unknown as MappingDef;
}

/** A reference through `through`'s couplings. */
export const ref = (through: TableMappingName): Transform => ({ kind: 'ref', through });
/** The base unit of the unit group coupled through `through`. */
export const baseUnit = (through: TableMappingName): Transform => ({ kind: 'baseUnit', through });
/** ERP blocked ↔ CRM product state. */
export const blockedState: Transform = { kind: 'blockedState' };
export const COPY: Transform = { kind: 'copy' };

/** The mapping a transform translates through (the reference is not coupled → the record cannot move), or null. */
export function referenceOf(transform: Transform): ReferenceTransform | null {
  return transform.kind === 'ref' || transform.kind === 'baseUnit' ? transform : null;
}

/** Whether a transform can carry values in `way` (a price's base unit only goes to the CRM). */
export function transformGoes(transform: Transform, way: SyncDirection.TO_CRM | SyncDirection.FROM_CRM): boolean {
  return transform.kind !== 'baseUnit' || way === SyncDirection.TO_CRM;
}

const NAMES = new Set<string>(Object.values(TableMappingName));

/** The stored text of a transform (field_mapping.transform). */
export function transformText(t: Transform): string {
  return t.kind === 'ref' || t.kind === 'baseUnit' ? `${t.kind}:${t.through}` : t.kind;
}

/** Reads a stored transform ('copy', 'ref:CUSTOMER', ...); a text it does not know is a plain error naming it. */
export function parseTransform(text: string): Transform {
  const [kind, through] = text.split(':');
  if ((kind === 'copy' || kind === 'blockedState') && through === undefined) return { kind };
  if ((kind === 'ref' || kind === 'baseUnit') && through && NAMES.has(through)) return { kind, through: through as TableMappingName };
  throw new Error(`Unknown field mapping transform "${text}" in the sync store (expected copy, blockedState, ref:MAPPING or baseUnit:MAPPING)`);
}
