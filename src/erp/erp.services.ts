import { DataSource } from 'typeorm';
import { Clock, IdGenerator } from '../shared/clock';
import { MasterDataService } from './master-data.service';
import { NoSeriesService } from './no-series.service';
import { CustomerService } from './customer.service';
import { ItemService } from './item.service';
import { SalesPriceService } from './sales-price.service';
import { SalesSetupService } from './sales-setup.service';
import { SalesDocumentService } from './sales-document.service';
import { SalesDocumentWriter } from './sales-document-writer.service';
import { EventBus } from '../shared/event-bus';

/** The ERP subgraph's services over its store. */
export function createErpServices(db: DataSource, clock: Clock, ids: IdGenerator, bus?: EventBus) {
  const noSeries = new NoSeriesService();
  const masterData = new MasterDataService(db, clock);
  const items = new ItemService(db, clock, masterData, noSeries);
  return {
    db,
    noSeries,
    masterData,
    items,
    customers: new CustomerService(db, clock, masterData, noSeries, ids),
    salesPrices: new SalesPriceService(db, clock, ids, masterData, items),
    salesSetup: new SalesSetupService(db, items),
    documents: new SalesDocumentService(db),
    documentWriter: new SalesDocumentWriter(db, clock, noSeries, bus),
  };
}

export type ErpServices = ReturnType<typeof createErpServices>;
