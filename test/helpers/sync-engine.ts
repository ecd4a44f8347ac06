import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { Client } from 'graphql-ws';
import { TestGateway } from './gateway';
import { TableMappingName } from '../../src/sync/enums';

/*
 * Helpers of the sync engine end-to-end tests: waiting for background jobs and runs (polling
 * with a timeout, never a bare sleep), collecting graphql-ws subscriptions, seeding in bulk
 * and holding a mapping's lease so a job stays QUEUED for as long as a test needs.
 */

export const FINAL_STATUSES = ['SUCCEEDED', 'FAILED', 'CANCELED'];

/** Every field of a SyncJob the tests read. */
export const JOB_FIELDS = 'id mapping direction type status queuedAt startedAt finishedAt total processed inserted modified deleted unchanged skipped failed coupled message';

/** Every field of a FullSyncRun the tests read, with its lines and their jobs. */
export const RUN_FIELDS = `id status startedAt finishedAt lines {
  mapping dependsOn direction recommendation status message
  toCrmJob { ${JOB_FIELDS} } fromCrmJob { ${JOB_FIELDS} }
}`;

export interface Job {
  id: string;
  mapping: string;
  direction: string;
  type: string;
  status: string;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  total: number | null;
  processed: number;
  inserted: number;
  modified: number;
  deleted: number;
  unchanged: number;
  skipped: number;
  failed: number;
  coupled: number;
  message: string | null;
}

export interface Line {
  mapping: string;
  dependsOn: string[];
  direction: string;
  recommendation: string;
  status: string;
  message: string | null;
  toCrmJob: Job | null;
  fromCrmJob: Job | null;
}

export interface Run {
  id: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  lines: Line[];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Calls `read` until `done` holds for its answer; fails after `timeoutMs` with the last answer. */
export async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, label: string, timeoutMs = 30_000, everyMs = 50): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${label}; last: ${JSON.stringify(value)?.slice(0, 2000)}`);
    await sleep(everyMs);
  }
}

/** Rejects when `promise` has not settled within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${label}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function getRun(gw: TestGateway, id: string): Promise<Run> {
  return (await gw.ok(`query($id: ID!) { fullSyncRun(id: $id) { ${RUN_FIELDS} } }`, { id })).fullSyncRun;
}

export async function getJob(gw: TestGateway, id: string): Promise<Job> {
  return (await gw.ok(`query($id: ID!) { syncJob(id: $id) { ${JOB_FIELDS} } }`, { id })).syncJob;
}

/** Polls a full synchronization run until it is final. */
export function waitRun(gw: TestGateway, id: string, timeoutMs = 40_000): Promise<Run> {
  return poll(
    () => getRun(gw, id),
    (r) => FINAL_STATUSES.includes(r.status),
    `full sync run ${id}`,
    timeoutMs,
  );
}

/** Polls jobs until every one of them is final (incremental jobs chain: each queues the next). */
export async function waitJobs(gw: TestGateway, ids: string[], timeoutMs = 30_000): Promise<Job[]> {
  const read = () => Promise.all(ids.map((id) => getJob(gw, id)));
  return poll(read, (jobs) => jobs.every((j) => FINAL_STATUSES.includes(j.status)), `jobs ${ids.join(', ')}`, timeoutMs);
}

/** Starts a full synchronization and answers the RUNNING run. */
export async function startFullSync(gw: TestGateway, mappings?: TableMappingName[]): Promise<Run> {
  const input = mappings ? { mappings } : null;
  return (await gw.ok(`mutation($input: FullSyncInput) { runFullSynchronization(input: $input) { ${RUN_FIELDS} } }`, { input })).runFullSynchronization;
}

/** Runs an incremental synchronization and waits for all of its jobs. */
export async function incremental(gw: TestGateway, mappings: TableMappingName[] = [TableMappingName.CUSTOMER]): Promise<Job[]> {
  const queued: Job[] = (await gw.ok(`mutation($m: [TableMappingName!]) { runIncrementalSynchronization(mappings: $m) { ${JOB_FIELDS} } }`, { m: mappings }))
    .runIncrementalSynchronization;
  return waitJobs(
    gw,
    queued.map((j) => j.id),
  );
}

/** A graphql-ws subscription whose events are kept; `done` settles when the server completes it. */
export interface Collected<T> {
  events: T[];
  errors: unknown[];
  done: Promise<void>;
  completed(): boolean;
  stop(): void;
}

export function collect<T>(client: Client, query: string, variables: Record<string, unknown>, pick: (data: any) => T): Collected<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  let completed = false;
  let stop: () => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    stop = client.subscribe(
      { query, variables },
      {
        next: (v) => {
          if (v.errors?.length) errors.push(...v.errors);
          if (v.data) events.push(pick(v.data));
        },
        error: (e) => {
          errors.push(e);
          reject(e);
        },
        complete: () => {
          completed = true;
          resolve();
        },
      },
    );
  });
  done.catch(() => undefined);
  return { events, errors, done, completed: () => completed, stop: () => stop() };
}

/**
 * Waits until the event bus has a listener on `topic`, i.e. the server has set up the
 * subscription (graphql-ws has no acknowledgement of a subscribe message).
 */
export async function waitForListener(gw: TestGateway, topic: string): Promise<void> {
  const emitter = (gw.services.sync.bus as unknown as { emitter?: EventEmitter }).emitter;
  if (!emitter) {
    await sleep(300);
    return;
  }
  await poll(
    async () => emitter.listenerCount(topic),
    (n) => n > 0,
    `a subscriber on ${topic}`,
    5_000,
    10,
  );
}

/**
 * Takes the lease of a mapping as another worker would: every job of that mapping stays
 * QUEUED (its runner waits for the lease) until the returned function releases it.
 */
export async function holdMapping(gw: TestGateway, mapping: TableMappingName): Promise<() => Promise<void>> {
  const holder = randomUUID();
  if (!(await gw.services.sync.lock.acquire(mapping, holder))) throw new Error(`could not take the lease of ${mapping}`);
  return () => gw.services.sync.lock.release(mapping, holder);
}

/** Runs `work(i)` for i in [0, n) with at most `parallel` calls in flight. */
export async function times<T>(n: number, parallel: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      out[i] = await work(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, n) }, worker));
  return out;
}

export async function totals(gw: TestGateway): Promise<{ customers: number; accounts: number; customerCouplings: number }> {
  const r = await gw.ok(`{ customers { totalCount } accounts { totalCount } couplings(filter: { mapping: CUSTOMER }) { totalCount } }`);
  return { customers: r.customers.totalCount, accounts: r.accounts.totalCount, customerCouplings: r.couplings.totalCount };
}

export interface CouplingView {
  id: string;
  erpId: string;
  crmId: string;
  lastSyncResult: string | null;
  lastSyncError: string | null;
  skipped: boolean;
  conflicts: Array<{ erpField: string; crmField: string; baseValue: string | null; erpValue: string | null; crmValue: string | null }>;
}

export async function couplingOf(gw: TestGateway, mapping: TableMappingName, ref: { erpId?: string; crmId?: string }): Promise<CouplingView | null> {
  return (
    await gw.ok(
      `query($m: TableMappingName!, $e: String, $c: ID) { coupling(mapping: $m, erpId: $e, crmId: $c) {
        id erpId crmId lastSyncResult lastSyncError skipped conflicts { erpField crmField baseValue erpValue crmValue } } }`,
      { m: mapping, e: ref.erpId ?? null, c: ref.crmId ?? null },
    )
  ).coupling;
}
