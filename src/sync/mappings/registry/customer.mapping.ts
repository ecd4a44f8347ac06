import { SyncDirection, TableMappingName as M } from '../../enums';
import { defineMapping, ref } from '../mapping-def';
import { Customer } from '../../../erp/customer.entity';
import { Account } from '../../../crm/account.entity';

const { BIDIRECTIONAL: BI, TO_CRM } = SyncDirection;

/** ERP customers ↔ CRM accounts. */
export const CUSTOMER = defineMapping<Customer, Account>({
  name: M.CUSTOMER,
  erp: { table: 'Customer', entity: Customer, key: 'no', modified: 'modifiedAt', label: 'name', coupledField: 'coupledAccount' },
  crm: { table: 'Account', entity: Account, key: 'id', modified: 'modifiedOn', label: 'name', coupledField: 'coupledCustomer' },
  direction: BI,
  dependsOn: [M.SALESPEOPLE, M.CURRENCY],
  syncOnlyCoupledRecords: false,
  match: [{ erp: 'name', crm: 'name' }],
  fields: [
    { erp: 'no', crm: 'accountNumber', direction: TO_CRM },
    { erp: 'name', crm: 'name', direction: BI },
    { erp: 'address', crm: 'address1Line1', direction: BI },
    { erp: 'city', crm: 'address1City', direction: BI },
    { erp: 'postCode', crm: 'address1PostalCode', direction: BI },
    { erp: 'countryCode', crm: 'address1Country', direction: BI },
    { erp: 'phoneNo', crm: 'telephone1', direction: BI },
    { erp: 'email', crm: 'emailAddress1', direction: BI },
    { erp: 'homePage', crm: 'websiteUrl', direction: BI },
    { erp: 'creditLimit', crm: 'creditLimit', direction: BI },
    { erp: 'salespersonCode', crm: 'ownerId', direction: BI, transform: ref(M.SALESPEOPLE) },
    { erp: 'currencyCode', crm: 'transactionCurrencyId', direction: BI, transform: ref(M.CURRENCY) },
  ],
});
