import { Dec } from '../../shared/decimal';
import { SyncRecord } from '../engine/tables';
import { FieldInfo } from './record-connector';

/** A table as a connector describes it: its key, its modification-time field and its fields' shapes. */
export interface TableShape {
  key: string;
  modified: string;
  fields: Map<string, FieldInfo>;
}

/**
 * Fits values to a table's fields: strings cut to the field length, decimals rounded to its scale,
 * nulls left out of fields that cannot hold them, unknown fields (and the key) dropped. With
 * `forCreate`, required decimals and booleans that are missing get 0 and false. One rule for
 * every connector, so a remote store and the embedded one compare values the same way.
 */
export function fitToShape(shape: TableShape, fields: SyncRecord, forCreate = false): SyncRecord {
  const out: SyncRecord = {};
  for (const [name, value] of Object.entries(fields)) {
    const info = shape.fields.get(name);
    if (!info || name === shape.key) continue;
    if (value == null) {
      if (info.nullable) out[name] = null;
      continue; // a field that cannot be empty keeps its value (or its default, below)
    }
    if (info.kind === 'string' && info.length) out[name] = String(value).slice(0, info.length);
    else if (info.kind === 'decimal') out[name] = new Dec(String(value)).toDecimalPlaces(info.scale ?? 4).toFixed();
    else if (info.kind === 'boolean') out[name] = value === true || value === 'true';
    else if (info.kind === 'date') out[name] = String(value).slice(0, 10);
    else out[name] = value;
  }
  if (forCreate) {
    for (const [name, info] of shape.fields) {
      if (name in out || name === shape.key || info.nullable) continue;
      if (info.kind === 'decimal') out[name] = '0';
      else if (info.kind === 'boolean') out[name] = false;
    }
  }
  return out;
}

/** A table shape as JSON carries it (the record-access API's `…RecordTables`). */
export interface WireShape {
  table: string;
  key: string;
  modified: string;
  fields: Array<FieldInfo & { name: string }>;
}

/** The JSON form of a shape. */
export function shapeToWire(table: string, shape: TableShape): WireShape {
  return { table, key: shape.key, modified: shape.modified, fields: [...shape.fields].map(([name, info]) => ({ name, ...info })) };
}

/** A shape read back from its JSON form. */
export function shapeFromWire(wire: WireShape): TableShape {
  return { key: wire.key, modified: wire.modified, fields: new Map(wire.fields.map(({ name, ...info }) => [name, info])) };
}

/**
 * A record that crossed the network as JSON, with its date-times turned back into Dates (JSON
 * carries them as ISO strings); every other value (exact decimal strings, booleans, numbers,
 * calendar dates) arrives as it left.
 */
export function reviveRecord(shape: TableShape, record: SyncRecord): SyncRecord {
  for (const [name, info] of shape.fields) {
    const value = record[name];
    if (info.kind === 'datetime' && typeof value === 'string') record[name] = new Date(value);
  }
  return record;
}
