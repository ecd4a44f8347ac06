import { SyncDirection } from '../enums';
import { FieldMapping, TableMapping } from '../table-mapping.entity';
import { FieldInfo, RecordConnector } from '../connectors/record-connector';
import { MappingDef, referenceOf, transformGoes } from './mapping-def';
import { textProblem } from '../../shared/text';

/** What a field mapping is checked against: its table mapping, its registry entry and the two tables' shapes. */
export interface FieldMappingTarget {
  table: TableMapping;
  def: MappingDef;
  erp: RecordConnector;
  crm: RecordConnector;
}

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a constant does not fit a column, or null when it fits. */
export function constantProblem(value: string, info: FieldInfo): string | null {
  const text = textProblem(value);
  if (text) return text;
  switch (info.kind) {
    case 'decimal': {
      if (!DECIMAL.test(value)) return 'a decimal number written with a point, such as "1250.50"';
      const digits = value
        .replace(/^[+-]/, '')
        .split('.')[0]
        .replace(/^0+(?=\d)/, '').length;
      const max = info.precision != null ? info.precision - (info.scale ?? 0) : null;
      return max != null && digits > max ? `a decimal number with at most ${max} digits before the point` : null;
    }
    case 'integer':
      return INTEGER.test(value) && Number.isSafeInteger(Number(value)) ? null : 'a whole number, such as "12"';
    case 'boolean':
      return value === 'true' || value === 'false' ? null : '"true" or "false"';
    case 'date': {
      const m = DATE.exec(value);
      const d = m ? new Date(`${value}T00:00:00Z`) : null;
      return d && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value) ? null : 'a date written YYYY-MM-DD';
    }
    case 'datetime':
      return Number.isNaN(new Date(value).getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value) ? 'an ISO 8601 date and time, such as "2026-12-01T09:30:00Z"' : null;
    case 'string':
      return info.length != null && [...value].length > info.length ? `text of at most ${info.length} characters` : null;
    default:
      return null;
  }
}

const carries = (direction: SyncDirection, way: SyncDirection) => direction === SyncDirection.BIDIRECTIONAL || direction === way;

/**
 * Why a field mapping, as it would be after an update, cannot work; null when it can. Checked
 * before anything is written, so a mapping is never accepted and then failed by every sync.
 */
export function fieldMappingProblem(field: FieldMapping, target: FieldMappingTarget): string | null {
  const name = `${target.table.name}.${field.erpField}`;
  const erpShape = target.erp.describe(target.def.erp.table);
  const crmShape = target.crm.describe(target.def.crm.table);
  if (field.enabled && carries(field.direction, SyncDirection.FROM_CRM)) {
    if (field.erpField === erpShape.key) {
      return `Field mapping ${name}: ${field.erpField} is the ${target.def.erp.table} key, chosen by the ERP; it accepts direction TO_CRM only (or enabled: false)`;
    }
    if (target.def.erp.readOnly?.includes(field.erpField)) {
      return `Field mapping ${name}: ${field.erpField} is maintained by the ERP alone; it accepts direction TO_CRM only (or enabled: false)`;
    }
    if (!transformGoes(field.transform, SyncDirection.FROM_CRM)) {
      return `Field mapping ${name}: the unit of a price is only ever sent to the CRM; it accepts direction TO_CRM only (or enabled: false)`;
    }
  }
  if (field.enabled && carries(field.direction, SyncDirection.TO_CRM) && field.crmField === crmShape.key) {
    return `Field mapping ${name}: ${field.crmField} is the ${target.def.crm.table} key, chosen by the CRM; it accepts direction FROM_CRM only (or enabled: false)`;
  }
  if (field.constantValue != null) {
    if (field.transform.kind !== 'copy') {
      const reference = referenceOf(field.transform);
      const how = reference ? `translated through the ${reference.through} couplings` : 'translated between the two systems';
      return `Field mapping ${name}: its values are ${how}, so it accepts no constantValue (set constantValue: null)`;
    }
    const targets: Array<[string, FieldInfo | undefined]> = [];
    if (carries(field.direction, SyncDirection.TO_CRM)) targets.push([`${target.def.crm.table}.${field.crmField}`, crmShape.fields.get(field.crmField)]);
    if (carries(field.direction, SyncDirection.FROM_CRM)) targets.push([`${target.def.erp.table}.${field.erpField}`, erpShape.fields.get(field.erpField)]);
    for (const [column, info] of targets) {
      const problem = info ? constantProblem(field.constantValue, info) : null;
      if (problem) return `Field mapping ${name}: constantValue "${field.constantValue}" does not fit ${column}, which accepts ${problem}`;
    }
  }
  return null;
}

/** Whether a field mapping can carry values in `way` at all (keys and ERP-maintained fields cannot flow back). */
export function fieldCanGo(field: FieldMapping, way: SyncDirection.TO_CRM | SyncDirection.FROM_CRM, target: FieldMappingTarget): boolean {
  return fieldMappingProblem({ ...field, direction: way, enabled: true, constantValue: null } as FieldMapping, target) === null;
}
