import { EventBus, InMemoryEventBus, Topic } from './event-bus';

/** Where a PortEventBus sends what it publishes (a worker thread's `parentPort`). */
export interface EventSink {
  postMessage(message: { type: 'event'; topic: string; message: string }): void;
}

/**
 * The bus of a job thread: every event is posted to the API thread, whose bus carries it to the
 * subscriptions there (progress UIs, the CLI), and is delivered to this thread's own subscribers.
 * Payloads cross as JSON text, as they would through Redis.
 */
export class PortEventBus implements EventBus {
  private readonly local = new InMemoryEventBus();

  constructor(private readonly sink: EventSink) {}

  async publish<T>(topic: Topic<T>, payload: NoInfer<T>): Promise<void> {
    const message = JSON.stringify(payload);
    if (message === undefined) throw new TypeError(`EventBus.publish(${topic}): the payload is not JSON-serializable`);
    this.sink.postMessage({ type: 'event', topic, message });
    await this.local.publish(topic, payload);
  }

  subscribe<T>(topic: Topic<T>): AsyncIterableIterator<T> {
    return this.local.subscribe(topic);
  }

  close(): Promise<void> {
    return this.local.close();
  }
}
