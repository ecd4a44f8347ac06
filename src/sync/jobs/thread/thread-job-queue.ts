import { Worker } from 'node:worker_threads';
import { Logger } from 'pino';
import type { EventBus } from '../../../shared/event-bus';
import { within } from '../../../shared/within';
import type { JobHandler, JobQueue } from '../job-queue';
import { FromJobThread, JobThreadData, ThreadMetrics, ToJobThread } from './messages';

/** How long the API thread waits for a job thread's answer to a question that a scrape or probe asked. */
export const THREAD_ANSWER_MS = 2000;
/** How long after a job thread died the next one starts (its jobs resume from their checkpoints). */
export const THREAD_RESTART_MS = 1000;

type Question = Exclude<ToJobThread, { type: 'enqueue' }>['type'];

/** How a ThreadJobQueue starts its thread. */
export interface JobThreadOptions {
  /** The thread's entry module (src/gateway/job-thread, .js when built, .ts under ts-node/jest). */
  script: string;
  data: JobThreadData;
  /** The API thread's bus: every event the jobs publish is published on it. */
  bus: EventBus;
  log?: Logger;
}

/**
 * The API thread's side of the embedded default's job thread: a JobQueue whose jobs run in a
 * `node:worker_threads` thread (src/gateway/job-thread.ts). Enqueued ids are posted to the
 * thread, the thread's events are published on the API thread's bus, and a thread that dies is
 * started again (its jobs resume from their last checkpoint, as after a restart).
 */
export class ThreadJobQueue implements JobQueue {
  private worker?: Worker;
  private nextReq = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private closed = false;
  private restarting = false;
  private started = false;
  /** Jobs enqueued while a thread that died is replaced. */
  private readonly held: string[] = [];

  constructor(private readonly opts: JobThreadOptions) {}

  /** Starts the thread; resolves once it has opened its stores and resumed what was left (rejects when it cannot). */
  start(): Promise<void> {
    const ts = this.opts.script.endsWith('.ts');
    const restarted = this.started;
    this.started = true;
    const worker = new Worker(this.opts.script, {
      workerData: { ...this.opts.data, restarted },
      // Under ts-node or jest the sources are TypeScript: the thread compiles them the same way.
      // Otherwise it inherits the process's options (--cpu-prof, --max-old-space-size...).
      execArgv: ts ? [...process.execArgv, '--require', 'ts-node/register/transpile-only'] : undefined,
      // Measured: with a limit V8 collects the bulk work's garbage sooner (peak RSS of a 50k + 50k
      // full sync 473 → 385 MB, the same throughput); live data stays far below it.
      resourceLimits: { maxOldGenerationSizeMb: this.opts.data.config.jobThreadHeapMb },
    });
    this.worker = worker;
    return new Promise<void>((resolve, reject) => {
      let ready = false;
      worker.on('message', (message: FromJobThread) => {
        if (message.type === 'ready') {
          ready = true;
          this.restarting = false;
          for (const id of this.held.splice(0)) worker.postMessage({ type: 'enqueue', id } satisfies ToJobThread);
          resolve();
        } else if (message.type === 'failed') {
          reject(new Error(`the job thread could not start: ${message.message}`));
          void worker.terminate();
        } else this.receive(message);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          this.opts.log?.error(`the job thread ran out of heap (TANDEM_JOB_THREAD_HEAP_MB=${this.opts.data.config.jobThreadHeapMb}): raise it`);
        } else this.opts.log?.error({ err: error }, 'the job thread failed');
      });
      worker.on('exit', (code) => {
        this.dropPending(new Error('the job thread stopped'));
        if (!ready) return reject(new Error(`the job thread stopped while starting (exit code ${code})`));
        if (this.closed || this.worker !== worker) return;
        // A crash, not a stop: its jobs stay RUNNING with their checkpoints; a new thread resumes them.
        this.restarting = true;
        this.opts.log?.error({ code }, `the job thread stopped; starting a new one in ${THREAD_RESTART_MS} ms`);
        setTimeout(() => void this.restart(), THREAD_RESTART_MS).unref();
      });
    });
  }

  private async restart(): Promise<void> {
    if (this.closed) return;
    await this.start().catch((error: Error) => {
      this.opts.log?.error({ err: error }, `the job thread did not start again; trying again in ${THREAD_RESTART_MS} ms`);
      setTimeout(() => void this.restart(), THREAD_RESTART_MS).unref();
    });
  }

  private receive(message: FromJobThread): void {
    if (message.type === 'event') {
      void this.opts.bus.publish(message.topic, JSON.parse(message.message)).catch((error: Error) => this.opts.log?.error({ err: error }, 'a job event was not published'));
    } else if (message.type === 'reply') {
      this.pending.get(message.req)?.resolve(message.value);
      this.pending.delete(message.req);
    }
  }

  private dropPending(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private ask<T>(type: Question, timeoutMs?: number): Promise<T> {
    if (!this.worker || this.restarting) return Promise.reject(new Error('the job thread is starting again'));
    const req = this.nextReq++;
    return new Promise<T>((resolve, reject) => {
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              this.pending.delete(req);
              reject(new Error(`the job thread did not answer within ${timeoutMs} ms`));
            }, timeoutMs);
      this.pending.set(req, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.worker!.postMessage({ type, req } as ToJobThread);
    });
  }

  async enqueue(jobId: string): Promise<void> {
    if (this.closed) return;
    // A dead thread drops what it is sent: held until the next one is started.
    if (this.restarting) this.held.push(jobId);
    else this.worker?.postMessage({ type: 'enqueue', id: jobId } satisfies ToJobThread);
  }

  /** Jobs run in the thread, by its own runner: the API thread's handler is never called. */
  process(_handler: JobHandler): void {}

  counts(): Promise<Record<string, number>> {
    return this.ask('counts', THREAD_ANSWER_MS);
  }

  /** Whether the thread answers (readiness). */
  async ping(): Promise<void> {
    await this.ask('counts', THREAD_ANSWER_MS);
  }

  /** The thread's sync series (records, durations, running jobs, errors), for the API thread's /metrics. */
  metrics(): Promise<ThreadMetrics> {
    return this.ask('metrics', THREAD_ANSWER_MS);
  }

  idle(): Promise<void> {
    return this.ask('idle');
  }

  /** Running jobs end their chunk and hand back, the thread closes its stores, then it ends. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    await this.ask('stop').catch(() => undefined);
    // It ends by itself once stopped; one that does not is ended.
    if (!(await within(ended, THREAD_ANSWER_MS))) await worker.terminate();
  }
}
