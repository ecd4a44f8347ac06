import { ProductState } from '../../crm/states';
import { SyncDirection, TableMappingName } from '../enums';
import { FieldMapping, TableMapping } from '../table-mapping.entity';
import { directionAllowed } from '../mappings/mapping.service';
import { MissingDependency } from './dependency';
import { SyncRecord } from './tables';

/** One way records move. */
export type Way = SyncDirection.TO_CRM | SyncDirection.FROM_CRM;

/** Translates keys through other mappings' couplings (batched by the caller). */
export interface ReferenceResolver {
  erpToCrm(mapping: TableMappingName, erpId: string): Promise<string | null>;
  crmToErp(mapping: TableMappingName, crmId: string): Promise<string | null>;
  /** The base unit of the unit group coupled to an ERP unit of measure. */
  baseUnitOf(unitGroupId: string): Promise<string | null>;
  /** A readable name of a referenced record (a currency's code for its CRM id), for messages. */
  labelOf?(mapping: TableMappingName, side: 'erp' | 'crm', key: string): Promise<string | null>;
}

/** The field mappings that carry values in `way`: enabled, and allowed by both the table's and the field's direction. */
export function activeFields(table: TableMapping, fields: FieldMapping[], way: Way): FieldMapping[] {
  if (!directionAllowed(table.direction, way)) return [];
  return fields.filter((f) => f.enabled && directionAllowed(f.direction, way));
}

/** Canonical text of a value, for comparisons and the stored base values of three-way merges. */
export function canonical(value: unknown): string | null {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * Maps a source record's fields onto the other system's field names in one direction,
 * translating references through couplings. References that are not coupled are returned as
 * missing dependencies instead of being written.
 */
export async function mapRecord(
  fields: FieldMapping[],
  way: Way,
  source: SyncRecord,
  refs: ReferenceResolver,
): Promise<{ values: SyncRecord; missing: MissingDependency[] }> {
  const values: SyncRecord = {};
  const missing: MissingDependency[] = [];
  const toCrm = way === SyncDirection.TO_CRM;
  for (const f of fields) {
    const [from, to] = toCrm ? [f.erpField, f.crmField] : [f.crmField, f.erpField];
    const raw = f.constantValue != null ? f.constantValue : source[from];
    const [kind, arg] = f.transform.split(':') as [string, TableMappingName | undefined];
    if (raw == null || raw === '' || f.constantValue != null || kind === 'copy') {
      const value = kind === 'copy' || f.constantValue != null ? raw ?? null : null;
      // Two fields may feed one target (a price's itemNo or resourceNo → productId): an empty one leaves the other's value.
      if (value != null || values[to] == null) values[to] = value;
      continue;
    }
    if (kind === 'ref' || kind === 'baseUnit') {
      const key = String(raw);
      if (kind === 'baseUnit' && !toCrm) continue; // a price's unit is only ever sent to the CRM
      const other = toCrm ? await refs.erpToCrm(arg!, key) : await refs.crmToErp(arg!, key);
      if (other == null) {
        const side = toCrm ? 'erp' : 'crm';
        missing.push({ mapping: arg!, side, key, label: (await refs.labelOf?.(arg!, side, key)) ?? undefined });
        continue;
      }
      values[to] = kind === 'baseUnit' ? await refs.baseUnitOf(other) : other;
    } else if (kind === 'blockedState') {
      values[to] = toCrm ? (raw === true || raw === 'true' ? ProductState.RETIRED : ProductState.ACTIVE) : raw === ProductState.RETIRED;
    }
  }
  return { values, missing };
}
