import { buildSubgraph, Subgraph } from '../shared/subgraph';
import type { ErpContext } from './erp.context';
import { MasterDataResolver, CustomerPriceGroupResolver } from './master-data.resolver';
import { CUSTOMER_NEEDS, CustomerResolver } from './customer.resolver';
import { Customer } from './customer.entity';
import { prunedReference } from '../shared/selection';
import { ItemResolver } from './item.resolver';
import { SalesOrderResolver, SalesQuoteResolver, SalesQuoteArchiveResolver } from './sales-document.resolver';
import { ErpRecordExtrasResolver, recordAccessResolver } from '../sync/connectors/graphql/record-access.resolver';

/** The record-access API a GraphQL connector of the sync engine calls (admin only). */
const ErpRecordAccessResolver = recordAccessResolver('erp');

export { ERP_ENTITIES } from './entities';
export { createErpServices, type ErpServices } from './erp.services';
export { createErpLoaders, type ErpLoaders } from './erp.loaders';
export type { ErpContext } from './erp.context';

type Ref = Record<string, string>;
const byKey = (loader: keyof ErpContext['erpLoaders'], key: string) => ({
  __resolveReference: (ref: Ref, ctx: ErpContext) => (ctx.erpLoaders[loader] as { load(k: string): unknown }).load(ref[key]),
});

/** Builds the ERP subgraph (stateless: services come from the request context). */
export function buildErpSubgraph(): Promise<Subgraph> {
  return buildSubgraph(
    'erp',
    {
      resolvers: [
        MasterDataResolver,
        CustomerPriceGroupResolver,
        CustomerResolver,
        ItemResolver,
        SalesOrderResolver,
        SalesQuoteResolver,
        SalesQuoteArchiveResolver,
        ErpRecordAccessResolver,
        ErpRecordExtrasResolver,
      ],
    },
    {
      Salesperson: byKey('salesperson', 'code'),
      Currency: byKey('currency', 'code'),
      UnitOfMeasure: byKey('unitOfMeasure', 'code'),
      CustomerPriceGroup: byKey('customerPriceGroup', 'code'),
      SalesPrice: byKey('salesPrice', 'id'),
      Customer: prunedReference(Customer, 'no', CUSTOMER_NEEDS, (ctx: ErpContext) => ({ partial: ctx.erpLoaders.partial, whole: ctx.erpLoaders.customer })),
      Contact: byKey('contact', 'no'),
      Item: byKey('item', 'no'),
      Resource: byKey('resource', 'no'),
      SalesOrder: byKey('salesOrder', 'no'),
      SalesQuote: byKey('salesQuote', 'no'),
    },
  );
}
