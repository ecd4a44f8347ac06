import { EventBus, InMemoryEventBus, topic } from '../../src/shared/event-bus';
import { RedisEventBus } from '../../src/shared/redis-event-bus';
import { REDIS_URL, redisForTests, uniqueNames } from '../helpers/redis';

// One contract, every EventBus: what the sync engine and the subscriptions rely on, whichever bus
// a deployment runs. The Redis bus also has its own tests (redis.test.ts: outages, fan-out, close).
const redis = redisForTests('the Redis runs of the EventBus contract');
const unique = uniqueNames();

type Impl = [name: string, available: boolean, make: () => EventBus];
const IMPLS: Impl[] = [
  ['InMemoryEventBus', true, () => new InMemoryEventBus()],
  [
    'RedisEventBus',
    redis,
    () =>
      new RedisEventBus(REDIS_URL, {
        namespace: unique('bus'),
        onError: (e, ctx) => {
          throw new Error(`unexpected Redis error (${ctx}): ${e.message}`);
        },
      }),
  ],
];

/** The next `n` events of an iterator, failing after `ms`. */
async function take<T>(it: AsyncIterator<T>, n: number, ms = 5000): Promise<T[]> {
  const out: T[] = [];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out with ${out.length} of ${n} events`)), ms)));
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

function contract(make: Impl[2]): void {
  let bus: EventBus;
  beforeEach(() => {
    bus = make();
  });
  afterEach(async () => {
    await bus.close();
  });

  it('should deliver the events of a topic to its subscriber, in order, and no other topic', async () => {
    const numbers = topic<{ n: number }>(unique('numbers'));
    const events = bus.subscribe(numbers);
    const other = bus.subscribe(topic<{ n: number }>(unique('other')));
    for (let n = 1; n <= 5; n++) await bus.publish(numbers, { n });
    expect(await take(events, 5)).toEqual([1, 2, 3, 4, 5].map((n) => ({ n })));
    await bus.publish(numbers, { n: 6 });
    expect(await take(events, 1)).toEqual([{ n: 6 }]);
    await other.return?.();
    await events.return?.();
  });

  it('should give every subscriber of a topic every event', async () => {
    const t = topic<string>(unique('fan-out'));
    const a = bus.subscribe(t);
    const b = bus.subscribe(t);
    await bus.publish(t, 'one');
    await bus.publish(t, 'two');
    expect(await take(a, 2)).toEqual(['one', 'two']);
    expect(await take(b, 2)).toEqual(['one', 'two']);
    await a.return?.();
    await b.return?.();
  });

  it('should carry payloads as JSON: dates become ISO strings, undefined fields go', async () => {
    const t = topic<Record<string, unknown>>(unique('json'));
    const events = bus.subscribe(t);
    await bus.publish(t, { at: new Date('2026-01-02T03:04:05.006Z'), gone: undefined, amount: '10.50', nested: { list: [1, null] } });
    expect(await take(events, 1)).toEqual([{ at: '2026-01-02T03:04:05.006Z', amount: '10.50', nested: { list: [1, null] } }]);
    await events.return?.();
  });

  it('should give each subscriber its own copy of a payload', async () => {
    const t = topic<{ list: number[] }>(unique('copies'));
    const a = bus.subscribe(t);
    const b = bus.subscribe(t);
    await bus.publish(t, { list: [1] });
    const [first] = await take(a, 1);
    first.list.push(2);
    expect(await take(b, 1)).toEqual([{ list: [1] }]);
    await a.return?.();
    await b.return?.();
  });

  it('should reject a payload that is not JSON-serializable', async () => {
    await expect(bus.publish(topic<unknown>(unique('bigint')), { big: BigInt(1) })).rejects.toThrow(TypeError);
    await expect(bus.publish(topic<unknown>(unique('undefined')), undefined)).rejects.toThrow(TypeError);
  });

  it('should accept a publish nobody listens to', async () => {
    await expect(bus.publish(topic<number>(unique('nobody')), 1)).resolves.toBeUndefined();
  });

  it('should end an iterator its consumer returned, and the others on close', async () => {
    const t = topic<number>(unique('end'));
    const returned = bus.subscribe(t);
    const open = bus.subscribe(t);
    await returned.return?.();
    expect(await returned.next()).toEqual({ done: true, value: undefined });
    await bus.publish(t, 1);
    expect(await take(open, 1)).toEqual([1]);
    const pending = open.next();
    await bus.close();
    expect(await pending).toEqual({ done: true, value: undefined });
  });
}

// Implementations whose service is missing show as skipped (or fail first, with TANDEM_REQUIRE_SERVICES=1).
for (const [name, available, make] of IMPLS) (available ? describe : describe.skip)(`EventBus contract: ${name}`, () => contract(make));
