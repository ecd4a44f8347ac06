import { EventEmitter, on } from 'node:events';

declare const payloadOf: unique symbol;

/**
 * A topic name that knows the type of its payloads (at compile time only: at run time it is the
 * plain string). Publishing the wrong shape on a typed topic, or reading it as another, fails to
 * compile. A plain string is still a topic of unknown payloads (the bus is a generic transport).
 */
export type Topic<T> = string & { readonly [payloadOf]?: T };

/** Names a topic and the type of its payloads; the modules that own events declare theirs with it. */
export function topic<T>(name: string): Topic<T> {
  return name as Topic<T>;
}

/**
 * Publish/subscribe of plain serializable payloads (ISO strings, decimal strings), so the same
 * events travel in process or through Redis. Subscriptions read it; the sync engine writes it.
 */
export interface EventBus {
  /** The payload's type is the topic's (NoInfer: the topic decides it, the payload is checked against it). */
  publish<T>(topic: Topic<T>, payload: NoInfer<T>): Promise<void>;
  /** Events of a topic from now on, until the iterator is returned (closed) by the consumer. */
  subscribe<T>(topic: Topic<T>): AsyncIterableIterator<T>;
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

  async publish<T>(topic: Topic<T>, payload: NoInfer<T>): Promise<void> {
    // Carried as JSON text, so in-process subscribers see exactly what a Redis bus would carry:
    // the same refusals here, and each subscriber parses its own copy.
    const message = JSON.stringify(payload);
    if (message === undefined) throw new TypeError(`EventBus.publish(${topic}): the payload is not JSON-serializable`);
    this.emitter.emit(topic, message);
  }

  subscribe<T>(topic: Topic<T>): AsyncIterableIterator<T> {
    const events = on(this.emitter, topic, { signal: this.controller.signal });
    const iterator: AsyncIterableIterator<T> = {
      next: async () => {
        try {
          const r = await events.next();
          return r.done ? { done: true, value: undefined } : { done: false, value: JSON.parse((r.value as string[])[0]) as T };
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
