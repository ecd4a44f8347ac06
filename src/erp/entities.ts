import { Salesperson } from './salesperson.entity';
import { Currency } from './currency.entity';
import { UnitOfMeasure } from './unit-of-measure.entity';
import { CustomerPriceGroup } from './customer-price-group.entity';
import { SalesPrice } from './sales-price.entity';
import { Customer } from './customer.entity';
import { Contact } from './contact.entity';
import { Item } from './item.entity';
import { Resource } from './resource.entity';
import { SalesSetup } from './sales-setup.entity';
import { NoSeries } from './no-series.entity';
import { SalesLine, SalesLineArchive } from './sales-line.entity';
import { SalesOrder } from './sales-order.entity';
import { SalesQuote, SalesQuoteArchive } from './sales-quote.entity';
import { DeletedRecord } from '../shared/tombstone.entity';

/** Every table of the ERP store. */
export const ERP_ENTITIES = [
  Salesperson,
  Currency,
  UnitOfMeasure,
  CustomerPriceGroup,
  SalesPrice,
  Customer,
  Contact,
  Item,
  Resource,
  SalesSetup,
  NoSeries,
  SalesOrder,
  SalesQuote,
  SalesLine,
  SalesQuoteArchive,
  SalesLineArchive,
  DeletedRecord,
];
