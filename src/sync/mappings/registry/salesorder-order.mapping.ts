import { SyncDirection, TableMappingName as M } from '../../enums';
import { defineMapping } from '../mapping-def';
import { SalesOrder } from '../../../erp/sales-order.entity';
import { Order } from '../../../crm/order.entity';

const { TO_CRM } = SyncDirection;

/** ERP sales orders ↔ CRM orders: made by convertOrder; their header dates then go to the CRM. */
export const SALESORDER_ORDER = defineMapping<SalesOrder, Order>({
  name: M.SALESORDER_ORDER,
  erp: { table: 'SalesOrder', entity: SalesOrder, key: 'no', modified: 'modifiedAt', label: 'no', coupledField: 'coupledOrder' },
  crm: { table: 'Order', entity: Order, key: 'id', modified: 'modifiedOn', label: 'orderNumber', coupledField: 'coupledSalesOrder' },
  direction: TO_CRM,
  dependsOn: [M.CUSTOMER, M.ITEM_PRODUCT, M.RESOURCE_PRODUCT],
  syncOnlyCoupledRecords: true,
  match: [],
  fields: [
    { erp: 'requestedDeliveryDate', crm: 'requestDeliveryBy', direction: TO_CRM },
    { erp: 'lastShipmentDate', crm: 'dateFulfilled', direction: TO_CRM },
  ],
  documents: { createdBy: 'convertOrder' },
});
