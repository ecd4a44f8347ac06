import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { loaderByGroup, loaderByKey, PartialLoaders } from '../shared/repository';
import { Salesperson } from './salesperson.entity';
import { Currency } from './currency.entity';
import { UnitOfMeasure } from './unit-of-measure.entity';
import { CustomerPriceGroup } from './customer-price-group.entity';
import { SalesPrice } from './sales-price.entity';
import { Customer } from './customer.entity';
import { Contact } from './contact.entity';
import { Item } from './item.entity';
import { Resource } from './resource.entity';
import { SalesOrder } from './sales-order.entity';
import { SalesQuote, SalesQuoteArchive } from './sales-quote.entity';
import { SalesDocumentType, SalesLine, SalesLineArchive } from './sales-line.entity';

/** Per-request DataLoaders of the ERP subgraph: every nested field is one statement per batch. */
export function createErpLoaders(db: DataSource) {
  const r = <T extends object>(e: new () => T) => db.getRepository(e);
  return {
    /** Rows by key with only the columns a query reads (entity references). */
    partial: new PartialLoaders(db),
    salesperson: loaderByKey(r(Salesperson), 'code'),
    currency: loaderByKey(r(Currency), 'code'),
    unitOfMeasure: loaderByKey(r(UnitOfMeasure), 'code'),
    customerPriceGroup: loaderByKey(r(CustomerPriceGroup), 'code'),
    salesPrice: loaderByKey(r(SalesPrice), 'id'),
    customer: loaderByKey(r(Customer), 'no'),
    contact: loaderByKey(r(Contact), 'no'),
    item: loaderByKey(r(Item), 'no'),
    resource: loaderByKey(r(Resource), 'no'),
    salesOrder: loaderByKey(r(SalesOrder), 'no'),
    salesQuote: loaderByKey(r(SalesQuote), 'no'),
    contactsByCustomer: loaderByGroup(r(Contact), 'customerNo', { no: 'ASC' }),
    pricesByGroup: loaderByGroup(r(SalesPrice), 'customerPriceGroupCode', { id: 'ASC' }),
    archivesByQuote: loaderByGroup(r(SalesQuoteArchive), 'quoteNo', { versionNo: 'ASC' }),
    orderLines: linesLoader(db, SalesDocumentType.ORDER),
    quoteLines: linesLoader(db, SalesDocumentType.QUOTE),
    archiveLines: new DataLoader<string, SalesLineArchive[]>(async (keys) => {
      const pairs = keys.map((k) => k.split('\u0000'));
      const rows = await r(SalesLineArchive).find({
        where: { quoteNo: In(pairs.map((p) => p[0])) },
        order: { lineNo: 'ASC' },
      });
      return pairs.map(([no, v]) => rows.filter((l) => l.quoteNo === no && String(l.versionNo) === v));
    }),
  };
}

function linesLoader(db: DataSource, documentType: SalesDocumentType) {
  return new DataLoader<string, SalesLine[]>(async (nos) => {
    const rows = await db.getRepository(SalesLine).find({
      where: { documentType, documentNo: In([...nos]) },
      order: { lineNo: 'ASC' },
    });
    return nos.map((no) => rows.filter((l) => l.documentNo === no));
  });
}

export type ErpLoaders = ReturnType<typeof createErpLoaders>;
