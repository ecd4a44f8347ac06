import { v7 as uuidv7 } from 'uuid';

/** Time source behind an interface so tests can choose a fixed clock. Timestamps keep milliseconds. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Id source behind an interface (time-ordered UUIDs by default). */
export interface IdGenerator {
  uuid(): string;
}

/**
 * Time-ordered UUIDs (version 7: a millisecond timestamp, then random bits; RFC 9562), the ids
 * of every record Tandem makes. New rows go to the end of each index on an id, where random ids
 * put every row of a bulk write on another page: a chunk of 1,000 couplings dirtied about a
 * thousand index pages, each written again at commit. Dataverse makes its keys sequential for
 * the same reason. Ids are still unguessable enough for records; secrets never use them.
 */
export const orderedIds: IdGenerator = { uuid: () => uuidv7() };

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when the string is a UUID in the canonical 8-4-4-4-12 form. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
