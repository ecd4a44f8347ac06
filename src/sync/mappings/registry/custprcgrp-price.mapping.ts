import { SyncDirection, TableMappingName as M } from '../../enums';
import { defineMapping } from '../mapping-def';
import { CustomerPriceGroup } from '../../../erp/customer-price-group.entity';
import { PriceList } from '../../../crm/price-list.entity';
import { CUSTOMER_PRICE_GROUP_RULES } from '../../engine/record-rules';

const { TO_CRM } = SyncDirection;

/** ERP customer price groups → CRM price lists (in the currency of the group's prices). */
export const CUSTPRCGRP_PRICE = defineMapping<CustomerPriceGroup, PriceList>({
  name: M.CUSTPRCGRP_PRICE,
  erp: { table: 'CustomerPriceGroup', entity: CustomerPriceGroup, key: 'code', modified: 'modifiedAt', label: 'code', coupledField: 'coupledPriceList' },
  crm: { table: 'PriceList', entity: PriceList, key: 'id', modified: 'modifiedOn', label: 'name', coupledField: 'coupledCustomerPriceGroup' },
  direction: TO_CRM,
  dependsOn: [M.CURRENCY, M.ITEM_PRODUCT],
  syncOnlyCoupledRecords: false,
  match: [{ erp: 'code', crm: 'name' }],
  fields: [{ erp: 'code', crm: 'name', direction: TO_CRM }],
  rules: CUSTOMER_PRICE_GROUP_RULES,
});
