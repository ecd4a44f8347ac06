import { randomUUID } from 'node:crypto';

/**
 * This process's id. Events on a shared (Redis) bus reach every process; work that must happen
 * once per event is done by the process that published it.
 */
export const PROCESS_ID = randomUUID();
