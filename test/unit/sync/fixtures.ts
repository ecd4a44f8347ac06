import { ConflictResolution, DeletionConflictResolution, SyncDirection, TableMappingName } from '../../../src/sync/enums';
import type { FieldMapping, TableMapping } from '../../../src/sync/table-mapping.entity';
import { COPY } from '../../../src/sync/mappings/mapping-def';

/** A table mapping as the store would hold it (bidirectional, no conflict resolution unless told). */
export function tableMapping(over: Partial<TableMapping> = {}): TableMapping {
  return {
    name: TableMappingName.CUSTOMER,
    position: 0,
    erpTable: 'Customer',
    crmTable: 'Account',
    direction: SyncDirection.BIDIRECTIONAL,
    syncOnlyCoupledRecords: false,
    dependsOn: [],
    conflictResolution: ConflictResolution.NONE,
    deletionConflictResolution: DeletionConflictResolution.NONE,
    matchFields: [],
    erpWatermark: null,
    crmWatermark: null,
    lockedBy: null,
    lockedUntil: null,
    ...over,
  } as TableMapping;
}

/** A field mapping `erpField` ↔ `crmField`, enabled, bidirectional, copied as it is unless told. */
export function fieldMapping(erpField: string, crmField: string, over: Partial<FieldMapping> = {}): FieldMapping {
  return {
    mapping: TableMappingName.CUSTOMER,
    erpField,
    crmField,
    position: 0,
    direction: SyncDirection.BIDIRECTIONAL,
    constantValue: null,
    enabled: true,
    transform: COPY,
    ...over,
  } as FieldMapping;
}
