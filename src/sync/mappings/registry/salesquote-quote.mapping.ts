import { SyncDirection, TableMappingName as M } from '../../enums';
import { defineMapping } from '../mapping-def';
import { SalesQuote } from '../../../erp/sales-quote.entity';
import { Quote } from '../../../crm/quote.entity';

const { FROM_CRM } = SyncDirection;

/** ERP sales quotes ↔ CRM quotes: made by processQuote; name and validity come from the CRM. */
export const SALESQUOTE_QUOTE = defineMapping<SalesQuote, Quote>({
  name: M.SALESQUOTE_QUOTE,
  erp: { table: 'SalesQuote', entity: SalesQuote, key: 'no', modified: 'modifiedAt', label: 'no', coupledField: 'coupledQuote' },
  crm: { table: 'Quote', entity: Quote, key: 'id', modified: 'modifiedOn', label: 'quoteNumber', coupledField: 'coupledSalesQuote' },
  direction: FROM_CRM,
  dependsOn: [M.CUSTOMER, M.ITEM_PRODUCT, M.RESOURCE_PRODUCT],
  syncOnlyCoupledRecords: true,
  match: [],
  fields: [
    { erp: 'externalDocumentNo', crm: 'name', direction: FROM_CRM },
    { erp: 'quoteValidUntil', crm: 'effectiveTo', direction: FROM_CRM },
  ],
  documents: { createdBy: 'processQuote' },
});
