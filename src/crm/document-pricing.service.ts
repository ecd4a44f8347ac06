import { DataSource, In } from 'typeorm';
import { badInput } from '../shared/errors';
import { Dec, MONEY, checkFits, parseDecimal } from '../shared/decimal';
import { Product } from './product.entity';
import { Unit } from './unit-group.entity';
import { PriceListItem } from './price-list.entity';
import { ProductState } from './states';
import { CRM_LEN } from './lengths';
import { DocumentLineInput } from './document.input';
import { PricedLine, PricedLines } from './document-lines';
import { checkUuid, findByIds } from './reference.service';
import { checkProductUnit } from './product.service';

/** Amounts are rounded to this many places, once, at the end of a line's computation. */
const AMOUNT_PLACES = 2;

/** The records the lines of one document refer to, read up front in one statement per kind. */
interface LineContext {
  products: Map<string, Product>;
  units: Map<string, Unit>;
  listPrices: PriceListItem[];
}

/** A client decimal that fits the money columns and is not negative. */
function money(value: string, field: string): Dec {
  const d = parseDecimal(value, field);
  checkFits(d, MONEY, field);
  if (d.isNegative()) throw badInput(`${field} must not be negative`);
  return d;
}

/**
 * Validates and prices the lines of an order or quote, before anything is written.
 * Price: pricePerUnit when given, else the price list item of (price list, product, unit), else
 * the product's price. extendedAmount = quantity × pricePerUnit − manualDiscountAmount, exact,
 * rounded half-up to 2 places at the end; totalAmount is the sum of the lines.
 */
export class DocumentPricingService {
  constructor(private readonly db: DataSource) {}

  /** Prices `inputs` against `priceListId` (the document's, else the account's default; null: none). */
  async price(inputs: DocumentLineInput[], priceListId: string | null): Promise<PricedLines> {
    const ctx = await this.load(inputs, priceListId);
    const lines = inputs.map((input, i) => this.priceLine(input, `Line ${i + 1}`, ctx));
    const total = lines.reduce((sum, l) => sum.plus(l.extendedAmount), new Dec(0));
    checkFits(total, MONEY, 'totalAmount');
    return { lines, totalAmount: total.toFixed() };
  }

  private async load(inputs: DocumentLineInput[], priceListId: string | null): Promise<LineContext> {
    inputs.forEach((input, i) => {
      if (input.productId != null) checkUuid(input.productId, `Line ${i + 1}: productId`);
      if (input.unitId != null) checkUuid(input.unitId, `Line ${i + 1}: unitId`);
    });
    const productIds = inputs.flatMap((l) => (l.productId != null ? [l.productId] : []));
    const products = await findByIds(this.db, Product, productIds);
    const unitIds = inputs.flatMap((l) => (l.unitId != null ? [l.unitId] : []));
    for (const p of products.values()) if (p.defaultUnitId) unitIds.push(p.defaultUnitId);
    const units = await findByIds(this.db, Unit, unitIds);
    const listPrices = priceListId && products.size > 0 ? await this.db.getRepository(PriceListItem).findBy({ priceListId, productId: In([...products.keys()]) }) : [];
    return { products, units, listPrices };
  }

  private priceLine(input: DocumentLineInput, at: string, ctx: LineContext): PricedLine {
    const quantity = money(input.quantity, `${at}: quantity`);
    if (!quantity.greaterThan(0)) throw badInput(`${at}: quantity must be greater than 0`);
    if (input.unitId != null && !ctx.units.has(input.unitId)) throw badInput(`${at}: Unit ${input.unitId} does not exist`);
    const given = input.pricePerUnit != null ? money(input.pricePerUnit, `${at}: pricePerUnit`) : null;
    const description = input.productDescription ?? null;
    if (description != null && description.length > CRM_LEN.writeInDescription) {
      throw badInput(`${at}: productDescription is longer than ${CRM_LEN.writeInDescription} characters`);
    }

    let price: Dec;
    let unitId = input.unitId ?? null;
    if (input.productId != null) {
      const product = ctx.products.get(input.productId);
      if (!product) throw badInput(`${at}: Product ${input.productId} does not exist`);
      if (product.state !== ProductState.ACTIVE) {
        throw badInput(`${at}: Product ${product.productNumber} is ${product.state}; only an ACTIVE product can be sold`);
      }
      if (unitId != null) checkProductUnit(product, ctx.units.get(unitId)!);
      unitId = unitId ?? product.defaultUnitId;
      price = given ?? this.catalogPrice(product, unitId, ctx, at);
    } else {
      if (description == null || description.trim() === '') throw badInput(`${at}: a write-in line needs a productDescription`);
      if (given == null) throw badInput(`${at}: a write-in line needs a pricePerUnit`);
      price = given;
    }

    const discount = money(input.manualDiscountAmount ?? '0', `${at}: manualDiscountAmount`);
    const gross = quantity.times(price);
    if (discount.greaterThan(gross)) {
      throw badInput(`${at}: manualDiscountAmount ${discount.toFixed()} is more than quantity × pricePerUnit (${gross.toFixed()})`);
    }
    // Exact until here; the amount is rounded once (half-up, as Dec is configured).
    const extended = gross.minus(discount).toDecimalPlaces(AMOUNT_PLACES, Dec.ROUND_HALF_UP);
    checkFits(extended, MONEY, `${at}: extendedAmount`);
    return {
      productId: input.productId ?? null,
      isWriteIn: input.productId == null,
      productDescription: description,
      quantity: quantity.toFixed(),
      unitId,
      pricePerUnit: price.toFixed(),
      manualDiscountAmount: discount.toFixed(),
      extendedAmount: extended.toFixed(),
    };
  }

  /** The price list item's amount for the product in the unit, else the product's own price. */
  private catalogPrice(product: Product, unitId: string | null, ctx: LineContext, at: string): Dec {
    const item = unitId ? ctx.listPrices.find((p) => p.productId === product.id && p.unitId === unitId) : undefined;
    const amount = item?.amount ?? product.price;
    if (amount == null) {
      throw badInput(`${at}: Product ${product.productNumber} has no price (none on the price list, none on the product); give pricePerUnit`);
    }
    return new Dec(amount);
  }
}
