import { Logger } from 'pino';
import { Clock, IdGenerator, isUuid } from '../../shared/clock';
import { badInput, ErrorCode, invalidState, notFound, TandemError } from '../../shared/errors';
import { todayUtc } from '../../shared/scalars';
import { EventBus } from '../../shared/event-bus';
import { PROCESS_ID } from '../../shared/process-id';
import { ERP_ORDER_EVENTS, SalesOrderEvent } from '../../erp/sales-document-writer.service';
import { OrderState, QuoteState } from '../../crm/states';
import { SyncDirection, SyncJobStatus, SyncJobType, TableMappingName as M } from '../enums';
import { Coupling } from '../coupling.entity';
import { RecordSync } from '../engine/record-sync';
import { CouplingReferenceResolver } from '../engine/reference-resolver';
import { dependencyError } from '../engine/dependency';
import { SyncRecord } from '../engine/tables';
import { JobRecorder } from '../jobs/job-recorder';
import { ErpDocumentPort } from './erp-document.port';
import type { SalesLineInput, SalesQuoteHeaderInput } from '../../erp/sales-document-writer.service';
import { erpLinesFor } from './document-lines';
import { DocumentMapping, DocumentPairing } from './document-pairing';
import { ConversionResult, SyncMetrics } from '../metrics/sync-metrics';

/** External document numbers of ERP documents hold at most 35 characters. */
const EXTERNAL_NO_LENGTH = 35;

/**
 * A pending document coupling older than this belongs to a conversion whose process stopped between
 * its writes (a stalled job run again, a crash), not to one in flight: the next run completes it.
 * Correctness does not hang on it (the ERP's unique origin columns refuse a second document); it
 * only decides whether a concurrent caller is told ALREADY_COUPLED or helps complete the conversion.
 */
export const STALLED_AFTER_MS = 10_000;

/** What the CRM timeline says when the back office moves an order. */
export const TIMELINE = {
  released: 'The order status has changed to Released.',
  shipped: 'A shipment has been created for the order.',
  invoiced: 'An invoice has been created for the order.',
};

/** CRM order states in the order the back office moves them (ACTIVE and SUBMITTED come before any progress). */
const ORDER_PROGRESS: readonly string[] = [OrderState.ACTIVE, OrderState.SUBMITTED, OrderState.FULFILLED, OrderState.INVOICED];

/** What the timeline says when the ERP order of a canceled CRM order moves on anyway. */
export function canceledNote(kind: keyof typeof TIMELINE, salesOrderNo: string): string {
  const what = { released: 'released', shipped: 'shipped', invoiced: 'invoiced' }[kind];
  return `This order is canceled; sales order ${salesOrderNo} was ${what} in the ERP all the same. The order stays CANCELED.`;
}

/**
 * Lead-to-cash documents: "Create in ERP" for submitted CRM orders, "Process in ERP" for active
 * or won CRM quotes (archiving the ERP quote before a new revision overwrites it), and the ERP
 * order's progress (release, shipment, invoice) posted back to the CRM order's timeline at once.
 */
export class DocumentsService {
  constructor(
    private readonly records: RecordSync,
    private readonly port: ErpDocumentPort,
    private readonly recorder: JobRecorder,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly pairing: DocumentPairing,
    private readonly metrics: SyncMetrics,
    private readonly log?: Logger,
  ) {}

