import { ObjectLiteral, Repository } from 'typeorm';
import { IdGenerator } from '../shared/clock';
import { DocumentLineFields } from './document-line.entity';

/** A document line ready to be stored under an order or a quote (ids and numbers come at write time). */
export interface PricedLine {
  productId: string | null;
  isWriteIn: boolean;
  productDescription: string | null;
  quantity: string;
  unitId: string | null;
  pricePerUnit: string;
  manualDiscountAmount: string;
  extendedAmount: string;
}

/** Priced lines and their total (the document's totalAmount). */
export interface PricedLines {
  lines: PricedLine[];
  totalAmount: string;
}

/** Rows inserted per statement: keeps far below the bound-parameter limits of both drivers. */
const INSERT_CHUNK = 100;

/** The priced part of a stored line, to copy it onto another document (revision, won quote → order). */
export function copyLine(line: DocumentLineFields): PricedLine {
  return {
    productId: line.productId,
    isWriteIn: line.isWriteIn,
    productDescription: line.productDescription,
    quantity: line.quantity,
    unitId: line.unitId,
    pricePerUnit: line.pricePerUnit,
    manualDiscountAmount: line.manualDiscountAmount,
    extendedAmount: line.extendedAmount,
  };
}

/**
 * Inserts lines under a parent document, with new ids and numbered 1, 2, 3... in the given
 * order, inside the caller's transaction.
 */
export async function insertLines<T extends ObjectLiteral, P extends object>(repo: Repository<T>, ids: IdGenerator, lines: PricedLine[], parent: P): Promise<void> {
  const rows = lines.map((line, i) => ({ id: ids.uuid(), lineNumber: i + 1, ...line, ...parent }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await repo.insert(rows.slice(i, i + INSERT_CHUNK) as never);
  }
}
