import { DataSource } from 'typeorm';
import { Clock, IdGenerator } from '../shared/clock';
import { ReferenceService } from './reference.service';
import { MasterDataService } from './master-data.service';
import { PriceListService } from './price-list.service';
import { AccountService } from './account.service';
import { ProductService } from './product.service';
import { DocumentPricingService } from './document-pricing.service';
import { DocumentService } from './document.service';
import { SequenceService } from './sequence.service';
import { OrderService } from './order.service';
import { QuoteService } from './quote.service';
import { TimelineService } from './timeline.service';

/** The CRM subgraph's services over its store. */
export function createCrmServices(db: DataSource, clock: Clock, ids: IdGenerator) {
  const refs = new ReferenceService(db);
  const sequences = new SequenceService();
  const pricing = new DocumentPricingService(db);
  const documents = new DocumentService(refs, pricing);
  const orders = new OrderService(db, clock, ids, refs, documents, sequences);
  return {
    db,
    refs,
    sequences,
    masterData: new MasterDataService(db, clock, ids),
    priceLists: new PriceListService(db, clock, ids, refs),
    accounts: new AccountService(db, clock, ids, refs),
    products: new ProductService(db, clock, ids, refs),
    pricing,
    documents,
    orders,
    quotes: new QuoteService(db, clock, ids, documents, sequences, orders),
    timeline: new TimelineService(db, clock, ids),
  };
}

export type CrmServices = ReturnType<typeof createCrmServices>;
