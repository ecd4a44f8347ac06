import { SystemUser } from './system-user.entity';
import { TransactionCurrency } from './transaction-currency.entity';
import { Unit, UnitGroup } from './unit-group.entity';
import { PriceList, PriceListItem } from './price-list.entity';
import { Account } from './account.entity';
import { CrmContact } from './crm-contact.entity';
import { Product } from './product.entity';
import { Order, OrderLine } from './order.entity';
import { Quote, QuoteLine } from './quote.entity';
import { CrmSequence, Post } from './post.entity';
import { DeletedRecord } from '../shared/tombstone.entity';

/** Every table of the CRM store. */
export const CRM_ENTITIES = [
  SystemUser,
  TransactionCurrency,
  UnitGroup,
  Unit,
  PriceList,
  PriceListItem,
  Account,
  CrmContact,
  Product,
  Order,
  OrderLine,
  Quote,
  QuoteLine,
  Post,
  CrmSequence,
  DeletedRecord,
];
