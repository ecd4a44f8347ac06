import { DataSource, EntityManager } from 'typeorm';
import { forUpdate, transaction } from '../shared/db';
import { Clock, IdGenerator } from '../shared/clock';
import { badInput, invalidState, notFound } from '../shared/errors';
import { uniqueWrite } from '../shared/repository';
import { Page, paginate } from '../shared/pagination';
import { Quote, QuoteLine } from './quote.entity';
import { Order } from './order.entity';
import { Account } from './account.entity';
import { PriceList } from './price-list.entity';
import { QuoteState } from './states';
import { QuoteInput, QuoteListArgs, QuoteUpdateInput } from './document.input';
import { copyLine, insertLines } from './document-lines';
import { DocumentService } from './document.service';
import { OrderService } from './order.service';
import { QUOTE_SEQUENCE, SequenceService } from './sequence.service';
import { checkUuid, findById } from './reference.service';

/**
 * CRM quotes. Each revision is its own row sharing the quote number: DRAFT (editable) →
 * ACTIVE → revised (CLOSED, with a new DRAFT revision) or WON (with a new order).
 */
export class QuoteService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly documents: DocumentService,
    private readonly sequences: SequenceService,
    private readonly orders: OrderService,
  ) {}

  get = (id: string) => findById(this.db, Quote, id);
  lines = (quoteId: string) => this.db.getRepository(QuoteLine).find({ where: { quoteId }, order: { lineNumber: 'ASC' } });

  /** A page of quotes by (quoteNumber, revisionNumber), optionally of one state. */
  list(args: QuoteListArgs): Promise<Page<Quote>> {
    const qb = this.db.getRepository(Quote).createQueryBuilder('q');
    if (args.state) qb.andWhere('q.state = :state', { state: args.state });
    return paginate(
      qb,
      [
        { column: 'q.quoteNumber', property: 'quoteNumber' },
        { column: 'q.revisionNumber', property: 'revisionNumber' },
      ],
      args,
    );
  }

  /** A new DRAFT quote, revision 0 (as Dynamics 365 numbers them), validated before anything is written. */
  async create(input: QuoteInput): Promise<Quote> {
    const account = await this.documents.activeCustomer(input.customerId);
    // A quote is in its account's currency (else its price list's).
    const { priceList } = await this.documents.pricedFrom(account, input.priceListId, null, 'quote');
    this.documents.checkPeriod(input.effectiveFrom ?? null, input.effectiveTo ?? null);
    const priced = await this.documents.priceLines(input.lines, priceList?.id ?? null, account);
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(Quote);
      const quoteNumber = await this.sequences.next(m, QUOTE_SEQUENCE, (no) => repo.existsBy({ quoteNumber: no }));
      const quote: Quote = {
        id: this.ids.uuid(),
        quoteNumber,
        revisionNumber: 0,
        name: input.name,
        customerId: account.id,
        priceListId: priceList?.id ?? account.defaultPriceListId ?? null,
        effectiveFrom: input.effectiveFrom ?? null,
        effectiveTo: input.effectiveTo ?? null,
        state: QuoteState.DRAFT,
        totalAmount: priced.totalAmount,
        modifiedOn: this.clock.now(),
      };
      await uniqueWrite(() => repo.insert(quote), `Quote ${quoteNumber} already exists`);
      await insertLines(m.getRepository(QuoteLine), this.ids, priced.lines, { quoteId: quote.id });
      return quote;
    });
  }

  /** Patches a DRAFT quote; `lines`, when given, replaces all its lines. */
  async update(id: string, input: QuoteUpdateInput): Promise<Quote> {
    checkUuid(id, 'id');
    if (input.name === null) throw badInput('name cannot be set to null');
    const current = await this.get(id);
    if (!current) throw notFound('Quote', id);
    requireState(current, [QuoteState.DRAFT], 'changed');
    const effectiveFrom = input.effectiveFrom !== undefined ? input.effectiveFrom : current.effectiveFrom;
    const effectiveTo = input.effectiveTo !== undefined ? input.effectiveTo : current.effectiveTo;
    this.documents.checkPeriod(effectiveFrom, effectiveTo);
    const account = input.lines ? await findById(this.db, Account, current.customerId) : null;
    const priced = input.lines ? await this.documents.priceLines(input.lines, current.priceListId, account) : null;
    return transaction(this.db, async (m) => {
      const quote = await this.lock(m, id);
      // Checked again under the lock: the quote may have been activated meanwhile.
      requireState(quote, [QuoteState.DRAFT], 'changed');
      if (input.name != null) quote.name = input.name;
      quote.effectiveFrom = effectiveFrom;
      quote.effectiveTo = effectiveTo;
      if (priced) {
        await m.getRepository(QuoteLine).delete({ quoteId: id });
        await insertLines(m.getRepository(QuoteLine), this.ids, priced.lines, { quoteId: id });
        quote.totalAmount = priced.totalAmount;
      }
      quote.modifiedOn = this.clock.now();
      await m.getRepository(Quote).save(quote);
      return quote;
    });
  }

  /** DRAFT → ACTIVE; a quote needs at least one line. */
  activate(id: string): Promise<Quote> {
    return this.change(id, async (m, quote) => {
      requireState(quote, [QuoteState.DRAFT], 'activated');
      if (!(await m.getRepository(QuoteLine).existsBy({ quoteId: id }))) {
        throw invalidState(`Quote ${quote.quoteNumber} has no lines and cannot be activated`);
      }
      return this.setState(m, quote, QuoteState.ACTIVE);
    });
  }

  /** Closes an ACTIVE quote and returns its new DRAFT revision (same number, revision + 1, copied lines). */
  revise(id: string): Promise<Quote> {
    return this.change(id, async (m, quote) => {
      requireState(quote, [QuoteState.ACTIVE], 'revised');
      await this.setState(m, quote, QuoteState.CLOSED);
      const revision: Quote = {
        ...quote,
        id: this.ids.uuid(),
        revisionNumber: quote.revisionNumber + 1,
        state: QuoteState.DRAFT,
        modifiedOn: this.clock.now(),
      };
      await uniqueWrite(() => m.getRepository(Quote).insert(revision), `Quote ${quote.quoteNumber} already has revision ${revision.revisionNumber}`);
      const lines = await m.getRepository(QuoteLine).find({ where: { quoteId: id }, order: { lineNumber: 'ASC' } });
      await insertLines(m.getRepository(QuoteLine), this.ids, lines.map(copyLine), { quoteId: revision.id });
      return revision;
    });
  }

  /** Marks an ACTIVE quote WON and returns the new ACTIVE order made from it (same lines and prices). */
  win(id: string): Promise<Order> {
    return this.change(id, async (m, quote) => {
      requireState(quote, [QuoteState.ACTIVE], 'won');
      await this.setState(m, quote, QuoteState.WON);
      const lines = await m.getRepository(QuoteLine).find({ where: { quoteId: id }, order: { lineNumber: 'ASC' } });
      const account = await m.getRepository(Account).findOneBy({ id: quote.customerId });
      // The order is in the quote's currency: its account's, else its price list's (as the quote was priced).
      const list = !account?.transactionCurrencyId && quote.priceListId ? await m.getRepository(PriceList).findOneBy({ id: quote.priceListId }) : null;
      return this.orders.insert(
        m,
        {
          name: quote.name,
          customerId: quote.customerId,
          priceListId: quote.priceListId,
          transactionCurrencyId: account?.transactionCurrencyId ?? list?.transactionCurrencyId ?? null,
          requestDeliveryBy: null,
          quoteId: quote.id,
        },
        { lines: lines.map(copyLine), totalAmount: quote.totalAmount },
      );
    });
  }

  /** Runs a state change on the locked quote in one transaction; malformed id → BAD_USER_INPUT, unknown → NOT_FOUND. */
  private change<T>(id: string, work: (m: EntityManager, quote: Quote) => Promise<T>): Promise<T> {
    checkUuid(id, 'id');
    return transaction(this.db, async (m) => work(m, await this.lock(m, id)));
  }

  private async lock(m: EntityManager, id: string): Promise<Quote> {
    const quote = await m.getRepository(Quote).findOne({ where: { id }, ...forUpdate(m) });
    if (!quote) throw notFound('Quote', id);
    return quote;
  }

  private async setState(m: EntityManager, quote: Quote, state: QuoteState): Promise<Quote> {
    quote.state = state;
    quote.modifiedOn = this.clock.now();
    await m.getRepository(Quote).update({ id: quote.id }, { state: quote.state, modifiedOn: quote.modifiedOn });
    return quote;
  }
}

/** INVALID_STATE naming the quote's current state when it is not one of `allowed`. */
function requireState(quote: Quote, allowed: QuoteState[], verb: string): void {
  if (!allowed.includes(quote.state)) {
    throw invalidState(`Quote ${quote.quoteNumber} revision ${quote.revisionNumber} is ${quote.state}; only ${allowed.join(' or ')} quotes can be ${verb}`);
  }
}
