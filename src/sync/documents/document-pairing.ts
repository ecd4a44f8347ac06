import { Coupling } from '../coupling.entity';
import { badInput, ErrorCode, invalidState, TandemError } from '../../shared/errors';
import { isDuplicateKeyError } from '../../shared/repository';
import { OrderState, QuoteState } from '../../crm/states';
import { TableMappingName as M } from '../enums';
import { RecordSync } from '../engine/record-sync';
import { CouplingReferenceResolver } from '../engine/reference-resolver';
import { dependencyError } from '../engine/dependency';
import { SyncRecord } from '../engine/tables';

/** CRM order states an ERP order can belong to: submitted to the back office, or further on. */
const COUPLABLE_ORDER_STATES: readonly string[] = [OrderState.SUBMITTED, OrderState.FULFILLED, OrderState.INVOICED];
/** CRM quote states an ERP quote can belong to (the states processQuote accepts). */
const COUPLABLE_QUOTE_STATES: readonly string[] = [QuoteState.ACTIVE, QuoteState.WON];

/** The ERP field that remembers which CRM document an ERP document was made from. */
export const ORIGIN = {
  [M.SALESORDER_ORDER]: { erpTable: 'SalesOrder', field: 'crmOrderId', of: (crm: SyncRecord) => String(crm.id) },
  [M.SALESQUOTE_QUOTE]: { erpTable: 'SalesQuote', field: 'crmQuoteNumber', of: (crm: SyncRecord) => String(crm.quoteNumber) },
} as const;

/** The mappings of lead-to-cash documents. */
export type DocumentMapping = M.SALESORDER_ORDER | M.SALESQUOTE_QUOTE;

const isDocument = (m: M): m is DocumentMapping => m === M.SALESORDER_ORDER || m === M.SALESQUOTE_QUOTE;

/**
 * The rules that keep one CRM document to at most one ERP document, whatever the path: the ERP
 * document keeps the CRM document it came from (crmOrderId, crmQuoteNumber: unique columns that
 * outlive uncoupling), conversion finds an earlier ERP document by it, and a manual couple
 * checks that the two documents belong together (state, customer ↔ account, currency, origin).
 */
export class DocumentPairing {
  constructor(private readonly records: RecordSync) {}

  private refs(): CouplingReferenceResolver {
    return new CouplingReferenceResolver(this.records.couplings.dataSource, this.records.crm);
  }

  /** The ERP document already made from this CRM document (coupled or not), if any. */
  async existing(mapping: DocumentMapping, crm: SyncRecord): Promise<SyncRecord | null> {
    const origin = ORIGIN[mapping];
    const [found] = await this.records.erp.findBy(origin.erpTable, origin.field, [origin.of(crm)]);
    return found ?? null;
  }

  /**
   * Of these uncoupled CRM documents, the ids of those that already became an ERP document which is
   * not coupled any more (a quote: no revision of it is coupled to its ERP quote).
   */
  async uncoupledOrigins(mapping: DocumentMapping, crm: SyncRecord[]): Promise<Set<string>> {
    if (crm.length === 0) return new Set();
    const origin = ORIGIN[mapping];
    const erp = await this.records.erp.findBy(origin.erpTable, origin.field, [...new Set(crm.map((c) => origin.of(c)))]);
    const coupled = await this.records.couplings.many(
      mapping,
      'erpId',
      erp.map((e) => String(e.no)),
    );
    const loose = new Set(erp.filter((e) => !coupled.has(String(e.no))).map((e) => String(e[origin.field])));
    return new Set(crm.filter((c) => loose.has(origin.of(c))).map((c) => String(c.id)));
  }

  /**
   * ALREADY_COUPLED when this CRM document already became an ERP document that is no longer
   * coupled to it (after uncouple): conversion never makes a second one; couple them again instead.
   */
  async refuseSecond(mapping: DocumentMapping, crm: SyncRecord): Promise<void> {
    const found = await this.existing(mapping, crm);
    if (!found) return;
    const [what, erpWhat, label] = mapping === M.SALESORDER_ORDER ? ['Order', 'sales order', String(crm.orderNumber)] : ['Quote', 'sales quote', String(crm.quoteNumber)];
    throw new TandemError(
      ErrorCode.ALREADY_COUPLED,
      `${what} ${label} was already created in the ERP as ${erpWhat} ${String(found.no)}, which is no longer coupled to it; ` +
        `couple them again (couple with mapping ${mapping}) instead of creating a second ${erpWhat}`,
      { [mapping === M.SALESORDER_ORDER ? 'salesOrderNo' : 'salesQuoteNo']: String(found.no) },
    );
  }

