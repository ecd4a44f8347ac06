import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { InMemoryEventBus } from '../../src/shared/event-bus';
import { RedisEventBus, RedisSubscription, redisReachable } from '../../src/shared/redis-event-bus';
import { BullMqJobQueue } from '../../src/sync/jobs/bullmq-queue';
import { probeRedis, REDIS_REQUIRED, REDIS_URL, uniqueNames } from '../helpers/redis';

// The scale-out transports against a real Redis (127.0.0.1:6379 here and in CI). What every
// EventBus and JobQueue must do is in event-bus.contract.test.ts and job-queue.contract.test.ts.
const required = REDIS_REQUIRED;

const reachable = probeRedis(REDIS_URL);
if (!reachable && !required) {
  console.warn(`\n*** NOTICE: Redis does not answer at ${REDIS_URL}, so the Redis event bus and BullMQ queue tests are SKIPPED. ***\n`);
}
const d = reachable ? describe : describe.skip;

// Unique per test file run, so the sqlite and mariadb projects (and parallel runs) never share a channel or queue.
const unique = uniqueNames();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The next `n` events of an iterator, failing after `ms`. */
async function take<T>(it: AsyncIterator<T>, n: number, ms = 5000): Promise<T[]> {
  const out: T[] = [];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms with ${out.length} of ${n} events: ${JSON.stringify(out)}`)), ms);
  });
  try {
    while (out.length < n) {
      const r = await Promise.race([it.next(), timeout]);
      if (r.done) throw new Error(`iterator ended after ${out.length} of ${n} events`);
      out.push(r.value);
    }
    return out;
  } finally {
    clearTimeout(timer);
  }
}

// Needs no Redis: what a Redis outage does to the transports (nothing may crash or hang).
describe('Redis transports without a Redis', () => {
  const nowhere = 'redis://127.0.0.1:1';

  it('should report, not throw, and close an event bus at once', async () => {
    const errors: string[] = [];
    const b = new RedisEventBus(nowhere, { onError: (e, ctx) => errors.push(`${ctx}: ${e.message}`) });
    const events = b.subscribe('t') as RedisSubscription<unknown>;
    const pending = events.next();
    await sleep(200);
    const started = Date.now();
    const published = b.publish('t', { n: 1 }); // waits for the subscription made before it, which cannot happen
    await b.close();
    await published;
    expect(await events.ready).toBe(false);
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(errors.some((e) => e.includes('ECONNREFUSED'))).toBe(true);

    const alone = new RedisEventBus(nowhere, { onError: (e, ctx) => errors.push(`${ctx}: ${e.message}`) });
    await expect(alone.publish('t', { n: 2 })).resolves.toBeUndefined(); // dropped after a few retries, reported
    expect(errors.some((e) => e.startsWith('event bus publish to tandem:t'))).toBe(true);
    await alone.close();
  });

  it('should close a job queue and its worker without waiting for Redis', async () => {
    const errors: string[] = [];
    const q = new BullMqJobQueue(nowhere, { concurrency: 1, queueName: unique('nowhere'), onError: (e, ctx) => errors.push(`${ctx}: ${e.message}`) });
    q.process(async () => undefined);
    await sleep(300);
    const started = Date.now();
    await q.close();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(errors.length).toBeGreaterThan(0);
  });
});

if (required) {
  describe('Redis service', () => {
    it('should answer, because TANDEM_REQUIRE_SERVICES=1 says Redis is required', async () => {
      const ok = await redisReachable(REDIS_URL, 3000);
      if (!ok) {
        throw new Error(`TANDEM_REQUIRE_SERVICES=1 but Redis does not answer at ${REDIS_URL}: the Redis tests cannot be skipped.`);
      }
      expect(ok).toBe(true);
    });
  });
}

d('Redis event bus', () => {
  const open: RedisEventBus[] = [];
  let admin: Redis;
  const bus = (namespace: string) => {
    const b = new RedisEventBus(REDIS_URL, {
      namespace,
      onError: (e, ctx) => {
        throw new Error(`unexpected Redis error (${ctx}): ${e.message}`);
      },
    });
    open.push(b);
    return b;
  };
  const numsub = async (channel: string) => Number(((await admin.pubsub('NUMSUB', channel)) as [string, number])[1]);

  beforeAll(() => {
    admin = new Redis(REDIS_URL, { lazyConnect: true });
    admin.on('error', () => undefined);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
  });
  afterAll(async () => {
    await admin.quit();
  });

  it('should deliver every event in order to each subscriber of the topic and none to another topic', async () => {
    const b = bus(unique('order'));
    // The publisher connection is up, the subscriber's is not yet: a naive bus would PUBLISH before its SUBSCRIBE.
    await b.publish('warm-up', {});
    const first = b.subscribe<{ n: number }>('sync.jobs');
    const second = b.subscribe<{ n: number }>('sync.jobs');
    const other = b.subscribe<{ n: number }>('sync.job.other');
    // Not awaited one by one, and right after subscribe(): the bus keeps call order and waits for the SUBSCRIBE.
    await Promise.all(Array.from({ length: 50 }, (_, n) => b.publish('sync.jobs', { n })));
    await b.publish('sync.job.other', { n: -1 });

    const expected = Array.from({ length: 50 }, (_, n) => ({ n }));
    expect(await take(first, 50)).toEqual(expected);
    expect(await take(second, 50)).toEqual(expected);
    // The other topic's first event is its own: nothing of sync.jobs leaked into it.
    expect(await take(other, 1)).toEqual([{ n: -1 }]);
    await Promise.all([first.return!(), second.return!(), other.return!()]);
  });

  it('should end an iterator on return(), stop its delivery and UNSUBSCRIBE when the last one of a topic returns', async () => {
    const namespace = unique('return');
    const b = bus(namespace);
    const channel = `tandem:${namespace}:topic`;
    const a = b.subscribe<{ n: number }>('topic') as RedisSubscription<{ n: number }>;
    const c = b.subscribe<{ n: number }>('topic') as RedisSubscription<{ n: number }>;
    expect(await a.ready).toBe(true);
    expect(await c.ready).toBe(true);
    expect(await numsub(channel)).toBe(1); // two local iterators share one Redis subscription

    const pending = a.next(); // a consumer waiting for the next event is ended by return()
    expect(await a.return!()).toEqual({ done: true, value: undefined });
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(await a.next()).toEqual({ done: true, value: undefined });
    expect(await numsub(channel)).toBe(1);

    await b.publish('topic', { n: 1 });
    expect(await take(c, 1)).toEqual([{ n: 1 }]);
    expect(await a.next()).toEqual({ done: true, value: undefined });

    await c.return!();
    expect(await numsub(channel)).toBe(0);
    // Subscribing again after the last one left works (a new SUBSCRIBE).
    const again = b.subscribe<{ n: number }>('topic');
    await b.publish('topic', { n: 2 });
    expect(await take(again, 1)).toEqual([{ n: 2 }]);

    // for await ... break returns the iterator.
    await b.publish('topic', { n: 3 });
    for await (const event of again) {
      expect(event).toEqual({ n: 3 });
      break;
    }
    expect(await numsub(channel)).toBe(0);
  });

  it('should carry payloads as JSON, exactly as the in-memory bus does', async () => {
    const payload = {
      id: randomUUID(),
      at: new Date('2024-02-29T12:34:56.789Z'),
      amount: '1234.5600',
      counters: { inserted: 3, modified: 0, failed: null },
      lines: [
        { mapping: 'CUSTOMER', status: 'SUCCEEDED' },
        { mapping: 'ITEM_PRODUCT', status: 'QUEUED' },
      ],
      gone: undefined,
      text: 'Größe "quoted" \\ ✓',
    };
    const b = bus(unique('json'));
    const memory = new InMemoryEventBus();
    const fromRedis = b.subscribe<Record<string, unknown>>('t');
    const otherReader = b.subscribe<Record<string, unknown>>('t');
    const fromMemory = memory.subscribe<Record<string, unknown>>('t');
    const memoryNext = fromMemory.next();
    await memory.publish('t', payload);
    await b.publish('t', payload);
    await b.publish('t', null);
    await b.publish('t', 'plain');

    const [received, nul, str] = await take(fromRedis, 3);
    expect(received).toEqual(JSON.parse(JSON.stringify(payload)));
    expect(received).toEqual((await memoryNext).value);
    expect(received.at).toBe('2024-02-29T12:34:56.789Z');
    expect('gone' in received).toBe(false);
    expect(nul).toBeNull();
    expect(str).toBe('plain');
    // Every reader has its own copy.
    (received.counters as Record<string, unknown>).inserted = 99;
    expect(((await take(otherReader, 1))[0].counters as Record<string, unknown>).inserted).toBe(3);
    await expect(b.publish('t', { big: BigInt(1) })).rejects.toThrow();
    await memory.close();
  });

  it("should let two instances (two processes) see each other's events, and keep namespaces apart", async () => {
    const namespace = unique('two');
    const serve = bus(namespace);
    const worker = bus(namespace);
    const stranger = bus(unique('stranger'));
    const atServe = serve.subscribe<{ from: string }>('sync.run.1') as RedisSubscription<{ from: string }>;
    const atWorker = worker.subscribe<{ from: string }>('sync.run.1') as RedisSubscription<{ from: string }>;
    const atStranger = stranger.subscribe<{ from: string }>('sync.run.1') as RedisSubscription<{ from: string }>;
    // Another process's SUBSCRIBE must be acknowledged before it can hear a publish.
    await Promise.all([atServe.ready, atWorker.ready, atStranger.ready]);

    await worker.publish('sync.run.1', { from: 'worker' });
    await serve.publish('sync.run.1', { from: 'serve' });
    expect(await take(atServe, 2)).toEqual([{ from: 'worker' }, { from: 'serve' }]);
    expect(await take(atWorker, 2)).toEqual([{ from: 'worker' }, { from: 'serve' }]);
    await stranger.publish('sync.run.1', { from: 'stranger' });
    expect(await take(atStranger, 1)).toEqual([{ from: 'stranger' }]);
  });

  it('should end every open iterator on close() and stay harmless afterwards', async () => {
    const b = new RedisEventBus(REDIS_URL, { namespace: unique('close') });
    const it1 = b.subscribe('x');
    const it2 = b.subscribe('y');
    const waiting = it1.next();
    await (it2 as RedisSubscription<unknown>).ready;
    await b.close();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(await it2.next()).toEqual({ done: true, value: undefined });
    await expect(b.publish('x', { late: true })).resolves.toBeUndefined();
    expect(await b.subscribe('x').next()).toEqual({ done: true, value: undefined });
    await b.close();
  });

  it('should close a bus that never connected, and tell whether Redis answers', async () => {
    await new RedisEventBus(REDIS_URL).close();
    expect(await redisReachable(REDIS_URL)).toBe(true);
    const started = Date.now();
    expect(await redisReachable('redis://127.0.0.1:1', 500)).toBe(false);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

d('BullMQ job queue', () => {
  const open: BullMqJobQueue[] = [];
  const names: string[] = [];
  let admin: Redis;
  const queue = (queueName: string, opts: { concurrency?: number; worker?: boolean; onError?: (e: Error, ctx: string) => void } = {}) => {
    const q = new BullMqJobQueue(REDIS_URL, { concurrency: opts.concurrency ?? 2, queueName, worker: opts.worker, onError: opts.onError });
    open.push(q);
    return q;
  };
  const newQueueName = () => {
    const name = unique('queue');
    names.push(name);
    return name;
  };
  const keysOf = (name: string) => admin.keys(`tandem:${name}:*`);

  beforeAll(() => {
    admin = new Redis(REDIS_URL, { lazyConnect: true });
    admin.on('error', () => undefined);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((q) => q.close()));
    for (const name of names.splice(0)) {
      const keys = await keysOf(name);
      if (keys.length > 0) await admin.del(...keys);
      expect(await keysOf(name)).toEqual([]);
    }
  });
  afterAll(async () => {
    await admin.quit();
  });

  it('should run every enqueued id through the handler and be idle afterwards', async () => {
    const name = newQueueName();
    const q = queue(name);
    const seen: string[] = [];
    q.process(async (id) => {
      await sleep(5);
      seen.push(id);
    });
    const ids = Array.from({ length: 10 }, () => randomUUID());
    for (const id of ids) await q.enqueue(id);
    await q.idle();
    expect([...seen].sort()).toEqual([...ids].sort());
    // Finished jobs leave nothing behind (the SyncJob row is the record).
    expect((await keysOf(name)).filter((k) => ids.some((id) => k.includes(id)))).toEqual([]);
  });

  it('should never run more handlers at once than its concurrency', async () => {
    const q = queue(newQueueName(), { concurrency: 3 });
    let running = 0;
    let most = 0;
    let done = 0;
    q.process(async () => {
      running++;
      most = Math.max(most, running);
      await sleep(150);
      running--;
      done++;
    });
    await Promise.all(Array.from({ length: 12 }, () => q.enqueue(randomUUID())));
    await q.idle();
    expect(done).toBe(12);
    expect(most).toBe(3);
  });

  it('should run an id enqueued twice while it waits once, and again once it has finished', async () => {
    const q = queue(newQueueName());
    const runs = new Map<string, number>();
    const twice = randomUUID();
    const once = randomUUID();
    await q.enqueue(twice);
    await q.enqueue(once);
    await q.enqueue(twice);
    q.process(async (id) => {
      runs.set(id, (runs.get(id) ?? 0) + 1);
    });
    await q.idle();
    expect(Object.fromEntries(runs)).toEqual({ [twice]: 1, [once]: 1 });

    await q.enqueue(twice);
    await q.idle();
    expect(runs.get(twice)).toBe(2);
  });

  it('should go on after a handler fails', async () => {
    const failures: string[] = [];
    const q = queue(newQueueName(), { concurrency: 1, onError: (e, ctx) => failures.push(`${ctx}: ${e.message}`) });
    const bad = randomUUID();
    const good = [randomUUID(), randomUUID(), randomUUID()];
    const seen: string[] = [];
    q.process(async (id) => {
      if (id === bad) throw new Error('store unavailable');
      seen.push(id);
    });
    await q.enqueue(good[0]);
    await q.enqueue(bad);
    await q.enqueue(good[1]);
    await q.enqueue(good[2]);
    await q.idle();
    expect(seen).toEqual(good);
    expect(failures).toEqual([`sync job ${bad}: store unavailable`]);
  });

  it('should resolve idle() only after every job has finished, and at once when there is nothing to do', async () => {
    const q = queue(newQueueName(), { concurrency: 2 });
    const started = Date.now();
    await q.idle();
    expect(Date.now() - started).toBeLessThan(1000);

    let finished = 0;
    q.process(async () => {
      await sleep(200);
      finished++;
    });
    for (let i = 0; i < 5; i++) await q.enqueue(randomUUID());
    await q.idle();
    expect(finished).toBe(5);
  });

  it('should let running handlers finish on close() and take no new job', async () => {
    const name = newQueueName();
    const q = queue(name, { concurrency: 1 });
    const events: string[] = [];
    let started!: () => void;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    q.process(async (id) => {
      events.push(`start ${id}`);
      started();
      await sleep(300);
      events.push(`end ${id}`);
    });
    await q.enqueue('first-job');
    await q.enqueue('second-job');
    await firstStarted;
    await q.close();
    expect(events).toEqual(['start first-job', 'end first-job']);
    // The second job is still there for another worker.
    const other = queue(name, { concurrency: 1 });
    const seen: string[] = [];
    other.process(async (id) => {
      seen.push(id);
    });
    await other.idle();
    expect(seen).toEqual(['second-job']);
  });

  it('should let a process without a worker enqueue while worker processes run the jobs, each once', async () => {
    const name = newQueueName();
    const serve = queue(name, { worker: false });
    serve.process(async () => {
      throw new Error('a serve process without a worker must not run jobs');
    });
    const ran: Array<[string, string]> = [];
    const workerA = queue(name, { concurrency: 2 });
    const workerB = queue(name, { concurrency: 2 });
    workerA.process(async (id) => {
      await sleep(30);
      ran.push(['A', id]);
    });
    workerB.process(async (id) => {
      await sleep(30);
      ran.push(['B', id]);
    });
    const ids = Array.from({ length: 20 }, () => randomUUID());
    for (const id of ids) await serve.enqueue(id);
    await serve.idle();
    expect(ran.map(([, id]) => id).sort()).toEqual([...ids].sort());
  });
});
