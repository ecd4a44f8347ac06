import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../shared/clock';
import { forUpdate, transaction } from '../shared/db';
import { Dec } from '../shared/decimal';
import { invalidState, notFound } from '../shared/errors';
import { todayUtc } from '../shared/scalars';
import { EventBus, topic } from '../shared/event-bus';
import { PROCESS_ID } from '../shared/process-id';
import { NoSeriesService } from './no-series.service';
import { SalesDocumentStatus, SalesOrder } from './sales-order.entity';
import { SalesQuote, SalesQuoteArchive } from './sales-quote.entity';
import { SalesDocumentType, SalesLine, SalesLineArchive, SalesLineFields, SalesLineType } from './sales-line.entity';
import { Item, ItemType } from './item.entity';
import { SalesOrderUpdateInput } from './item.input';
import { Customer } from './customer.entity';
import { uniqueWrite } from '../shared/repository';

/** A line of a sales document to write (amount and shipped/invoiced quantities are derived). */
export type SalesLineInput = Pick<SalesLineFields, 'type' | 'no' | 'description' | 'quantity' | 'unitOfMeasureCode' | 'unitPrice' | 'lineDiscountAmount'>;

/** Header of a sales order to create. */
export interface SalesOrderHeaderInput {
  sellToCustomerNo: string;
  externalDocumentNo: string | null;
  requestedDeliveryDate: string | null;
  currencyCode: string | null;
  quoteNo: string | null;
  /** The CRM order it is made from (unique: a second ERP order of the same CRM order is refused, CONFLICT). */
  crmOrderId: string | null;
}

/** Header of a sales quote to create or overwrite. */
export interface SalesQuoteHeaderInput {
  sellToCustomerNo: string;
  externalDocumentNo: string | null;
  quoteValidUntil: string | null;
  currencyCode: string | null;
  /** The CRM quote number it is processed from (unique, as crmOrderId). */
  crmQuoteNumber: string | null;
  /** The CRM quote revision (its id) written: overwriting the quote with the revision it already holds changes nothing. */
  crmQuoteId?: string | null;
}

/** Event topics the ERP publishes when a sales order moves (the sync subgraph mirrors them into the CRM). */
export const ERP_ORDER_EVENTS = topic<SalesOrderEvent>('erp.salesOrder');

/** What happened to a sales order. */
export interface SalesOrderEvent {
  kind: 'released' | 'shipped' | 'invoiced' | 'updated';
  /** The process that published it (see PROCESS_ID). */
  origin: string;
  no: string;
  fullyShipped: boolean;
  fullyInvoiced: boolean;
}

const amountOf = (l: SalesLineInput) => (l.type === SalesLineType.COMMENT ? '0' : new Dec(l.quantity).times(l.unitPrice).minus(l.lineDiscountAmount).toDecimalPlaces(2).toFixed());

/**
 * Writes ERP sales documents: orders and quotes with their lines (each in one transaction),
 * quote archiving, and the order actions release / ship / invoice, each announced on the bus.
 */