  /** Refuses, before anything is written, a manual couple of two documents that do not belong together. */
  async checkCouple(mapping: M, erp: SyncRecord, crm: SyncRecord): Promise<void> {
    if (!isDocument(mapping)) return;
    const order = mapping === M.SALESORDER_ORDER;
    const crmName = order ? `Order ${String(crm.orderNumber)}` : `Quote ${String(crm.quoteNumber)} revision ${String(crm.revisionNumber)}`;
    const erpName = `${order ? 'Sales order' : 'Sales quote'} ${String(erp.no)}`;
    const states = order ? COUPLABLE_ORDER_STATES : COUPLABLE_QUOTE_STATES;
    if (!states.includes(String(crm.state))) {
      throw invalidState(`${crmName} is ${String(crm.state)}; only ${states.join(', ')} ${order ? 'orders' : 'quotes'} can be coupled to an ERP document`);
    }
    const origin = ORIGIN[mapping];
    const from = erp[origin.field];
    if (from != null && from !== origin.of(crm)) {
      throw badInput(`${erpName} was made from another CRM ${order ? 'order' : 'quote'} (${String(from)}), not from ${crmName}`);
    }
    const other = await this.existing(mapping, crm);
    if (other && other.no !== erp.no) {
      throw new TandemError(
        ErrorCode.ALREADY_COUPLED,
        `${crmName} was already created in the ERP as ${order ? 'sales order' : 'sales quote'} ${String(other.no)}; couple that one`,
        {
          [order ? 'salesOrderNo' : 'salesQuoteNo']: String(other.no),
        },
      );
    }
    if (!order) await this.refuseOtherRevision(crm, crmName);
    const refs = this.refs();
    const accountId = String(crm.customerId);
    const customerNo = await refs.crmToErp(M.CUSTOMER, accountId);
    const account = (await this.records.crm.read('Account', [accountId])).get(accountId);
    if (!customerNo) throw dependencyError([{ mapping: M.CUSTOMER, side: 'crm', key: accountId, label: account ? String(account.name) : undefined }]);
    if (customerNo !== erp.sellToCustomerNo) {
      throw badInput(
        `${erpName} is for customer ${String(erp.sellToCustomerNo)}, but ${crmName} is for account ${String(account?.name ?? accountId)}, which is coupled to customer ${customerNo}`,
      );
    }
    // An order carries its own currency; a quote is in its account's currency.
    const currencyId = order ? (crm.transactionCurrencyId ?? account?.transactionCurrencyId) : account?.transactionCurrencyId;
    const currencyCode = typeof currencyId === 'string' ? await refs.crmToErp(M.CURRENCY, currencyId) : null;
    if (typeof currencyId === 'string' && !currencyCode) throw dependencyError([{ mapping: M.CURRENCY, side: 'crm', key: currencyId }]);
    if ((currencyCode ?? null) !== (erp.currencyCode ?? null)) {
      const name = (code: unknown) => (code == null ? 'the local currency' : String(code));
      throw badInput(`${erpName} is in ${name(erp.currencyCode)}, but ${crmName} is in ${name(currencyCode)}`);
    }
  }

  /** A quote number yields one ERP quote: another revision already coupled to an ERP quote refuses a second one. */
  /** The coupling of another revision of this CRM quote (the same quote number), if one is coupled. */
  async otherRevisionCoupling(quote: SyncRecord): Promise<Coupling | undefined> {
    const revisions = (await this.records.crm.findBy('Quote', 'quoteNumber', [quote.quoteNumber])).filter((r) => r.id !== quote.id);
    const coupled = await this.records.couplings.many(
      M.SALESQUOTE_QUOTE,
      'crmId',
      revisions.map((r) => String(r.id)),
    );
    return [...coupled.values()][0];
  }

  private async refuseOtherRevision(crm: SyncRecord, crmName: string): Promise<void> {
    const coupled = await this.otherRevisionCoupling(crm);
    if (coupled) {
      throw new TandemError(
        ErrorCode.ALREADY_COUPLED,
        `${crmName}: another revision of the quote is coupled to sales quote ${coupled.erpId}; processQuote moves it to this revision`,
        {
          salesQuoteNo: coupled.erpId,
        },
      );
    }
  }

  /** After a manual couple: the ERP document remembers its CRM document (the unique column refuses a race). */
  async link(mapping: M, erp: SyncRecord, crm: SyncRecord): Promise<void> {
    if (!isDocument(mapping)) return;
    const origin = ORIGIN[mapping];
    if (erp[origin.field] != null) return;
    try {
      await this.records.erp.update(origin.erpTable, [{ key: String(erp.no), fields: { [origin.field]: origin.of(crm) } }]);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      throw new TandemError(ErrorCode.ALREADY_COUPLED, `Another ERP document was made from this CRM document meanwhile; ${String(erp.no)} was not coupled`);
    }
  }
}
