import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { BullMqJobQueue } from '../../src/sync/jobs/bullmq-queue';
import { InProcessJobQueue, JobQueue } from '../../src/sync/jobs/job-queue';
import { REDIS_URL, redisForTests, uniqueNames } from '../helpers/redis';

// One contract, every JobQueue: what the job runner relies on, in process or through BullMQ. The
// BullMQ queue also has its own tests (redis.test.ts: outages, several processes, stalled jobs).
const redis = redisForTests('the BullMQ runs of the JobQueue contract');
const unique = uniqueNames();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each BullMQ queue of this file gets its own name (and so its own Redis keys, removed after each test). */
const bullQueues: string[] = [];
type Impl = [name: string, available: boolean, make: (concurrency: number) => JobQueue];
const IMPLS: Impl[] = [
  ['InProcessJobQueue', true, (concurrency) => new InProcessJobQueue(concurrency)],
  [
    'BullMqJobQueue',
    redis,
    (concurrency) => {
      const queueName = unique('contract');
      bullQueues.push(queueName);
      // Handler failures are reported by design; this contract only checks that the queue goes on.
      return new BullMqJobQueue(REDIS_URL, { concurrency, queueName, idlePollMs: 20, onError: () => undefined });
    },
  ],
];

/** Waits until `check` holds, failing after `ms`. */
async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

function contract(make: Impl[2]): void {
  const open: JobQueue[] = [];
  const queue = (concurrency = 2) => {
    const q = make(concurrency);
    open.push(q);
    return q;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((q) => q.close()));
    if (bullQueues.length === 0) return;
    const admin = new Redis(REDIS_URL);
    try {
      for (const queueName of bullQueues.splice(0)) {
        const keys = await admin.keys(`tandem:${queueName}:*`);
        if (keys.length) await admin.del(...keys);
      }
    } finally {
      await admin.quit();
    }
  });

  it('should be idle at once when nothing was enqueued', async () => {
    const q = queue();
    q.process(async () => undefined);
    await expect(q.idle()).resolves.toBeUndefined();
  });

  it('should run every enqueued id once through the handler, then be idle', async () => {
    const q = queue();
    const seen: string[] = [];
    q.process(async (id) => {
      await sleep(2);
      seen.push(id);
    });
    const ids = Array.from({ length: 8 }, () => randomUUID());
    for (const id of ids) await q.enqueue(id);
    await until(() => seen.length === ids.length, 'every job');
    await q.idle();
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  it('should keep ids enqueued before a handler is set until one is', async () => {
    const q = queue();
    const ids = [randomUUID(), randomUUID()];
    for (const id of ids) await q.enqueue(id);
    const seen: string[] = [];
    q.process(async (id) => void seen.push(id));
    await until(() => seen.length === 2, 'the early jobs');
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  it('should never run more handlers at once than its concurrency', async () => {
    const q = queue(2);
    let running = 0;
    let most = 0;
    let done = 0;
    q.process(async () => {
      most = Math.max(most, ++running);
      await sleep(30);
      running--;
      done++;
    });
    for (let i = 0; i < 6; i++) await q.enqueue(randomUUID());
    await until(() => done === 6, 'six jobs');
    expect(most).toBeLessThanOrEqual(2);
    expect(most).toBeGreaterThan(0);
  });

  it('should go on with the next job when a handler fails', async () => {
    const q = queue(1);
    const [bad, good] = [randomUUID(), randomUUID()];
    const seen: string[] = [];
    q.process(async (id) => {
      seen.push(id);
      if (id === bad) throw new Error('this job fails');
    });
    await q.enqueue(bad);
    await q.enqueue(good);
    await until(() => seen.length === 2, 'both jobs');
    await q.idle();
    expect(seen).toEqual([bad, good]);
  });

  it('should take no job once closed', async () => {
    const q = queue();
    const seen: string[] = [];
    q.process(async (id) => void seen.push(id));
    await q.close();
    await q.enqueue(randomUUID());
    await sleep(100);
    expect(seen).toEqual([]);
  });
}

// Implementations whose service is missing show as skipped (or fail first, with TANDEM_REQUIRE_SERVICES=1).
for (const [name, available, make] of IMPLS) (available ? describe : describe.skip)(`JobQueue contract: ${name}`, () => contract(make));
