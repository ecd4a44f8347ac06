import Decimal from 'decimal.js';
import { badInput } from './errors';

/** Decimal arithmetic configured once: enough precision for money and quantities, half-up rounding. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/**
 * Column shapes for exact decimals. At most 15 significant digits so that the SQLite store
 * (NUMERIC affinity) round-trips every value exactly, the same as MariaDB's DECIMAL.
 */
export const MONEY = { precision: 15, scale: 4 } as const;
export const RATE = { precision: 15, scale: 6 } as const;

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** Parses a client-supplied decimal string, refusing anything that is not a plain exact decimal. */
export function parseDecimal(value: unknown, field = 'value'): Decimal {
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value.trim())) {
    throw badInput(`${field}: "${String(value)}" is not a decimal (use a string such as "1250.50")`);
  }
  return new Dec(value.trim());
}

/** Checks that a decimal fits a column shape (no silent rounding, no overflow). */
export function checkFits(value: Decimal, shape: { precision: number; scale: number }, field: string): void {
  if (value.decimalPlaces() > shape.scale) {
    throw badInput(`${field}: at most ${shape.scale} decimal places are allowed`);
  }
  const intDigits = value.abs().trunc().toFixed(0).replace(/^0$/, '').length;
  if (intDigits > shape.precision - shape.scale) {
    throw badInput(`${field}: at most ${shape.precision - shape.scale} digits before the decimal point`);
  }
}

/** Canonical string form of a stored decimal (no exponent, no trailing zeros). */
export function formatDecimal(value: Decimal.Value): string {
  return new Dec(typeof value === 'number' ? String(value) : value).toFixed();
}

/** TypeORM transformer: decimal columns are strings in code, whatever the driver returns. */
export const decimalTransformer = {
  to: (value: string | null | undefined) => (value == null ? value : new Dec(value).toFixed()),
  from: (value: string | number | null) => (value == null ? null : formatDecimal(value)),
};
