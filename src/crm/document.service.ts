import { badInput } from '../shared/errors';
import { Account } from './account.entity';
import { PriceList } from './price-list.entity';
import { TransactionCurrency } from './transaction-currency.entity';
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

  /**
   * The price list a new document is priced from (its own, else the account's default) and the
   * document's currency (its own, else the account's, else the price list's). A price list and a
   * document without a currency are in the local currency. A price list in another currency than
   * the document's is refused (BAD_USER_INPUT): an order in EUR is never priced from a list in GBP.
   */
  async pricedFrom(
    account: Account,
    priceListId: string | null | undefined,
    currencyId: string | null,
    what: string,
  ): Promise<{ priceList: PriceList | null; currencyId: string | null }> {
    const own = await this.priceList(priceListId);
    const list = own ?? (account.defaultPriceListId ? await this.refs.optional(PriceList, 'Price list', account.defaultPriceListId, 'defaultPriceListId').catch(() => null) : null);
    const stated = currencyId ?? account.transactionCurrencyId ?? null;
    if (!list) return { priceList: null, currencyId: stated };
    const listCurrency = list.transactionCurrencyId ?? null;
    if (stated === null) return { priceList: list, currencyId: listCurrency };
    if (listCurrency !== stated) {
      const name = async (id: string | null) =>
        id == null
          ? 'the local currency'
          : ((await this.refs.optional(TransactionCurrency, 'Transaction currency', id, 'transactionCurrencyId').catch(() => null))?.isoCurrencyCode ?? id);
      throw badInput(
        `Price list ${list.name}${own ? '' : ` (the account's default)`} is in ${await name(listCurrency)}, but the ${what} is in ${await name(stated)}: ` +
          'a document is priced only from a price list of its own currency; give a priceListId in that currency',
      );
    }
    return { priceList: list, currencyId: stated };
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
