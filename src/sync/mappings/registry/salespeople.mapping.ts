import { SyncDirection, TableMappingName as M } from '../../enums';
import { defineMapping } from '../mapping-def';
import { Salesperson } from '../../../erp/salesperson.entity';
import { SystemUser } from '../../../crm/system-user.entity';

const { FROM_CRM } = SyncDirection;

/** ERP salespeople ↔ CRM system users; the CRM is their master. */
export const SALESPEOPLE = defineMapping<Salesperson, SystemUser>({
  name: M.SALESPEOPLE,
  erp: { table: 'Salesperson', entity: Salesperson, key: 'code', modified: 'modifiedAt', label: 'name', coupledField: 'coupledSystemUser' },
  crm: { table: 'SystemUser', entity: SystemUser, key: 'id', modified: 'modifiedOn', label: 'fullName', coupledField: 'coupledSalesperson' },
  direction: FROM_CRM,
  dependsOn: [],
  syncOnlyCoupledRecords: false,
  match: [{ erp: 'name', crm: 'fullName' }],
  fields: [
    { erp: 'name', crm: 'fullName', direction: FROM_CRM },
    { erp: 'email', crm: 'email', direction: FROM_CRM },
  ],
});