export class SalesDocumentWriter {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly noSeries: NoSeriesService,
    private readonly bus?: EventBus,
  ) {}

  /** The next sales order number (taken before the write, so a caller can record it first). */
  nextOrderNo(): Promise<string> {
    return transaction(this.db, (m) => this.noSeries.next(m, 'SALES_ORDER', (no) => m.getRepository(SalesOrder).existsBy({ no })));
  }

  nextQuoteNo(): Promise<string> {
    return transaction(this.db, (m) => this.noSeries.next(m, 'SALES_QUOTE', (no) => m.getRepository(SalesQuote).existsBy({ no })));
  }

  private lines(type: SalesDocumentType, no: string, lines: SalesLineInput[]): SalesLine[] {
    return lines.map((l, i) => ({
      ...l,
      documentType: type,
      documentNo: no,
      lineNo: (i + 1) * 10000,
      amount: amountOf(l),
      quantityShipped: '0',
      quantityInvoiced: '0',
    }));
  }

  /** Creates a sales order and its lines under a number taken beforehand; all or nothing. */
  async createOrder(no: string, header: SalesOrderHeaderInput, lines: SalesLineInput[]): Promise<SalesOrder> {
    const order: SalesOrder = {
      no,
      ...header,
      orderDate: todayUtc(this.clock.now()),
      lastShipmentDate: null,
      status: SalesDocumentStatus.OPEN,
      shipped: false,
      invoiced: false,
      amount: lines.reduce((s, l) => s.plus(amountOf(l)), new Dec(0)).toFixed(),
      modifiedAt: this.clock.now(),
    };
    await uniqueWrite(
      () =>
        transaction(this.db, async (m) => {
          await m.getRepository(SalesOrder).insert(order);
          await m.getRepository(SalesLine).insert(this.lines(SalesDocumentType.ORDER, no, lines));
        }),
      `A sales order was already created from CRM order ${header.crmOrderId ?? ''} (or sales order ${no} exists)`,
    );
    return order;
  }

  /** Creates a sales quote and its lines under a number taken beforehand; all or nothing. */
  async createQuote(no: string, header: SalesQuoteHeaderInput, lines: SalesLineInput[]): Promise<SalesQuote> {
    const quote: SalesQuote = {
      no,
      ...header,
      crmQuoteId: header.crmQuoteId ?? null,
      documentDate: todayUtc(this.clock.now()),
      amount: lines.reduce((s, l) => s.plus(amountOf(l)), new Dec(0)).toFixed(),
      modifiedAt: this.clock.now(),
    };
    await uniqueWrite(
      () =>
        transaction(this.db, async (m) => {
          await m.getRepository(SalesQuote).insert(quote);
          await m.getRepository(SalesLine).insert(this.lines(SalesDocumentType.QUOTE, no, lines));
        }),
      `A sales quote was already created from CRM quote ${header.crmQuoteNumber ?? ''} (or sales quote ${no} exists)`,
    );
    return quote;
  }

  /**
   * Archives the quote as it is (next version number), then overwrites it in place; one transaction.
   * A quote that already holds the revision named in the header is left as it is (a re-run after a
   * stop between the coupling and this write, or a concurrent caller, archives nothing a second time).
   */
  async archiveAndReplaceQuote(no: string, header: SalesQuoteHeaderInput, lines: SalesLineInput[]): Promise<SalesQuote> {
    return transaction(this.db, async (m) => {
      const quote = await m.getRepository(SalesQuote).findOne({ where: { no }, ...forUpdate(m) });
      if (!quote) throw notFound('Sales quote', no);
      if (header.crmQuoteId && quote.crmQuoteId === header.crmQuoteId) return quote;
      const old = await m.getRepository(SalesLine).find({ where: { documentType: SalesDocumentType.QUOTE, documentNo: no }, order: { lineNo: 'ASC' } });
      const versions = await m.getRepository(SalesQuoteArchive).count({ where: { quoteNo: no } });
      const versionNo = versions + 1;
      await m.getRepository(SalesQuoteArchive).insert({
        quoteNo: no,
        versionNo,
        archivedAt: this.clock.now(),
        sellToCustomerNo: quote.sellToCustomerNo,
        externalDocumentNo: quote.externalDocumentNo,
        quoteValidUntil: quote.quoteValidUntil,
        amount: quote.amount,
      });
      if (old.length) {
        await m.getRepository(SalesLineArchive).insert(old.map(({ documentType: _t, documentNo: _n, ...l }) => ({ ...l, quoteNo: no, versionNo })));
      }
      await m.getRepository(SalesLine).delete({ documentType: SalesDocumentType.QUOTE, documentNo: no });
      await m.getRepository(SalesLine).insert(this.lines(SalesDocumentType.QUOTE, no, lines));
      Object.assign(quote, header, { amount: lines.reduce((s, l) => s.plus(amountOf(l)), new Dec(0)).toFixed(), modifiedAt: this.clock.now() });
      await m.getRepository(SalesQuote).save(quote);
      return quote;
    });
  }

  private async order(m: EntityManager, no: string): Promise<SalesOrder> {
    const order = await m.getRepository(SalesOrder).findOne({ where: { no }, ...forUpdate(m) });
    if (!order) throw notFound('Sales order', no);
    return order;
  }

  /** As Business Central with Blocked = All: a blocked customer's orders are not released, shipped or invoiced. */
  private async checkCustomerNotBlocked(m: EntityManager, order: SalesOrder, verb: string): Promise<void> {
    const customer = await m.getRepository(Customer).findOneBy({ no: order.sellToCustomerNo });
    if (customer?.blocked) throw invalidState(`Customer ${customer.no} (${customer.name}) is blocked; sales order ${order.no} cannot be ${verb}`);
  }

  private async announce(kind: SalesOrderEvent['kind'], order: SalesOrder, lines: SalesLine[]): Promise<void> {
    const sellable = lines.filter((l) => l.type !== SalesLineType.COMMENT);
    const event: SalesOrderEvent = {
      kind,
      no: order.no,
      origin: PROCESS_ID,
      fullyShipped: sellable.every((l) => new Dec(l.quantityShipped).gte(l.quantity)),
      fullyInvoiced: sellable.every((l) => new Dec(l.quantityInvoiced).gte(l.quantity)),
    };
    await this.bus?.publish(ERP_ORDER_EVENTS, event);
  }

  /** Releases an open order. */
  async release(no: string): Promise<SalesOrder> {
    const order = await transaction(this.db, async (m) => {
      const o = await this.order(m, no);
      if (o.status === SalesDocumentStatus.RELEASED) throw invalidState(`Sales order ${no} is already released`);
      await this.checkCustomerNotBlocked(m, o, 'released');
      o.status = SalesDocumentStatus.RELEASED;
      o.modifiedAt = this.clock.now();
      await m.getRepository(SalesOrder).save(o);
      return o;
    });
    await this.announce('released', order, await this.linesOf(no));
    return order;
  }

  private linesOf(no: string): Promise<SalesLine[]> {
    return this.db.getRepository(SalesLine).find({ where: { documentType: SalesDocumentType.ORDER, documentNo: no }, order: { lineNo: 'ASC' } });
  }

  /**
   * Ships all outstanding quantity (releasing the order first, as posting does): item inventory
   * goes down by what is shipped and may not go below zero; sets lastShipmentDate.
   */
  async ship(no: string): Promise<SalesOrder> {
    let released = false;
    const order = await transaction(this.db, async (m) => {
      const o = await this.order(m, no);
      await this.checkCustomerNotBlocked(m, o, 'shipped');
      const lines = await m.getRepository(SalesLine).find({ where: { documentType: SalesDocumentType.ORDER, documentNo: no } });
      const open = lines.filter((l) => l.type !== SalesLineType.COMMENT && new Dec(l.quantityShipped).lt(l.quantity));
      if (open.length === 0) throw invalidState(`Sales order ${no} has nothing left to ship`);
      for (const l of open.filter((x) => x.type === SalesLineType.ITEM)) {
        const item = await m.getRepository(Item).findOne({ where: { no: l.no! }, ...forUpdate(m) });
        if (!item || item.type !== ItemType.INVENTORY) continue;
        const left = new Dec(item.inventory).minus(new Dec(l.quantity).minus(l.quantityShipped));
        if (left.isNegative()) throw invalidState(`Item ${item.no} has only ${item.inventory} in inventory; ${l.quantity} are to be shipped`);
        await m.getRepository(Item).update({ no: item.no }, { inventory: left.toFixed(), modifiedAt: this.clock.now() });
      }
      for (const l of open) await m.getRepository(SalesLine).update({ documentType: l.documentType, documentNo: no, lineNo: l.lineNo }, { quantityShipped: l.quantity });
      if (o.status === SalesDocumentStatus.OPEN) {
        o.status = SalesDocumentStatus.RELEASED;
        released = true;
      }
      o.shipped = true;
      o.lastShipmentDate = todayUtc(this.clock.now());
      o.modifiedAt = this.clock.now();
      await m.getRepository(SalesOrder).save(o);
      return o;
    });
    const lines = await this.linesOf(no);
    if (released) await this.announce('released', order, lines);
    await this.announce('shipped', order, lines);
    return order;
  }

  /** Invoices what was shipped and not yet invoiced. */
  async invoice(no: string): Promise<SalesOrder> {
    const order = await transaction(this.db, async (m) => {
      const o = await this.order(m, no);
      await this.checkCustomerNotBlocked(m, o, 'invoiced');
      const lines = await m.getRepository(SalesLine).find({ where: { documentType: SalesDocumentType.ORDER, documentNo: no } });
      const due = lines.filter((l) => new Dec(l.quantityInvoiced).lt(l.quantityShipped));
      if (due.length === 0) throw invalidState(`Sales order ${no} has nothing shipped that is not invoiced yet`);
      for (const l of due) await m.getRepository(SalesLine).update({ documentType: l.documentType, documentNo: no, lineNo: l.lineNo }, { quantityInvoiced: l.quantityShipped });
      const sellable = lines.filter((l) => l.type !== SalesLineType.COMMENT);
      o.invoiced = sellable.every((l) => (due.includes(l) ? new Dec(l.quantityShipped) : new Dec(l.quantityInvoiced)).gte(l.quantity));
      o.modifiedAt = this.clock.now();
      await m.getRepository(SalesOrder).save(o);
      return o;
    });
    await this.announce('invoiced', order, await this.linesOf(no));
    return order;
  }

  /** Changes the requested delivery date or external document number. */
  async update(no: string, input: SalesOrderUpdateInput): Promise<SalesOrder> {
    const order = await transaction(this.db, async (m) => {
      const o = await this.order(m, no);
      if (input.requestedDeliveryDate !== undefined) o.requestedDeliveryDate = input.requestedDeliveryDate;
      if (input.externalDocumentNo !== undefined) o.externalDocumentNo = input.externalDocumentNo;
      o.modifiedAt = this.clock.now();
      await m.getRepository(SalesOrder).save(o);
      return o;
    });
    await this.announce('updated', order, await this.linesOf(no));
    return order;
  }
}
