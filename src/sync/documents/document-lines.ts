import { ErrorCode, invalidState, TandemError } from '../../shared/errors';
import { SalesLineType } from '../../erp/sales-line.entity';
import type { SalesLineInput } from '../../erp/sales-document-writer.service';
import { TableMappingName as M } from '../enums';
import { RecordSync } from '../engine/record-sync';
import { CouplingReferenceResolver } from '../engine/reference-resolver';
import { dependencyError } from '../engine/dependency';
import { SyncRecord } from '../engine/tables';
import { ErpDocumentPort } from './erp-document.port';

/** Longest description of an ERP sales line (the rest goes on COMMENT lines). */
export const LINE_DESCRIPTION_LENGTH = 100;

/**
 * Splits a description into pieces of at most 100 characters (the first for the line, the rest
 * for COMMENT lines). Characters are code points, so no emoji or other astral character is cut in two.
 */
export function splitDescription(text: string): string[] {
  const chars = Array.from(text);
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += LINE_DESCRIPTION_LENGTH) parts.push(chars.slice(i, i + LINE_DESCRIPTION_LENGTH).join(''));
  return parts.length ? parts : [''];
}

/**
 * Turns CRM document lines into ERP sales lines: a catalogue product becomes an ITEM line of its
 * coupled item or a RESOURCE line of its coupled resource; a write-in line becomes a line of the
 * setup's write-in product; a long description continues on COMMENT lines right after its line.
 * Quantities, prices and discounts are carried exactly.
 */
export async function erpLinesFor(records: RecordSync, port: ErpDocumentPort, crmLines: SyncRecord[], refs: CouplingReferenceResolver): Promise<SalesLineInput[]> {
  const sorted = [...crmLines].sort((a, b) => Number(a.lineNumber) - Number(b.lineNumber));
  const productIds = sorted.map((l) => l.productId).filter((id): id is string => typeof id === 'string');
  const products = await records.crm.read('Product', productIds);
  await refs.preload(M.ITEM_PRODUCT, 'crmId', productIds);
  await refs.preload(M.RESOURCE_PRODUCT, 'crmId', productIds);
  const writeIn = sorted.some((l) => l.isWriteIn || !l.productId) ? await port.writeInProduct() : null;
  const out: SalesLineInput[] = [];
  for (const line of sorted) {
    let type: SalesLineType;
    let no: string;
    let text: string;
    if (line.isWriteIn || !line.productId) {
      if (!writeIn) {
        throw new TandemError(
          ErrorCode.WRITE_IN_PRODUCT_NOT_SET,
          'Set writeInProductType and writeInProductNo in the sales setup (updateSalesSetup) before converting write-in lines',
        );
      }
      type = writeIn.type === 'ITEM' ? SalesLineType.ITEM : SalesLineType.RESOURCE;
      no = writeIn.no;
      text = String(line.productDescription ?? '');
    } else {
      const productId = String(line.productId);
      const item = await refs.crmToErp(M.ITEM_PRODUCT, productId);
      const resource = item ? null : await refs.crmToErp(M.RESOURCE_PRODUCT, productId);
      if (!item && !resource)
        throw dependencyError([{ mapping: M.ITEM_PRODUCT, side: 'crm', key: productId, label: (await refs.labelOf(M.ITEM_PRODUCT, 'crm', productId)) ?? undefined }]);
      type = item ? SalesLineType.ITEM : SalesLineType.RESOURCE;
      no = (item ?? resource)!;
      text = String(line.productDescription || products.get(productId)?.name || no);
    }
    const erpRecord = (await records.erp.read(type === SalesLineType.ITEM ? 'Item' : 'Resource', [no])).get(no);
    // As in Business Central, a blocked item or resource is not sold on a new document.
    if (erpRecord?.blocked)
      throw invalidState(`Line ${String(line.lineNumber)}: ${type === SalesLineType.ITEM ? 'Item' : 'Resource'} ${no} is blocked in the ERP and cannot be sold`);
    const [first, ...rest] = splitDescription(text);
    out.push({
      type,
      no,
      description: first,
      quantity: String(line.quantity),
      unitOfMeasureCode: (erpRecord?.baseUnitOfMeasureCode as string | undefined) ?? null,
      unitPrice: String(line.pricePerUnit),
      lineDiscountAmount: String(line.manualDiscountAmount),
    });
    for (const piece of rest) {
      out.push({ type: SalesLineType.COMMENT, no: null, description: piece, quantity: '0', unitOfMeasureCode: null, unitPrice: '0', lineDiscountAmount: '0' });
    }
  }
  return out;
}
