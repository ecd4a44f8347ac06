import { ErrorCode, TandemError } from '../../../shared/errors';
import type { ErpDocumentPort } from '../../documents/erp-document.port';
import type { SalesLineInput } from '../../../erp/sales-document-writer.service';
import { RecordConnector } from '../record-connector';
import { RemoteGraphQL, RemoteUnavailableError } from './remote-graphql';

const WRITE =
  'mutation($kind: String!, $no: String!, $header: JSONObject!, $lines: [JSONObject!]!) { erpWriteSalesDocument(kind: $kind, no: $no, header: $header, lines: $lines) }';

/**
 * The ERP document operations over a remote ERP subgraph. A document is written under a number
 * taken beforehand, so a write whose answer was lost is recognised on its retry (CONFLICT, and the
 * document is there under its number) instead of making a second one.
 */
export function graphqlErpDocuments(remote: RemoteGraphQL, records: RecordConnector): ErpDocumentPort {
  const nextNo = async (kind: 'ORDER' | 'QUOTE') => (await remote.once<{ n: string }>('mutation($kind: String!) { n: erpNextSalesDocumentNo(kind: $kind) }', { kind })).n;
  const write = async (kind: 'ORDER' | 'QUOTE' | 'QUOTE_REVISION', no: string, header: object, lines: SalesLineInput[]) => {
    const table = kind === 'ORDER' ? 'SalesOrder' : 'SalesQuote';
    let unsure = false;
    for (let attempt = 1, deadline = Date.now() + 15_000; ; attempt++) {
      try {
        return await remote.once(WRITE, { kind, no, header, lines });
      } catch (error) {
        // A new document already there under its number after a lost answer: it is this one (the number was taken for it).
        if (unsure && kind !== 'QUOTE_REVISION' && error instanceof TandemError && error.code === ErrorCode.CONFLICT && (await records.read(table, [no])).has(no)) return no;
        if (!(error instanceof RemoteUnavailableError) || Date.now() >= deadline) throw error;
        unsure = true;
        await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** (attempt - 1), 5000)));
      }
    }
  };
  return {
    writeInProduct: async () => (await remote.idempotent<{ w: { type: 'ITEM' | 'RESOURCE'; no: string } | null }>('query { w: erpWriteInProduct }', {})).w,
    nextOrderNo: () => nextNo('ORDER'),
    nextQuoteNo: () => nextNo('QUOTE'),
    createOrder: (no, header, lines) => write('ORDER', no, header, lines),
    createQuote: (no, header, lines) => write('QUOTE', no, header, lines),
    archiveAndReplaceQuote: (no, header, lines) => write('QUOTE_REVISION', no, header, lines),
  };
}
