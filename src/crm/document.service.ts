import { badInput } from '../shared/errors';
import { Account } from './account.entity';
import { PriceList } from './price-list.entity';
import { RecordState } from './states';
import { DocumentLineInput } from './document.input';
import { PricedLines } from './document-lines';
import { DocumentPricingService } from './document-pricing.service';
import { ReferenceService } from './reference.service';

/** The header rules orders and quotes share: who they are for, which price list prices them. */
export class DocumentService {
  constructor(
    private readonly refs: ReferenceService,
    private readonly pricing: DocumentPricingService,
  ) {}

  /** The account a new document is for: it must exist and be ACTIVE. */
  async activeCustomer(customerId: string): Promise<Account> {
    const account = await this.refs.require(Account, 'Account', customerId, 'customerId');
    if (account.state !== RecordState.ACTIVE) {
      throw badInput(`Account ${account.name} is ${account.state}; orders and quotes need an ACTIVE account`);
    }
    return account;
  }

  /** The document's own price list, which must exist when given. */
  async priceList(priceListId: string | null | undefined): Promise<PriceList | null> {
    return this.refs.optional(PriceList, 'Price list', priceListId, 'priceListId');
  }

  /** Prices a document's lines with its price list, else the account's default price list. */
  priceLines(lines: DocumentLineInput[] | null | undefined, priceListId: string | null, account: Account | null): Promise<PricedLines> {
    return this.pricing.price(lines ?? [], priceListId ?? account?.defaultPriceListId ?? null);
  }

  /** Refuses a validity period that ends before it starts (LocalDate strings compare as dates). */
  checkPeriod(effectiveFrom: string | null, effectiveTo: string | null): void {
    if (effectiveFrom && effectiveTo && effectiveTo < effectiveFrom) {
      throw badInput(`effectiveTo ${effectiveTo} is before effectiveFrom ${effectiveFrom}`);
    }
  }
}
