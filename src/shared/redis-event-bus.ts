import { Redis, RedisOptions } from 'ioredis';
import { EventBus, Topic } from './event-bus';

/** Where a connection or transport error of the bus goes (a pino logger's `error`, in the gateway). */
export type RedisErrorReporter = (error: Error, context: string) => void;

export interface RedisEventBusOptions {
  /**
   * Isolates this bus from others on the same Redis: channels become `tandem:<namespace>:<topic>`
   * instead of `tandem:<topic>`. Every process of one deployment must use the same namespace.
   */
  namespace?: string;
  /** Receives connection and transport errors (default: console.error, at most once per 10 s per context). */
  onError?: RedisErrorReporter;
  /** Events kept per iterator whose consumer lags behind; the oldest are dropped beyond this (default 10 000). */
  maxBuffered?: number;
  /** Extra ioredis options for both connections (tests, TLS...). */
  redisOptions?: RedisOptions;
}

/**
 * The iterator `RedisEventBus.subscribe` returns. `ready` resolves once Redis acknowledged the
 * SUBSCRIBE (true) or it failed (false); it never rejects. Only events published after that are
 * guaranteed to arrive from other processes; publishes of this same bus instance always wait
 * for the subscriptions made before them, so subscribe-then-publish in one process never loses
 * an event.
 */
export interface RedisSubscription<T> extends AsyncIterableIterator<T> {
  readonly ready: Promise<boolean>;
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined }) as IteratorReturnResult<undefined>;

/** One consumer's queue of events. */
class Sink<T> {
  private readonly buffer: string[] = [];
  /** Pending next() calls, oldest first (a consumer may call next() again before the last settled). */
  private readonly waiters: Array<(r: IteratorResult<T>) => void> = [];
  ended = false;

  constructor(
    private readonly maxBuffered: number,
    private readonly onBadMessage: (e: Error) => void,
  ) {}

  push(message: string): void {
    if (this.ended) return;
    if (this.waiters.length > 0) {
      const value = this.parse(message);
      if (value !== undefined) this.waiters.shift()!({ done: false, value: value.v });
      return;
    }
    this.buffer.push(message);
    if (this.buffer.length > this.maxBuffered) this.buffer.shift();
  }

  next(): Promise<IteratorResult<T>> {
    while (this.buffer.length > 0) {
      const value = this.parse(this.buffer.shift()!);
      if (value !== undefined) return Promise.resolve({ done: false, value: value.v });
    }
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  end(): void {
    this.ended = true;
    this.buffer.length = 0;
    for (const w of this.waiters.splice(0)) w(DONE);
  }

  /** Each consumer gets its own copy, as if it had its own connection. */
  private parse(message: string): { v: T } | undefined {
    try {
      return { v: JSON.parse(message) as T };
    } catch (e) {
      this.onBadMessage(e as Error);
      return undefined;
    }
  }
}

interface Channel {
  sinks: Set<Sink<unknown>>;
  subscribed: Promise<boolean>;
}

function throttledConsoleReporter(): RedisErrorReporter {
  const last = new Map<string, number>();
  return (error, context) => {
    const now = Date.now();
    if (now - (last.get(context) ?? 0) < 10_000) return;
    last.set(context, now);
    console.error(`[tandem] Redis ${context}: ${error.message}`);
  };
}

/**
 * Ends an ioredis connection without waiting on a server that is not there: QUIT (bounded) when
 * it is up, a plain disconnect otherwise.
 */
export async function closeRedisClient(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  if (client.status === 'ready') {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([client.quit(), new Promise((resolve) => (timer = setTimeout(resolve, 2000)))]);
    } catch {
      // already closing or closed
    } finally {
      clearTimeout(timer);
    }
  }
  // Not on an 'end' client: ioredis would arm a timer to destroy a socket that is already gone.
  if ((client.status as string) !== 'end') client.disconnect();
}

/**
 * The scale-out event bus: Redis pub/sub, one channel per topic (`tandem:<topic>`), JSON payloads.
 * One publisher and one subscriber connection per instance (a subscribed connection cannot
 * publish); a channel is SUBSCRIBEd when its first local iterator opens and UNSUBSCRIBEd when its
 * last one returns, and each message is fanned out to every local iterator of the topic, in order.
 * Errors go to `onError` and never crash the process: a publish that Redis does not take is
 * reported and dropped (progress events are best-effort, like the in-memory bus's), while a
 * payload that is not JSON-serializable rejects, as it does in memory.
 */
export class RedisEventBus implements EventBus {
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly prefix: string;
  private readonly channels = new Map<string, Channel>();
  private readonly pendingSubscribes = new Set<Promise<boolean>>();
  private readonly report: RedisErrorReporter;
  private readonly maxBuffered: number;
  /** Publishes are issued to Redis in call order, each after the subscriptions made before it. */
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;
  /**
   * Resolved by close(). ioredis leaves commands queued while it reconnects unsettled when it is
   * disconnected, so nothing of the bus waits on Redis without also watching this.
   */
  private readonly closing: Promise<void>;
  private markClosed!: () => void;

