import type { ErpDocumentPort } from '../../documents/erp-document.port';
import type { SalesLineInput } from '../../../erp/sales-document-writer.service';
import { RecordConnector } from '../record-connector';
import { RemoteGraphQL } from './remote-graphql';

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
    // A new document already there under its number after a lost answer is this one (the number was taken for it);
    // a revision is never CONFLICT (the same revision again changes nothing).
    await remote.write(WRITE, { kind, no, header, lines }, async () => kind !== 'QUOTE_REVISION' && (await records.read(table, [no])).has(no));
    return no;
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