  /** Counts a conversion by its result: refusals a caller can fix (bad input, state, dependencies) apart from failures. */
  private async counted<T>(kind: 'order' | 'quote', work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      this.metrics.conversion(kind, 'success');
      return result;
    } catch (error) {
      const result: ConversionResult = error instanceof TandemError && error.code !== ErrorCode.INTERNAL_SERVER_ERROR ? 'refused' : 'failed';
      this.metrics.conversion(kind, result);
      throw error;
    }
  }

  private refs(): CouplingReferenceResolver {
    return new CouplingReferenceResolver(this.records.couplings.dataSource, this.records.crm);
  }

  private async crmRecord(table: 'Order' | 'Quote', id: string, field: string): Promise<SyncRecord> {
    if (!isUuid(id)) throw badInput(`${field}: "${id}" is not a UUID`);
    const record = (await this.records.crm.read(table, [id])).get(id);
    if (!record) throw notFound(table, id);
    return record;
  }

  /**
   * The ERP customer of a CRM account, or DEPENDENCY_NOT_COUPLED naming the account. As in Business
   * Central, a blocked customer gets no new documents (INVALID_STATE).
   */
  private async customerOf(accountId: string, refs: CouplingReferenceResolver, document: string): Promise<string> {
    const no = await refs.crmToErp(M.CUSTOMER, accountId);
    if (!no) {
      const account = (await this.records.crm.read('Account', [accountId])).get(accountId);
      throw dependencyError([{ mapping: M.CUSTOMER, side: 'crm', key: accountId, label: account ? String(account.name) : undefined }]);
    }
    const customer = (await this.records.erp.read('Customer', [no])).get(no);
    if (customer?.blocked) throw invalidState(`Customer ${no} (${String(customer.name)}) is blocked; no ${document} can be created for it`);
    return no;
  }

  private async currencyOf(currencyId: unknown, refs: CouplingReferenceResolver): Promise<string | null> {
    if (typeof currencyId !== 'string') return null;
    const code = await refs.crmToErp(M.CURRENCY, currencyId);
    if (!code) throw dependencyError([{ mapping: M.CURRENCY, side: 'crm', key: currencyId, label: (await refs.labelOf(M.CURRENCY, 'crm', currencyId)) ?? undefined }]);
    return code;
  }

  /** A pending coupling left by a conversion that stopped between its writes (see STALLED_AFTER_MS). */
  private isStalled(c: Coupling | null | undefined): c is Coupling {
    return !!c && c.pending && this.clock.now().getTime() - new Date(c.createdAt).getTime() >= STALLED_AFTER_MS;
  }

  /**
   * Records the document coupling first (the race guard), writes the ERP document, then confirms; all
   * or nothing. `stalled`: the pending coupling of an earlier run, whose recorded number is written.
   * A write refused because the same ERP document was written meanwhile (another run completing the
   * same stalled conversion) keeps the coupling and confirms it: the CRM document has its one ERP document.
   */
  private async coupleAndWrite(mapping: DocumentMapping, erpNo: string, crm: SyncRecord, write: () => Promise<unknown>, stalled?: Coupling | null): Promise<Coupling> {
    const crmId = String(crm.id);
    const coupling = stalled ?? this.records.couplings.build(mapping, erpNo, crmId, true);
    if (!stalled) await this.records.couplings.insert([coupling]);
    try {
      await write();
    } catch (error) {
      const made = await this.pairing.existing(mapping, crm).catch(() => null);
      if (String(made?.no) !== erpNo) {
        await this.records.couplings.delete([coupling.id]);
        throw error;
      }
    }
    return this.confirm(mapping, coupling);
  }

  /** Confirms a pending document coupling whose ERP document exists (stamps and base values of both records). */
  private async confirm(mapping: DocumentMapping, coupling: Coupling): Promise<Coupling> {
    const erpNo = coupling.erpId;
    const crmId = coupling.crmId;
    const ctx = await this.records.context(mapping);
    const erp = (await this.records.erp.read(ctx.def.erp.table, [erpNo])).get(erpNo)!;
    const crm = (await this.records.crm.read(ctx.def.crm.table, [crmId])).get(crmId)!;
    this.records.stamp(ctx, coupling, erp, crm);
    return this.records.couplings.synced(coupling, this.records.baseOf(ctx, erp, crm), null);
  }

  /** "Create in ERP": a SUBMITTED CRM order becomes an ERP sales order, once. */
  convertOrder(crmOrderId: string): Promise<{ no: string }> {
    return this.counted('order', () => this.convertOrderOnce(crmOrderId));
  }

  private async convertOrderOnce(crmOrderId: string): Promise<{ no: string }> {
    const order = await this.crmRecord('Order', crmOrderId, 'crmOrderId');
    const existing = await this.records.couplings.byCrm(M.SALESORDER_ORDER, crmOrderId);
    const stalled = this.isStalled(existing) ? existing : null;
    if (existing && !stalled)
      throw new TandemError(ErrorCode.ALREADY_COUPLED, `Order ${String(order.orderNumber)} was already converted into sales order ${existing.erpId}`, {
        salesOrderNo: existing.erpId,
      });
    if (stalled) {
      // An earlier run stopped after writing the ERP order (keyed by the CRM order): find it, never make a second one.
      const made = await this.pairing.existing(M.SALESORDER_ORDER, order);
      if (String(made?.no) === stalled.erpId) {
        await this.confirm(M.SALESORDER_ORDER, stalled);
        await this.records.crm.update('Order', [{ key: crmOrderId, fields: { lastBackofficeSubmit: todayUtc(this.clock.now()) } }]);
        return { no: stalled.erpId };
      }
    }
    try {
      return await this.writeOrder(order, stalled);
    } catch (error) {
      // The stalled run's coupling names an ERP order that was never written: the refusal frees the CRM order again.
      if (stalled && !(await this.pairing.existing(M.SALESORDER_ORDER, order).catch(() => null))) await this.records.couplings.delete([stalled.id]).catch(() => undefined);
      throw error;
    }
  }

  /** Checks a CRM order and writes its ERP order (under the number of a stalled run, else a new one). */
  private async writeOrder(order: SyncRecord, stalled: Coupling | null): Promise<{ no: string }> {
    const crmOrderId = String(order.id);
    if (order.state !== OrderState.SUBMITTED) throw invalidState(`Order ${String(order.orderNumber)} is ${String(order.state)}; only a SUBMITTED order can be created in the ERP`);
    // Uncoupled since it was converted: the ERP order it became still names it.
    await this.pairing.refuseSecond(M.SALESORDER_ORDER, order);
    const refs = this.refs();
    const customerNo = await this.customerOf(String(order.customerId), refs, 'sales order');
    const currencyCode = await this.currencyOf(order.transactionCurrencyId, refs);
    const lines = await erpLinesFor(this.records, this.port, await this.records.crm.findBy('OrderLine', 'orderId', [crmOrderId]), refs);
    const quoteNo = typeof order.quoteId === 'string' ? await this.quoteNoOf(order.quoteId) : null;
    const no = stalled?.erpId ?? (await this.port.nextOrderNo());
    await this.coupleAndWrite(
      M.SALESORDER_ORDER,
      no,
      order,
      () =>
        this.port.createOrder(
          no,
          {
            sellToCustomerNo: customerNo,
            externalDocumentNo: String(order.name).slice(0, EXTERNAL_NO_LENGTH),
            requestedDeliveryDate: (order.requestDeliveryBy as string | null) ?? null,
            currencyCode,
            quoteNo,
            crmOrderId,
          },
          lines,
        ),
      stalled,
    );
    await this.records.crm.update('Order', [{ key: crmOrderId, fields: { lastBackofficeSubmit: todayUtc(this.clock.now()) } }]);
    return { no };
  }

  /** The ERP quote coupled to a CRM quote (that revision or another one of the same quote number). */
  private async quoteNoOf(quoteId: string): Promise<string | null> {
    const direct = await this.records.couplings.byCrm(M.SALESQUOTE_QUOTE, quoteId);
    if (direct) return direct.erpId;
    const quote = (await this.records.crm.read('Quote', [quoteId])).get(quoteId);
    if (!quote) return null;
    const revisions = await this.records.crm.findBy('Quote', 'quoteNumber', [quote.quoteNumber]);
    const couplings = await this.records.couplings.many(
      M.SALESQUOTE_QUOTE,
      'crmId',
      revisions.map((r) => String(r.id)),
    );
    return [...couplings.values()][0]?.erpId ?? null;
  }

  /**
   * "Process in ERP": an ACTIVE or WON quote becomes an ERP sales quote. The same revision again
   * changes nothing; a new revision archives the ERP quote (next version) and overwrites it in place.
   */
  processQuote(crmQuoteId: string): Promise<{ no: string }> {
    return this.counted('quote', () => this.processQuoteOnce(crmQuoteId));
  }

  private async processQuoteOnce(crmQuoteId: string): Promise<{ no: string }> {
    const quote = await this.crmRecord('Quote', crmQuoteId, 'crmQuoteId');
    if (quote.state !== QuoteState.ACTIVE && quote.state !== QuoteState.WON) {
      throw invalidState(`Quote ${String(quote.quoteNumber)} revision ${String(quote.revisionNumber)} is ${String(quote.state)}; only an ACTIVE or WON quote can be processed`);
    }
    const existing = await this.records.couplings.byCrm(M.SALESQUOTE_QUOTE, crmQuoteId);
    const stalled = this.isStalled(existing) ? existing : null;
    if (stalled) return this.resumeQuote(quote, stalled);
    const same = await this.records.couplings.settled(M.SALESQUOTE_QUOTE, crmQuoteId);
    if (same) {
      // The revision was claimed, but its run may have stopped before the ERP quote was overwritten: finish that (once, see the writer).
      const held = (await this.records.erp.read('SalesQuote', [same.erpId])).get(same.erpId)?.crmQuoteId;
      if (held != null && held !== crmQuoteId) {
        const { header, lines } = await this.quoteContent(quote);
        await this.port.archiveAndReplaceQuote(same.erpId, header, lines);
      }
      // Processed before (maybe while ACTIVE): a WON quote still yields the ERP order of its submitted order.
      if (quote.state === QuoteState.WON) await this.convertWonOrders(crmQuoteId);
      return { no: same.erpId };
    }
    const { header, lines } = await this.quoteContent(quote);
    const previous = await this.pairing.otherRevisionCoupling(quote);
    let no: string;
    if (previous) {
      no = previous.erpId;
      // Claim the ERP quote for this revision first, conditionally: of concurrent callers one moves
      // the coupling and archives; the others find it moved and change nothing.
      const oldCrmId = previous.crmId;
      if (!(await this.records.couplings.moveCrm(previous.id, oldCrmId, crmQuoteId))) return { no };
      try {
        await this.port.archiveAndReplaceQuote(no, header, lines);
      } catch (error) {
        await this.records.couplings.moveCrm(previous.id, crmQuoteId, oldCrmId);
        throw error;
      }
    } else {
      try {
        // Uncoupled since it was processed: the ERP quote it became still names its quote number.
        await this.pairing.refuseSecond(M.SALESQUOTE_QUOTE, quote);
        no = await this.port.nextQuoteNo();
        await this.coupleAndWrite(M.SALESQUOTE_QUOTE, no, quote, () => this.port.createQuote(no, header, lines));
      } catch (error) {
        // Another caller is creating the same quote: answer its quote once it is written.
        const raced = (error as TandemError).code === ErrorCode.ALREADY_COUPLED ? await this.records.couplings.settled(M.SALESQUOTE_QUOTE, crmQuoteId) : null;
        if (raced) return { no: raced.erpId };
        throw error;
      }
    }
    if (quote.state === QuoteState.WON) await this.convertWonOrders(crmQuoteId);
    return { no };
  }

  /** The ERP quote header and lines a CRM quote revision makes (dependencies checked). */
  private async quoteContent(quote: SyncRecord): Promise<{ header: SalesQuoteHeaderInput; lines: SalesLineInput[] }> {
    const refs = this.refs();
    const customerNo = await this.customerOf(String(quote.customerId), refs, 'sales quote');
    const account = (await this.records.crm.read('Account', [String(quote.customerId)])).get(String(quote.customerId));
    // The quote is in its account's currency, which must be coupled (never silently the local currency).
    const currencyCode = account ? await this.currencyOf(account.transactionCurrencyId, refs) : null;
    const lines = await erpLinesFor(this.records, this.port, await this.records.crm.findBy('QuoteLine', 'quoteId', [String(quote.id)]), refs);
    const header = {
      sellToCustomerNo: customerNo,
      externalDocumentNo: String(quote.name).slice(0, EXTERNAL_NO_LENGTH),
      quoteValidUntil: (quote.effectiveTo as string | null) ?? null,
      currencyCode,
      crmQuoteNumber: String(quote.quoteNumber),
      crmQuoteId: String(quote.id),
    };
    return { header, lines };
  }

  /** Completes the first processing of a quote revision whose run stopped between the coupling and the ERP quote. */
  private async resumeQuote(quote: SyncRecord, stalled: Coupling): Promise<{ no: string }> {
    const made = await this.pairing.existing(M.SALESQUOTE_QUOTE, quote);
    if (String(made?.no) === stalled.erpId) await this.confirm(M.SALESQUOTE_QUOTE, stalled);
    else {
      try {
        await this.pairing.refuseSecond(M.SALESQUOTE_QUOTE, quote);
        const { header, lines } = await this.quoteContent(quote);
        await this.coupleAndWrite(M.SALESQUOTE_QUOTE, stalled.erpId, quote, () => this.port.createQuote(stalled.erpId, header, lines), stalled);
      } catch (error) {
        if (!(await this.pairing.existing(M.SALESQUOTE_QUOTE, quote).catch(() => null))) await this.records.couplings.delete([stalled.id]).catch(() => undefined);
        throw error;
      }
    }
    if (quote.state === QuoteState.WON) await this.convertWonOrders(String(quote.id));
    return { no: stalled.erpId };
  }

  /** A won quote's order, once SUBMITTED, also becomes an ERP order (with quoteNo set). */
  private async convertWonOrders(quoteId: string): Promise<void> {
    for (const order of await this.records.crm.findBy('Order', 'quoteId', [quoteId])) {
      if (order.state !== OrderState.SUBMITTED || (await this.records.couplings.byCrm(M.SALESORDER_ORDER, String(order.id)))) continue;
      await this.convertOrder(String(order.id)).catch((e) => this.log?.warn({ err: e, order: order.id }, "could not convert the won quote's order"));
    }
  }

  /**
   * The scheduled document flows: every SUBMITTED order not yet converted (autoCreateSalesOrders)
   * and every ACTIVE or WON quote revision not yet processed (autoProcessQuotes). Each pass is
   * recorded as a job; documents that fail stay for the next interval.
   */
  async runAutomatic(setup: { autoCreateSalesOrders: boolean; autoProcessQuotes: boolean }): Promise<void> {
    if (setup.autoProcessQuotes) {
      const quotes = await this.records.crm.findBy('Quote', 'state', [QuoteState.ACTIVE, QuoteState.WON]);
      await this.runBatch(M.SALESQUOTE_QUOTE, quotes, (q) => this.processQuote(String(q.id)));
    }
    if (setup.autoCreateSalesOrders) {
      const orders = await this.records.crm.findBy('Order', 'state', [OrderState.SUBMITTED]);
      await this.runBatch(M.SALESORDER_ORDER, orders, (o) => this.convertOrder(String(o.id)));
    }
  }

  private async runBatch(mapping: M, candidates: SyncRecord[], work: (r: SyncRecord) => Promise<unknown>): Promise<void> {
    const coupled = await this.records.couplings.many(
      mapping,
      'crmId',
      candidates.map((c) => String(c.id)),
    );
    // A stalled conversion's pending coupling does not count: this run completes it.
    const uncoupled = candidates.filter((c) => {
      const c0 = coupled.get(String(c.id));
      return !c0 || this.isStalled(c0);
    });
    // Documents uncoupled after they became ERP documents are left alone (not refused again every interval).
    const done = await this.pairing.uncoupledOrigins(mapping as M.SALESORDER_ORDER | M.SALESQUOTE_QUOTE, uncoupled);
    const todo = uncoupled.filter((c) => !done.has(String(c.id)));
    if (todo.length === 0) return;
    const job = await this.recorder.start({ mapping, direction: SyncDirection.FROM_CRM, type: SyncJobType.SINGLE, total: todo.length, params: { automatic: true } });
    for (const record of todo) {
      try {
        await work(record);
        job.inserted++;
      } catch (error) {
        if ((error as TandemError).code === ErrorCode.ALREADY_COUPLED) job.unchanged++;
        else {
          job.failed++;
          await this.recorder.error(job, { crmId: String(record.id) }, (error as Error).message);
        }
      }
      job.processed++;
    }
    await this.recorder.finish(job, SyncJobStatus.SUCCEEDED, `${job.inserted} created, ${job.failed} failed`);
  }

  /** Mirrors an ERP order's progress into its CRM order: timeline posts, state, and the mapped header fields. */
  async onErpOrderEvent(event: SalesOrderEvent): Promise<void> {
    const coupling = await this.records.couplings.byErp(M.SALESORDER_ORDER, event.no);
    if (!coupling) return;
    const before = (await this.records.crm.read('Order', [coupling.crmId])).get(coupling.crmId);
    const text = event.kind === 'updated' ? null : TIMELINE[event.kind];
    const posts = text ? [text] : [];
    const state = event.kind === 'invoiced' && event.fullyInvoiced ? OrderState.INVOICED : event.kind === 'shipped' && event.fullyShipped ? OrderState.FULFILLED : null;
    const canceled = before?.state === OrderState.CANCELED;
    // A canceled CRM order is never revived by the back office, and no state moves backwards (INVOICED stays INVOICED).
    if (text && canceled) posts.push(canceledNote(event.kind as keyof typeof TIMELINE, event.no));
    for (const post of posts) await this.records.crm.create('Post', [{ key: this.ids.uuid(), fields: { regardingId: coupling.crmId, text: post } }]);
    if (state && before && !canceled && ORDER_PROGRESS.indexOf(state) > ORDER_PROGRESS.indexOf(String(before.state))) {
      await this.records.crm.update('Order', [{ key: coupling.crmId, fields: { state } }]);
    }
    const ctx = await this.records.context(M.SALESORDER_ORDER);
    const erp = (await this.records.erp.read('SalesOrder', [coupling.erpId])).get(coupling.erpId);
    const crm = (await this.records.crm.read('Order', [coupling.crmId])).get(coupling.crmId);
    if (erp && crm) await this.records.overwrite(ctx, coupling, SyncDirection.TO_CRM, erp, crm, this.refs(), null);
  }

  /** Follows the ERP's order events on the bus until the returned function is called. */
  listen(bus: EventBus): () => void {
    const events = bus.subscribe(ERP_ORDER_EVENTS);
    void (async () => {
      for await (const event of events) {
        // With a shared bus every process hears the event: the one whose ERP published it mirrors it, once.
        if (event.origin && event.origin !== PROCESS_ID) continue;
        await this.onErpOrderEvent(event).catch((e) => this.log?.error({ err: e, event }, 'could not mirror an ERP order event into the CRM'));
      }
    })();
    return () => void events.return?.();
  }
}
