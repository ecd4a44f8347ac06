import { buildSubgraph, Subgraph } from '../shared/subgraph';
import type { CrmContext } from './crm.context';
import { CrmMasterDataResolver, PriceListResolver, UnitGroupResolver } from './master-data.resolver';
import { ACCOUNT_NEEDS, AccountResolver } from './account.resolver';
import { Account } from './account.entity';
import { prunedReference } from '../shared/selection';
import { ProductResolver } from './product.resolver';
import { OrderResolver } from './order.resolver';
import { QuoteResolver } from './quote.resolver';
import { CrmRecordExtrasResolver, recordAccessResolver } from '../sync/connectors/graphql/record-access.resolver';

/** The record-access API a GraphQL connector of the sync engine calls (admin only). */
const CrmRecordAccessResolver = recordAccessResolver('crm');

export { CRM_ENTITIES } from './entities';
export { createCrmServices, type CrmServices } from './crm.services';
export { createCrmLoaders, type CrmLoaders } from './crm.loaders';
export type { CrmContext } from './crm.context';

type Ref = { id: string };
type KeyLoader = keyof CrmContext['crmLoaders'];
const byId = (loader: KeyLoader) => ({
  __resolveReference: (ref: Ref, ctx: CrmContext) => (ctx.crmLoaders[loader] as { load(k: string): unknown }).load(ref.id),
});

/** Builds the CRM subgraph (stateless: services come from the request context). */
export function buildCrmSubgraph(): Promise<Subgraph> {
  return buildSubgraph(
    'crm',
    {
      resolvers: [
        CrmMasterDataResolver,
        UnitGroupResolver,
        PriceListResolver,
        AccountResolver,
        ProductResolver,
        OrderResolver,
        QuoteResolver,
        CrmRecordAccessResolver,
        CrmRecordExtrasResolver,
      ],
    },
    {
      SystemUser: byId('systemUser'),
      TransactionCurrency: byId('transactionCurrency'),
      UnitGroup: byId('unitGroup'),
      PriceList: byId('priceList'),
      PriceListItem: byId('priceListItem'),
      Account: prunedReference(Account, 'id', ACCOUNT_NEEDS, (ctx: CrmContext) => ({ partial: ctx.crmLoaders.partial, whole: ctx.crmLoaders.account })),
      CrmContact: byId('crmContact'),
      Product: byId('product'),
      Order: byId('order'),
      Quote: byId('quote'),
    },
  );
}
