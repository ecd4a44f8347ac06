import { SyncDirection, TableMappingName as M } from '../../enums';
import { defineMapping, ref } from '../mapping-def';
import { Contact } from '../../../erp/contact.entity';
import { CrmContact } from '../../../crm/crm-contact.entity';

const { BIDIRECTIONAL: BI } = SyncDirection;

/** ERP contacts ↔ CRM contacts, each under its coupled customer / account. */
export const CONTACT = defineMapping<Contact, CrmContact>({
  name: M.CONTACT,
  erp: { table: 'Contact', entity: Contact, key: 'no', modified: 'modifiedAt', label: 'name', coupledField: 'coupledCrmContact' },
  crm: { table: 'CrmContact', entity: CrmContact, key: 'id', modified: 'modifiedOn', label: 'fullName', coupledField: 'coupledContact' },
  direction: BI,
  dependsOn: [M.CUSTOMER],
  syncOnlyCoupledRecords: false,
  match: [{ erp: 'name', crm: 'fullName' }],
  fields: [
    { erp: 'name', crm: 'fullName', direction: BI },
    { erp: 'jobTitle', crm: 'jobTitle', direction: BI },
    { erp: 'email', crm: 'emailAddress1', direction: BI },
    { erp: 'phoneNo', crm: 'telephone1', direction: BI },
    { erp: 'customerNo', crm: 'parentAccountId', direction: BI, transform: ref(M.CUSTOMER) },
  ],
});
