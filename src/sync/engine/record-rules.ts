import { Dec } from '../../shared/decimal';
import { invalidState } from '../../shared/errors';
import { TableMappingName as M } from '../enums';
import { RecordConnector } from '../connectors/record-connector';
import type { MissingDependency, ReferenceResolver } from './references';
import { SyncRecord } from './tables';

/** What a rule may look at: couplings (through the resolver) and both stores. */
export interface RuleEnv {
  refs: ReferenceResolver;
  erp: RecordConnector;
  crm: RecordConnector;
}

/**
 * Rules a mapping's records must meet beyond their field mappings: Business Central's table
 * filters and the checks its integration makes before it writes into Dynamics 365 Sales.
 * They apply to records going to the CRM (the direction every mapping with rules has). A mapping
 * names its rules in its registry entry (mappings/registry/).
 */
export interface RecordRule {
  /** Why an ERP record stays outside the mapping (never synchronized), or null. */
  excluded?(erp: SyncRecord): string | null;
  /** Checks the values about to be written into the CRM: answers more missing dependencies; throws INVALID_STATE when they cannot be written. */
  check?(erp: SyncRecord, values: SyncRecord, env: RuleEnv): Promise<MissingDependency[]>;
  /** Values a CRM record created from `erp` gets that no field mapping carries. */
  createValues?(erp: SyncRecord, env: RuleEnv): Promise<{ values: SyncRecord; missing: MissingDependency[] }>;
}

const currencyName = (code: unknown) => (code == null || code === '' ? 'the local currency' : String(code));

/** The CRM transaction currency of an ERP currency code: null for the local currency, undefined when not coupled. */
async function crmCurrency(code: unknown, refs: ReferenceResolver): Promise<string | null | undefined> {
  if (code == null || code === '') return null;
  return (await refs.erpToCrm(M.CURRENCY, String(code))) ?? undefined;
}

/** Price lists and currency codes read while checking one chunk of prices (one read per list). */
const listCache = new WeakMap<ReferenceResolver, Map<string, Promise<{ name: string; currencyId: string | null; currencyCode: string | null } | null>>>();

function priceList(id: string, env: RuleEnv) {
  let byId = listCache.get(env.refs);
  if (!byId) listCache.set(env.refs, (byId = new Map()));
  let found = byId.get(id);
  if (!found) {
    found = (async () => {
      const list = (await env.crm.read('PriceList', [id])).get(id);
      if (!list) return null;
      const currencyId = (list.transactionCurrencyId as string | null) ?? null;
      const currency = currencyId ? (await env.crm.read('TransactionCurrency', [currencyId])).get(currencyId) : null;
      return { name: String(list.name), currencyId, currencyCode: currency ? String(currency.isoCurrencyCode) : currencyId };
    })();
    byId.set(id, found);
  }
  return found;
}

/**
 * A sales price reaches the CRM only when it is unconditional (minimum quantity 0: a price list
 * item has no minimum quantity, so BC's mapping filters the others out) and only onto a price
 * list of its own currency (its currency coupled first).
 */
export const SALES_PRICE_RULES: RecordRule = {
  excluded(price) {
    if (new Dec(String(price.minimumQuantity ?? '0')).lte(0)) return null;
    return (
      `SalesPrice ${String(price.id)} (${String(price.itemNo ?? price.resourceNo)}) has minimum quantity ${new Dec(String(price.minimumQuantity)).toFixed()}: ` +
      'a CRM price list item has no minimum quantity, so only prices with minimum quantity 0 are synchronized (the ERP still applies it to its own sales lines)'
    );
  },

  async check(price, values, env) {
    const currencyId = await crmCurrency(price.currencyCode, env.refs);
    if (currencyId === undefined) return [{ mapping: M.CURRENCY, side: 'erp', key: String(price.currencyCode) }];
    if (typeof values.priceListId !== 'string') return [];
    const list = await priceList(values.priceListId, env);
    if (!list || list.currencyId === currencyId) return [];
    throw invalidState(
      `SalesPrice ${String(price.id)} (${String(price.itemNo ?? price.resourceNo)}, group ${String(price.customerPriceGroupCode)}) is in ${currencyName(price.currencyCode)}, ` +
        `but price list ${list.name} is in ${currencyName(list.currencyCode)}: a price list holds prices of its own currency only; ` +
        `put the ${currencyName(price.currencyCode)} prices in a customer price group whose price list is in that currency`,
    );
  },
};

/**
 * A price list made from a customer price group is in the currency of the group's prices when they
 * all share one (as Business Central sets the CRM price list's currency from its prices); otherwise
 * in the local currency, and prices of other currencies are refused one by one.
 */
export const CUSTOMER_PRICE_GROUP_RULES: RecordRule = {
  async createValues(group, env) {
    const prices = (await env.erp.findBy('SalesPrice', 'customerPriceGroupCode', [group.code])).filter((p) => !SALES_PRICE_RULES.excluded!(p));
    const codes = [...new Set(prices.map((p) => (p.currencyCode == null || p.currencyCode === '' ? null : String(p.currencyCode))))];
    if (codes.length !== 1 || codes[0] == null) return { values: {}, missing: [] };
    const currencyId = await crmCurrency(codes[0], env.refs);
    if (currencyId === undefined) return { values: {}, missing: [{ mapping: M.CURRENCY, side: 'erp', key: codes[0] }] };
    return { values: { transactionCurrencyId: currencyId }, missing: [] };
  },
};
