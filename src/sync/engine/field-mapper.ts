import { ProductState } from '../../crm/states';
import { SyncDirection } from '../enums';
import { FieldMapping, TableMapping } from '../table-mapping.entity';
import { directionAllowed } from '../mappings/mapping.service';
import type { MissingDependency, ReferenceResolver } from './references';

export type { ReferenceResolver } from './references';
import { transformGoes } from '../mappings/mapping-def';
import { SyncRecord } from './tables';

/** One way records move. */
export type Way = SyncDirection.TO_CRM | SyncDirection.FROM_CRM;

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
export async function mapRecord(fields: FieldMapping[], way: Way, source: SyncRecord, refs: ReferenceResolver): Promise<{ values: SyncRecord; missing: MissingDependency[] }> {
  const values: SyncRecord = {};
  const missing: MissingDependency[] = [];
  const toCrm = way === SyncDirection.TO_CRM;
  for (const f of fields) {
    const [from, to] = toCrm ? [f.erpField, f.crmField] : [f.crmField, f.erpField];
    const raw = f.constantValue != null ? f.constantValue : source[from];
    const t = f.transform;
    if (raw == null || raw === '' || f.constantValue != null || t.kind === 'copy') {
      const value = t.kind === 'copy' || f.constantValue != null ? (raw ?? null) : null;
      // Two fields may feed one target (a price's itemNo or resourceNo → productId): an empty one leaves the other's value.
      if (value != null || values[to] == null) values[to] = value;
      continue;
    }
    if (t.kind === 'ref' || t.kind === 'baseUnit') {
      if (!transformGoes(t, way)) continue; // a price's unit is only ever sent to the CRM
      const key = String(raw);
      const other = toCrm ? await refs.erpToCrm(t.through, key) : await refs.crmToErp(t.through, key);
      if (other == null) {
        // Detected here, decided by requireCoupled (dependency.ts): the record does not move.
        const side = toCrm ? 'erp' : 'crm';
        missing.push({ mapping: t.through, side, key, label: (await refs.labelOf?.(t.through, side, key)) ?? undefined });
        continue;
      }
      values[to] = t.kind === 'baseUnit' ? await refs.baseUnitOf(other) : other;
    } else if (t.kind === 'blockedState') {
      values[to] = toCrm ? (raw === true || raw === 'true' ? ProductState.RETIRED : ProductState.ACTIVE) : raw === ProductState.RETIRED;
    }
  }
  return { values, missing };
}
