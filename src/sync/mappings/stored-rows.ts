import { ConflictResolution, DeletionConflictResolution } from '../enums';
import { FieldMapping, TableMapping } from '../table-mapping.entity';
import { COPY, MappingDef } from './mapping-def';
import { runPosition } from './registry';

/** Defaults every mapping starts with; admins may change them. */
export const DEFAULT_RESOLUTIONS = {
  conflictResolution: ConflictResolution.NONE,
  deletionConflictResolution: DeletionConflictResolution.NONE,
};

/**
 * The table_mapping columns that are copies of the registry (kept in the store for the API and
 * for older readers; the engine reads the registry): refreshed at start-up when they differ.
 */
export function registryColumns(def: MappingDef): Pick<TableMapping, 'position' | 'erpTable' | 'crmTable' | 'dependsOn' | 'matchFields'> {
  return {
    position: runPosition(def.name),
    erpTable: def.erp.table,
    crmTable: def.crm.table,
    dependsOn: [...def.dependsOn],
    // The stored form of match fields predates the registry: "erpField=crmField".
    matchFields: def.match.map((m) => `${m.erp}=${m.crm}`),
  };
}

/** The settings an admin may change, as a new store (or a reset) gets them. */
export function defaultSettings(def: MappingDef): Pick<TableMapping, 'direction' | 'syncOnlyCoupledRecords' | 'conflictResolution' | 'deletionConflictResolution'> {
  return { direction: def.direction, syncOnlyCoupledRecords: def.syncOnlyCoupledRecords, ...DEFAULT_RESOLUTIONS };
}

/** The field mapping rows of a mapping, as a new store (or a reset) gets them. */
export function defaultFieldRows(def: MappingDef): FieldMapping[] {
  return def.fields.map((f, position) => ({
    mapping: def.name,
    erpField: f.erp,
    crmField: f.crm,
    direction: f.direction,
    position,
    transform: f.transform ?? COPY,
    constantValue: null,
    enabled: true,
  }));
}
