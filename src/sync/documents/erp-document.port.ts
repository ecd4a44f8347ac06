import type { SalesLineInput, SalesOrderHeaderInput, SalesQuoteHeaderInput } from '../../erp/sales-document-writer.service';
import type { ErpServices } from '../../erp/erp.services';

/** The ERP document operations the lead-to-cash flows need (a remote ERP implements the same). */
export interface ErpDocumentPort {
  writeInProduct(): Promise<{ type: 'ITEM' | 'RESOURCE'; no: string } | null>;
  nextOrderNo(): Promise<string>;
  nextQuoteNo(): Promise<string>;
  createOrder(no: string, header: SalesOrderHeaderInput, lines: SalesLineInput[]): Promise<unknown>;
  createQuote(no: string, header: SalesQuoteHeaderInput, lines: SalesLineInput[]): Promise<unknown>;
  archiveAndReplaceQuote(no: string, header: SalesQuoteHeaderInput, lines: SalesLineInput[]): Promise<unknown>;
}

/** The embedded ERP: its own services, in process. */
export function inProcessErpDocuments(erp: ErpServices): ErpDocumentPort {
  return {
    writeInProduct: async () => {
      const setup = await erp.salesSetup.get();
      return setup.writeInProductType && setup.writeInProductNo ? { type: setup.writeInProductType, no: setup.writeInProductNo } : null;
    },
    nextOrderNo: () => erp.documentWriter.nextOrderNo(),
    nextQuoteNo: () => erp.documentWriter.nextQuoteNo(),
    createOrder: (no, header, lines) => erp.documentWriter.createOrder(no, header, lines),
    createQuote: (no, header, lines) => erp.documentWriter.createQuote(no, header, lines),
    archiveAndReplaceQuote: (no, header, lines) => erp.documentWriter.archiveAndReplaceQuote(no, header, lines),
  };
}
