import { EventEmitter, on } from 'node:events';

/**
 * Publish/subscribe of plain serializable payloads (ISO strings, decimal strings), so the same
 * events travel in process or through Redis. Subscriptions read it; the sync engine writes it.
 */
export interface EventBus {
  publish(topic: string, payload: unknown): Promise<void>;
  /** Events of a topic from now on, until the iterator is returned (closed) by the consumer. */
  subscribe<T>(topic: string): AsyncIterableIterator<T>;
  close(): Promise<void>;
}

/** The embedded default: an in-memory bus for one process. */
export class InMemoryEventBus implements EventBus {
  private readonly emitter = new EventEmitter();
  private readonly controller = new AbortController();

  constructor() {
    // Every open subscription is a listener; progress UIs may open many.
    this.emitter.setMaxListeners(0);
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    // Round-trip through JSON so in-process subscribers see exactly what a Redis bus would carry.
    this.emitter.emit(topic, JSON.parse(JSON.stringify(payload)));
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    const events = on(this.emitter, topic, { signal: this.controller.signal });
    const iterator: AsyncIterableIterator<T> = {
      next: async () => {
        try {
          const r = await events.next();
          return r.done ? { done: true, value: undefined } : { done: false, value: (r.value as unknown[])[0] as T };
        } catch {
          return { done: true, value: undefined };
        }
      },
      return: async () => {
        await events.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  async close(): Promise<void> {
    this.controller.abort();
  }
}
