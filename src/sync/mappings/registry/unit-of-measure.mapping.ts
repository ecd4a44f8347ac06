import { SyncDirection, TableMappingName as M } from '../../enums';
import { defineMapping } from '../mapping-def';
import { UnitOfMeasure } from '../../../erp/unit-of-measure.entity';
import { UnitGroup } from '../../../crm/unit-group.entity';

const { TO_CRM } = SyncDirection;

/** ERP units of measure → CRM unit groups (with a base unit of the same name). */
export const UNIT_OF_MEASURE = defineMapping<UnitOfMeasure, UnitGroup>({
  name: M.UNIT_OF_MEASURE,
  erp: { table: 'UnitOfMeasure', entity: UnitOfMeasure, key: 'code', modified: 'modifiedAt', label: 'code', coupledField: 'coupledUnitGroup' },
  crm: { table: 'UnitGroup', entity: UnitGroup, key: 'id', modified: 'modifiedOn', label: 'name', coupledField: 'coupledUnitOfMeasure' },
  direction: TO_CRM,
  dependsOn: [],
  syncOnlyCoupledRecords: false,
  match: [{ erp: 'code', crm: 'name' }],
  fields: [{ erp: 'code', crm: 'name', direction: TO_CRM }],
});
