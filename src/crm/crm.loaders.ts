import { DataSource, ObjectLiteral } from 'typeorm';
import { loaderByGroup, loaderByKey, PartialLoaders } from '../shared/repository';
import { SystemUser } from './system-user.entity';
import { TransactionCurrency } from './transaction-currency.entity';
import { Unit, UnitGroup } from './unit-group.entity';
import { PriceList, PriceListItem } from './price-list.entity';
import { Account } from './account.entity';
import { CrmContact } from './crm-contact.entity';
import { Product } from './product.entity';
import { Order, OrderLine } from './order.entity';
import { Quote, QuoteLine } from './quote.entity';
import { Post } from './post.entity';

/** Per-request DataLoaders of the CRM subgraph: every nested field is one statement per batch. */
export function createCrmLoaders(db: DataSource) {
  const r = <T extends ObjectLiteral>(e: new () => T) => db.getRepository(e);
  return {
    /** Rows by key with only the columns a query reads (entity references). */
    partial: new PartialLoaders(db),
    systemUser: loaderByKey(r(SystemUser), 'id'),
    transactionCurrency: loaderByKey(r(TransactionCurrency), 'id'),
    unitGroup: loaderByKey(r(UnitGroup), 'id'),
    unit: loaderByKey(r(Unit), 'id'),
    priceList: loaderByKey(r(PriceList), 'id'),
    priceListItem: loaderByKey(r(PriceListItem), 'id'),
    account: loaderByKey(r(Account), 'id'),
    crmContact: loaderByKey(r(CrmContact), 'id'),
    product: loaderByKey(r(Product), 'id'),
    order: loaderByKey(r(Order), 'id'),
    quote: loaderByKey(r(Quote), 'id'),
    // The base unit (quantity 1) first, then the larger units.
    unitsByGroup: loaderByGroup(r(Unit), 'unitGroupId', { quantity: 'ASC', name: 'ASC' }),
    itemsByPriceList: loaderByGroup(r(PriceListItem), 'priceListId', { productId: 'ASC', unitId: 'ASC' }),
    contactsByAccount: loaderByGroup(r(CrmContact), 'parentAccountId', { fullName: 'ASC', id: 'ASC' }),
    orderLines: loaderByGroup(r(OrderLine), 'orderId', { lineNumber: 'ASC' }),
    quoteLines: loaderByGroup(r(QuoteLine), 'quoteId', { lineNumber: 'ASC' }),
    postsByRegarding: loaderByGroup(r(Post), 'regardingId', { createdOn: 'ASC', id: 'ASC' }),
  };
}

export type CrmLoaders = ReturnType<typeof createCrmLoaders>;
