import type { MetricObjectWithValues, MetricValue } from 'prom-client';
import type { Config } from '../../../shared/config';

/** What the API thread asks the job thread; `req` pairs a request with its reply. */
export type ToJobThread =
  { type: 'enqueue'; id: string } | { type: 'counts'; req: number } | { type: 'idle'; req: number } | { type: 'metrics'; req: number } | { type: 'stop'; req: number };

/** What the job thread tells the API thread. */
export type FromJobThread =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  /** An event the job thread published: the API thread's bus carries it on (message: the JSON text). */
  | { type: 'event'; topic: string; message: string }
  | { type: 'reply'; req: number; value: unknown };

/** The job thread's series, as prom-client hands them over for aggregation. */
export type ThreadMetrics = MetricObjectWithValues<MetricValue<string>>[];

/** What a job thread starts with (structured-cloned: plain data only). */
export interface JobThreadData {
  config: Config;
  /** Started again after a thread died (the API thread, and the jobs running inside its requests, live on). */
  restarted?: boolean;
}
