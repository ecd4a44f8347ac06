import { ConflictResolution, SyncDirection } from '../enums';
import { FieldConflict } from '../coupling.entity';
import { FieldMapping, TableMapping } from '../table-mapping.entity';
import { directionAllowed } from '../mappings/mapping.service';
import { BaseValues } from '../coupling/coupling-store';
import { canonical } from './field-mapper';
import { SyncRecord } from './tables';

/** What a three-way merge decided for one coupled pair. */
export interface MergeDecision {
  /** erpField names whose ERP value must be carried to the CRM. */
  toCrm: FieldMapping[];
  /** erpField names whose CRM value must be carried to the ERP. */
  toErp: FieldMapping[];
  /** Fields changed on both sides to different values that the mapping's resolution leaves open. */
  conflicts: FieldConflict[];
}

const allowed = (table: TableMapping, f: FieldMapping, way: SyncDirection) => f.enabled && directionAllowed(table.direction, way) && directionAllowed(f.direction, way);

/**
 * Field-level three-way merge against the values both sides had after the last successful
 * sync: a field changed on one side flows to the other (when its direction allows); a field
 * changed on both sides to different values is a conflict, settled by the mapping's conflict
 * resolution (NONE leaves it open). Without a base (coupled, never synced) the more recently
 * modified record wins every differing field.
 */
export function mergePair(
  table: TableMapping,
  fields: FieldMapping[],
  erp: SyncRecord,
  crm: SyncRecord,
  base: BaseValues | null,
  modified: { erp: Date; crm: Date },
  /** Whether an ERP field's current value maps to the CRM field's current value (references translated). */
  same: (f: FieldMapping) => boolean,
): MergeDecision {
  const decision: MergeDecision = { toCrm: [], toErp: [], conflicts: [] };
  const erpWinsTies = modified.erp.getTime() >= modified.crm.getTime();
  for (const f of fields) {
    if (!f.enabled) continue;
    const canCrm = allowed(table, f, SyncDirection.TO_CRM);
    const canErp = allowed(table, f, SyncDirection.FROM_CRM);
    if (!canCrm && !canErp) continue;
    const erpNow = canonical(erp[f.erpField]);
    const crmNow = canonical(crm[f.crmField]);
    const b = base?.[f.erpField];
    const erpChanged = !b || erpNow !== b[0];
    const crmChanged = !b || crmNow !== b[1];
    if (!erpChanged && !crmChanged) continue;
    if (erpChanged && !crmChanged) {
      if (canCrm) decision.toCrm.push(f);
      continue;
    }
    if (crmChanged && !erpChanged) {
      if (canErp) decision.toErp.push(f);
      continue;
    }
    // Changed on both sides (or never synced): nothing to do when they already agree.
    if (same(f)) continue;
    if (!canErp) {
      decision.toCrm.push(f);
      continue;
    }
    if (!canCrm) {
      decision.toErp.push(f);
      continue;
    }
    if (!b) {
      (erpWinsTies ? decision.toCrm : decision.toErp).push(f);
    } else if (table.conflictResolution === ConflictResolution.SEND_UPDATE_TO_CRM) {
      decision.toCrm.push(f);
    } else if (table.conflictResolution === ConflictResolution.GET_UPDATE_FROM_CRM) {
      decision.toErp.push(f);
    } else {
      decision.conflicts.push({ erpField: f.erpField, crmField: f.crmField, baseValue: b[0], erpValue: erpNow, crmValue: crmNow });
    }
  }
  return decision;
}