  constructor(url: string, options: RedisEventBusOptions = {}) {
    this.closing = new Promise((resolve) => (this.markClosed = resolve));
    if (options.namespace !== undefined && !/^[\w.-]+$/.test(options.namespace)) {
      throw new Error(`RedisEventBus: namespace "${options.namespace}" may only contain letters, digits, '_', '.', '-'`);
    }
    this.prefix = options.namespace ? `tandem:${options.namespace}:` : 'tandem:';
    this.report = options.onError ?? throttledConsoleReporter();
    this.maxBuffered = Math.max(1, options.maxBuffered ?? 10_000);
    const common: RedisOptions = { lazyConnect: true, disconnectTimeout: 500, ...options.redisOptions };
    // A publish waits for a reconnection a few times, then fails (reported, dropped) rather than hold
    // up the job that publishes progress.
    this.pub = new Redis(url, { maxRetriesPerRequest: 3, connectionName: 'tandem-bus-pub', ...common });
    this.sub = new Redis(url, { autoResubscribe: true, connectionName: 'tandem-bus-sub', ...common });
    this.pub.on('error', (e: Error) => this.closed || this.report(e, 'event bus publisher'));
    this.sub.on('error', (e: Error) => this.closed || this.report(e, 'event bus subscriber'));
    this.sub.on('message', (channel: string, message: string) => {
      const entry = this.channels.get(channel);
      if (entry) for (const sink of entry.sinks) sink.push(message);
    });
  }

  private channelOf(topic: string): string {
    return this.prefix + topic;
  }

  async publish<T>(topic: Topic<T>, payload: NoInfer<T>): Promise<void> {
    const message = JSON.stringify(payload);
    if (message === undefined) throw new TypeError(`EventBus.publish(${topic}): the payload is not JSON-serializable`);
    if (this.closed) return;
    const channel = this.channelOf(topic);
    // Wrapped in an object so the chain does not wait for the reply: consecutive publishes pipeline.
    const issued = this.tail.then(async () => {
      if (this.pendingSubscribes.size > 0) await Promise.all([...this.pendingSubscribes]);
      return this.closed ? undefined : { reply: this.pub.publish(channel, message) };
    });
    this.tail = issued.catch(() => undefined);
    try {
      const sent = await issued;
      if (sent) await Promise.race([sent.reply, this.closing]);
    } catch (e) {
      if (!this.closed) this.report(e as Error, `event bus publish to ${channel}`);
    }
  }

  subscribe<T>(topic: Topic<T>): RedisSubscription<T> {
    const sink = new Sink<T>(this.maxBuffered, (e) => this.report(e, `event bus message on ${topic} is not JSON`));
    let ready: Promise<boolean>;
    if (this.closed) {
      sink.end();
      ready = Promise.resolve(false);
    } else {
      const channel = this.channelOf(topic);
      let entry = this.channels.get(channel);
      if (!entry) {
        const subscribed: Promise<boolean> = Promise.race([
          this.sub.subscribe(channel).then(
            () => !this.closed,
            (e: Error) => {
              if (!this.closed) this.report(e, `event bus subscribe to ${channel}`);
              return false;
            },
          ),
          this.closing.then(() => false),
        ]);
        this.pendingSubscribes.add(subscribed);
        void subscribed.then(() => this.pendingSubscribes.delete(subscribed));
        entry = { sinks: new Set(), subscribed };
        this.channels.set(channel, entry);
      }
      entry.sinks.add(sink as Sink<unknown>);
      ready = entry.subscribed;
    }
    const iterator: RedisSubscription<T> = {
      ready,
      next: () => sink.next(),
      return: async () => {
        await this.release(topic, sink as Sink<unknown>);
        return DONE;
      },
      throw: async (error?: unknown) => {
        await this.release(topic, sink as Sink<unknown>);
        throw error;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /** Ends one iterator; the last one of a topic UNSUBSCRIBEs (awaited when the connection is up). */
  private async release(topic: string, sink: Sink<unknown>): Promise<void> {
    if (sink.ended) return;
    sink.end();
    const channel = this.channelOf(topic);
    const entry = this.channels.get(channel);
    if (!entry || !entry.sinks.delete(sink) || entry.sinks.size > 0) return;
    this.channels.delete(channel);
    if (this.closed) return;
    // Commands on one connection run in order, so a later re-SUBSCRIBE of the channel wins.
    const unsubscribed = this.sub.unsubscribe(channel).catch((e: Error) => {
      if (!this.closed) this.report(e, `event bus unsubscribe from ${channel}`);
    });
    if (this.sub.status === 'ready') await unsubscribed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.markClosed();
    for (const entry of this.channels.values()) for (const sink of entry.sinks) sink.end();
    this.channels.clear();
    await Promise.all([closeRedisClient(this.pub), closeRedisClient(this.sub)]);
  }
}

/** Whether a Redis server answers PING at `url` within `timeoutMs` (one try, no retries). */
export async function redisReachable(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    reconnectOnError: () => false,
    disconnectTimeout: 200,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    // Not on an 'end' client: ioredis would arm a 2 s timer to destroy a socket that is already gone.
    if (client.status !== 'end') client.disconnect();
  }
}
