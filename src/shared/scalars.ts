import { GraphQLScalarType, Kind, print } from 'graphql';
import { parseDecimal, formatDecimal } from './decimal';
import { badInput } from './errors';

/** Exact decimal carried as a string ("1250.50"); floats are refused on input and never produced. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'Exact decimal serialized as a string, e.g. "1250.50" (never a float)',
  serialize: (value) => formatDecimal(value as string),
  parseValue: (value) => parseDecimal(value, 'Decimal').toFixed(),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseDecimal(ast.value, 'Decimal').toFixed();
    throw badInput('Decimal must be written as a string, e.g. "1250.50"');
  },
});

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a YYYY-MM-DD string names a real calendar day. */
export function parseLocalDate(value: unknown): string {
  const m = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]) return value as string;
  }
  throw badInput(`LocalDate: "${String(value)}" is not a calendar date (YYYY-MM-DD)`);
}

/** Calendar date without time zone, YYYY-MM-DD. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'calendar date, YYYY-MM-DD',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : print(ast)),
});

/** Today's calendar date in UTC. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
