import { InvalidArgumentError } from 'commander';
import { TableMappingName } from '../../sync/enums';

/** Every table mapping name, in dependency order. */
export const MAPPING_NAMES = Object.values(TableMappingName) as string[];

/** Parses one table mapping name (any letter case); unknown names are refused with the valid ones. */
export function parseMappingName(value: string, previous: TableMappingName[] = []): TableMappingName[] {
  return [...previous, parseOneMapping(value)];
}

/** Parses exactly one table mapping name (for options that take one). */
export function parseOneMapping(value: string): TableMappingName {
  const name = value.trim().toUpperCase();
  if (!MAPPING_NAMES.includes(name)) {
    throw new InvalidArgumentError(`unknown table mapping "${value}"; valid names: ${MAPPING_NAMES.join(', ')}`);
  }
  return name as TableMappingName;
}

/** A parser for one of `choices` (any letter case), refusing others with the valid ones. */
export function oneOf<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    const v = value.trim().toUpperCase() as T;
    if (!choices.includes(v)) throw new InvalidArgumentError(`"${value}" is not one of ${choices.join(', ')}`);
    return v;
  };
}

/** Parses a positive whole number (page sizes, error counts). */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a whole number above 0`);
  return n;
}
