import { SyncDirection, TableMappingName as M } from '../../enums';
import { defineMapping } from '../mapping-def';
import { Currency } from '../../../erp/currency.entity';
import { TransactionCurrency } from '../../../crm/transaction-currency.entity';

const { TO_CRM } = SyncDirection;

/** ERP currencies → CRM transaction currencies. */
export const CURRENCY = defineMapping<Currency, TransactionCurrency>({
  name: M.CURRENCY,
  erp: { table: 'Currency', entity: Currency, key: 'code', modified: 'modifiedAt', label: 'code', coupledField: 'coupledTransactionCurrency' },
  crm: { table: 'TransactionCurrency', entity: TransactionCurrency, key: 'id', modified: 'modifiedOn', label: 'isoCurrencyCode', coupledField: 'coupledCurrency' },
  direction: TO_CRM,
  dependsOn: [],
  syncOnlyCoupledRecords: false,
  match: [{ erp: 'code', crm: 'isoCurrencyCode' }],
  fields: [
    { erp: 'code', crm: 'isoCurrencyCode', direction: TO_CRM },
    { erp: 'description', crm: 'currencyName', direction: TO_CRM },
    { erp: 'exchangeRate', crm: 'exchangeRate', direction: TO_CRM },
  ],
});
