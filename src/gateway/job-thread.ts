/**
 * The job thread of the embedded default (`node:worker_threads`): sync jobs run here, on their
 * own store connections, so a chunk's statements (better-sqlite3 answers synchronously) and WAL
 * checkpoints never hold up the API thread. Everything the API thread sees of a job crosses as
 * a message: its events (to the API thread's bus), queue counts, idleness and metrics; its state
 * lives in the sync store as before.
 */
import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { Gauge, Registry } from 'prom-client';
import { orderedIds, systemClock } from '../shared/clock';
import { createLogger } from '../shared/log';
import { PortEventBus } from '../shared/port-event-bus';
import { closeStores, openSomeStores } from './stores';
import { createSomeServices, storesFor } from './services';
import type { SyncServices } from '../sync';
import { startJobExecution } from '../sync/sync.services';
import { InProcessJobQueue } from '../sync/jobs/job-queue';
import { FromJobThread, JobThreadData, ToJobThread } from '../sync/jobs/thread/messages';

const port = parentPort!;
const { config, restarted } = workerData as JobThreadData;
const send = (message: FromJobThread) => port.postMessage(message);
const log = createLogger({ level: config.logLevel, format: config.logFormat }).child({ thread: 'jobs' });
const queue = new InProcessJobQueue(config.jobConcurrency);
const registry = new Registry();
// The API thread's Node series describe its own heap; this one is the job thread's.
new Gauge({
  name: 'tandem_job_thread_heap_used_bytes',
  help: 'V8 heap used by the job thread (the process RSS covers both threads)',
  registers: [registry],
  collect() {
    this.set(getHeapStatistics().used_heap_size);
  },
});

// Listening at once: what the API thread sends before start-up ends waits in the queue.
const started = start();
port.on('message', (message: ToJobThread) => void handle(message));

async function start() {
  const stores = await openSomeStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }, storesFor(['sync'], config.connectors));
  const bus = new PortEventBus(port);
  const services = (await createSomeServices(['sync'], stores, systemClock, orderedIds, bus, {
    queue,
    log,
    registry,
    storeGauges: false,
    connectors: config.connectors,
    partRecords: config.syncPartRecords,
  })) as {
    sync: SyncServices;
  };
  await startJobExecution(services.sync, { embedded: true, restarted });
  return { stores, bus, services };
}

async function handle(message: ToJobThread): Promise<void> {
  switch (message.type) {
    case 'enqueue':
      return queue.enqueue(message.id);
    case 'counts':
      return send({ type: 'reply', req: message.req, value: await queue.counts() });
    case 'idle':
      await started.catch(() => undefined);
      await queue.idle();
      return send({ type: 'reply', req: message.req, value: null });
    case 'metrics':
      return send({ type: 'reply', req: message.req, value: await registry.getMetricsAsJSON() });
    case 'stop': {
      // Running jobs end their chunk, checkpoint and hand back (they resume at the next start).
      const running = await started.catch(() => undefined);
      if (running) {
        await Promise.all([running.services.sync.runner.stop(), queue.close()]);
        await running.bus.close();
        await closeStores(running.stores);
      }
      send({ type: 'reply', req: message.req, value: null });
      // Nothing keeps the thread any more: it ends by itself (a profile or a log flush completes).
      port.close();
      return;
    }
  }
}

started.then(
  () => send({ type: 'ready' }),
  (error: Error) => {
    log.error({ err: error }, 'the job thread could not start');
    send({ type: 'failed', message: error.message });
  },
);
