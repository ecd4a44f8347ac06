import { DataSource, EntityManager } from 'typeorm';
import { forUpdate, transaction } from '../shared/db';
import { Clock, IdGenerator } from '../shared/clock';
import { invalidState, notFound } from '../shared/errors';
import { uniqueWrite } from '../shared/repository';
import { Page, paginate } from '../shared/pagination';
import { Order, OrderLine } from './order.entity';
import { TransactionCurrency } from './transaction-currency.entity';
import { OrderState } from './states';
import { OrderInput, OrderListArgs } from './document.input';
import { PricedLines, insertLines } from './document-lines';
import { DocumentService } from './document.service';
import { ORDER_SEQUENCE, SequenceService } from './sequence.service';
import { checkUuid, findById, ReferenceService } from './reference.service';

/** The header fields a new order is created with (from an OrderInput or from a won quote). */
export type OrderHeader = Pick<Order, 'name' | 'customerId' | 'priceListId' | 'transactionCurrencyId' | 'requestDeliveryBy' | 'quoteId'>;

/** CRM orders: creation with priced lines, submit and cancel. */
export class OrderService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly refs: ReferenceService,
    private readonly documents: DocumentService,
    private readonly sequences: SequenceService,
  ) {}

  get = (id: string) => findById(this.db, Order, id);
  lines = (orderId: string) => this.db.getRepository(OrderLine).find({ where: { orderId }, order: { lineNumber: 'ASC' } });

  /** A page of orders by orderNumber, optionally of one state. */
  list(args: OrderListArgs): Promise<Page<Order>> {
    const qb = this.db.getRepository(Order).createQueryBuilder('o');
    if (args.state) qb.andWhere('o.state = :state', { state: args.state });
    return paginate(qb, [{ column: 'o.orderNumber', property: 'orderNumber' }], args);
  }

  /**
   * A new ACTIVE order for an ACTIVE account. Everything (references, lines, prices) is
   * validated first; header and lines are then written in one transaction.
   */
  async create(input: OrderInput): Promise<Order> {
    const account = await this.documents.activeCustomer(input.customerId);
    const currency = await this.refs.optional(TransactionCurrency, 'Transaction currency', input.transactionCurrencyId, 'transactionCurrencyId');
    const { priceList, currencyId } = await this.documents.pricedFrom(account, input.priceListId, currency?.id ?? null, 'order');
    const priced = await this.documents.priceLines(input.lines, priceList?.id ?? null, account);
    const header: OrderHeader = {
      name: input.name,
      customerId: account.id,
      // The list the lines were priced from: the order's own, else the account's default.
      priceListId: priceList?.id ?? account.defaultPriceListId ?? null,
      transactionCurrencyId: currencyId,
      requestDeliveryBy: input.requestDeliveryBy ?? null,
      quoteId: null,
    };
    return transaction(this.db, (m) => this.insert(m, header, priced));
  }

  /**
   * Writes a new ACTIVE order and its lines inside the caller's transaction (so winning a quote
   * closes the quote and creates its order atomically).
   */
  async insert(m: EntityManager, header: OrderHeader, priced: PricedLines): Promise<Order> {
    const repo = m.getRepository(Order);
    const orderNumber = await this.sequences.next(m, ORDER_SEQUENCE, (no) => repo.existsBy({ orderNumber: no }));
    const order: Order = {
      id: this.ids.uuid(),
      orderNumber,
      ...header,
      dateFulfilled: null,
      lastBackofficeSubmit: null,
      state: OrderState.ACTIVE,
      totalAmount: priced.totalAmount,
      modifiedOn: this.clock.now(),
    };
    await uniqueWrite(() => repo.insert(order), `Order ${orderNumber} already exists`);
    await insertLines(m.getRepository(OrderLine), this.ids, priced.lines, { orderId: order.id });
    return order;
  }

  /** ACTIVE → SUBMITTED; an order needs at least one line to be submitted. */
  submit(id: string): Promise<Order> {
    return this.transition(id, 'submitted', [OrderState.ACTIVE], OrderState.SUBMITTED, true);
  }

  /** ACTIVE or SUBMITTED → CANCELED. */
  cancel(id: string): Promise<Order> {
    return this.transition(id, 'canceled', [OrderState.ACTIVE, OrderState.SUBMITTED], OrderState.CANCELED, false);
  }

  private async transition(id: string, verb: string, from: OrderState[], to: OrderState, needsLines: boolean): Promise<Order> {
    checkUuid(id, 'id');
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(Order);
      const order = await repo.findOne({ where: { id }, ...forUpdate(m) });
      if (!order) throw notFound('Order', id);
      if (!from.includes(order.state)) {
        throw invalidState(`Order ${order.orderNumber} is ${order.state}; only ${from.join(' or ')} orders can be ${verb}`);
      }
      if (needsLines && !(await m.getRepository(OrderLine).existsBy({ orderId: id }))) {
        throw invalidState(`Order ${order.orderNumber} has no lines and cannot be ${verb}`);
      }
      order.state = to;
      order.modifiedOn = this.clock.now();
      await repo.update({ id }, { state: order.state, modifiedOn: order.modifiedOn });
      return order;
    });
  }
}
