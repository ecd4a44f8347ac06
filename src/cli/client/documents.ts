import { Command, Option } from 'commander';
import { CliConvertOrderDocument, CliOrdersDocument, CliProcessQuoteDocument, CliQuotesDocument, OrderState, QuoteState } from '../../client/generated';
import { oneOf, positiveInt } from './args';
import { clientCommand } from './command';
import { Api } from './connection';
import { CliError, ExitCode } from './exit-codes';
import { emit, table } from './output';

/** What one conversion gave: the ERP document, or the error that refused it. */
interface Outcome {
  id: string;
  no?: string;
  error?: { code: string; message: string };
}

/** Runs `one` for each id, going on after a refusal; the exit code is the first refusal's. */
async function each(ids: string[], one: (id: string) => Promise<string>): Promise<{ outcomes: Outcome[]; exit: ExitCode }> {
  const outcomes: Outcome[] = [];
  let exit = ExitCode.OK;
  for (const id of ids) {
    try {
      outcomes.push({ id, no: await one(id) });
    } catch (error) {
      if (!(error instanceof CliError) || error.exitCode === ExitCode.UNREACHABLE || error.exitCode === ExitCode.AUTH) throw error;
      outcomes.push({ id, error: { code: error.code, message: error.message } });
      if (exit === ExitCode.OK) exit = error.exitCode;
      process.stderr.write(`${error.code}: ${id}: ${error.message}\n`);
    }
  }
  return { outcomes, exit };
}

const showOutcomes = (what: string) => (v: Outcome[]) => v.map((o) => (o.no ? `${o.id} -> ${what} ${o.no}` : `${o.id} refused: ${o.error!.code}`)).join('\n') || 'nothing to do';

/** Every SUBMITTED CRM order not made into an ERP sales order yet (all pages). */
async function submittedUnconverted(api: Api): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { orders }: { orders: { nodes: Array<{ id: string; coupledSalesOrder?: { no: string } | null }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } } =
      await api.request(CliOrdersDocument, { state: 'SUBMITTED', first: 500, after });
    ids.push(...orders.nodes.filter((o) => !o.coupledSalesOrder).map((o) => o.id));
    if (!orders.pageInfo.hasNextPage) return ids;
    after = orders.pageInfo.endCursor ?? null;
  }
}

/** `tandem orders [convert ID...|--all-submitted]` and `tandem quotes [process ID...]`. */
export function registerDocumentCommands(program: Command): void {
  const states = ['ACTIVE', 'SUBMITTED', 'CANCELED', 'FULFILLED', 'INVOICED'] as const;
  const orders = clientCommand<{ state?: OrderState; first: number }>(
    program,
    'orders',
    'CRM orders and the ERP sales orders made of them (convert them with "orders convert")',
    (c) =>
      c.addOption(new Option('--state <state>', `only this state (${states.join(', ')})`).argParser(oneOf(states))).option('--first <n>', 'at most this many', positiveInt, 100),
    async (api, opts) => {
      const { orders: page } = await api.request(CliOrdersDocument, { state: opts.state ?? null, first: opts.first });
      const rows = page.nodes.map((o) => ({ ...o, customer: o.customer?.name, salesOrder: o.coupledSalesOrder?.no }));
      emit(opts.json, page, () => `${table(rows, ['id', 'orderNumber', 'name', 'state', 'totalAmount', 'customer', 'salesOrder'])}\n(${page.nodes.length} of ${page.totalCount})`);
    },
  );
  clientCommand<{ allSubmitted?: boolean }>(
    orders,
    'convert',
    'make SUBMITTED CRM orders into ERP sales orders',
    (c) => c.argument('[ids...]', 'CRM order ids').option('--all-submitted', 'every SUBMITTED order not converted yet'),
    async (api, opts, ids) => {
      const targets = opts.allSubmitted ? await submittedUnconverted(api) : ids;
      if (!opts.allSubmitted && targets.length === 0) throw new CliError('BAD_USER_INPUT', 'name the CRM orders to convert, or use --all-submitted');
      const { outcomes, exit } = await each(targets, async (id) => (await api.request(CliConvertOrderDocument, { crmOrderId: id })).convertOrder.no);
      emit(opts.json, outcomes, showOutcomes('sales order'));
      return exit;
    },
  );

  const quoteStates = ['DRAFT', 'ACTIVE', 'WON', 'CLOSED'] as const;
  const quotes = clientCommand<{ state?: QuoteState; first: number }>(
    program,
    'quotes',
    'CRM quotes and the ERP sales quotes made of them (process them with "quotes process")',
    (c) =>
      c
        .addOption(new Option('--state <state>', `only this state (${quoteStates.join(', ')})`).argParser(oneOf(quoteStates)))
        .option('--first <n>', 'at most this many', positiveInt, 100),
    async (api, opts) => {
      const { quotes: page } = await api.request(CliQuotesDocument, { state: opts.state ?? null, first: opts.first });
      const rows = page.nodes.map((q) => ({ ...q, customer: q.customer?.name, salesQuote: q.coupledSalesQuote?.no }));
      emit(
        opts.json,
        page,
        () => `${table(rows, ['id', 'quoteNumber', 'revisionNumber', 'name', 'state', 'totalAmount', 'customer', 'salesQuote'])}\n(${page.nodes.length} of ${page.totalCount})`,
      );
    },
  );
  clientCommand<object>(
    quotes,
    'process',
    'make ACTIVE or WON CRM quotes into ERP sales quotes',
    (c) => c.argument('<ids...>', 'CRM quote ids'),
    async (api, opts, ids) => {
      const { outcomes, exit } = await each(ids, async (id) => (await api.request(CliProcessQuoteDocument, { crmQuoteId: id })).processQuote.no);
      emit(opts.json, outcomes, showOutcomes('sales quote'));
      return exit;
    },
  );
}
