import { randomUUID } from 'node:crypto';

/** Time source behind an interface so tests can choose a fixed clock. Timestamps keep milliseconds. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Id source behind an interface (UUID v4 by default). */
export interface IdGenerator {
  uuid(): string;
}

/** Random UUIDs from node:crypto. */
export const randomIds: IdGenerator = { uuid: () => randomUUID() };

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when the string is a UUID in the canonical 8-4-4-4-12 form. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
