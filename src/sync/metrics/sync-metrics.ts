import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { SyncJobStatus } from '../enums';
import type { SyncJob } from '../sync-job.entity';

/** The record outcomes a job counts, as `outcome` label values (the SyncJob counter of the same name). */
export const OUTCOMES = ['inserted', 'modified', 'deleted', 'unchanged', 'skipped', 'failed', 'coupled'] as const;
type Outcome = (typeof OUTCOMES)[number];
type Counters = Record<Outcome, number>;

/** Transient: the store or network was briefly away (retried). Permanent: the record or job itself failed. */
export type ErrorClass = 'transient' | 'permanent';

/** The `result` of a document conversion: done, refused for a reason the caller can fix, or failed. */
export type ConversionResult = 'success' | 'refused' | 'failed';

function countersOf(job: SyncJob): Counters {
  return Object.fromEntries(OUTCOMES.map((o) => [o, job[o]])) as Counters;
}

/**
 * The sync engine's Prometheus series that count what this process did: records by outcome,
 * job durations, running jobs, errors and document conversions. Each process counts only its own
 * work (a job resumed here counts from where it was taken over), so the sum over all gateways and
 * workers is the truth. Labels carry mapping names and enum values, never record ids.
 */
export class SyncMetrics {
  private readonly records: Counter<'mapping' | 'direction' | 'outcome'>;
  private readonly duration: Histogram<'mapping' | 'type' | 'result'>;
  private readonly errors: Counter<'mapping' | 'class'>;
  private readonly conversions: Counter<'kind' | 'result'>;
  /** The counters each job had when this process last saw it. */
  private readonly seen = new Map<string, Counters>();
  /** Jobs running in this process. */
  private readonly running = new Set<string>();
  /** Jobs of this process whose counters are sums of their parts' (counted where the parts run). */
  private readonly sums = new Set<string>();

  constructor(registry: Registry) {
    const registers = [registry];
    this.records = new Counter({
      name: 'tandem_sync_records_total',
      help: 'Records processed by sync jobs of this process, by mapping, direction and outcome',
      labelNames: ['mapping', 'direction', 'outcome'] as const,
      registers,
    });
    this.duration = new Histogram({
      name: 'tandem_sync_job_duration_seconds',
      help: 'Duration of sync jobs that ended in this process, from start to end',
      labelNames: ['mapping', 'type', 'result'] as const,
      buckets: [0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600],
      registers,
    });
    const running = this.running;
    new Gauge({
      name: 'tandem_sync_jobs_running',
      help: 'Sync jobs running in this process',
      registers,
      collect() {
        this.set(running.size);
      },
    });
    this.errors = new Counter({
      name: 'tandem_sync_errors_total',
      help: 'Errors met by sync jobs of this process: transient (store or network away, retried) or permanent (a record or job failed)',
      labelNames: ['mapping', 'class'] as const,
      registers,
    });
    this.conversions = new Counter({
      name: 'tandem_document_conversions_total',
      help: 'CRM orders and quotes turned into ERP documents by this process, by result',
      labelNames: ['kind', 'result'] as const,
      registers,
    });
    // Present from the start (at 0), so a rate over them is defined before the first conversion.
    for (const kind of ['order', 'quote'] as const) for (const result of ['success', 'refused', 'failed'] as const) this.conversions.inc({ kind, result }, 0);
  }

  /**
   * A job this process created. One that runs here at once (SINGLE, MATCH_COUPLING) is this
   * process's work from the start; a queued one belongs to whichever runner adopts it.
   */
  created(job: SyncJob): void {
    if (job.status !== SyncJobStatus.RUNNING) return;
    this.seen.set(job.id, countersOf(job));
    this.running.add(job.id);
  }

  /** A job this process takes up (queued here or elsewhere, or resumed): what it counted before was counted by whoever ran it. */
  adopted(job: SyncJob): void {
    if (!this.seen.has(job.id)) this.seen.set(job.id, countersOf(job));
    if (job.status === SyncJobStatus.RUNNING) this.running.add(job.id);
  }

  /** Adds what the job counted since this process last saw it (jobs it never took up are not its work). */
  progressed(job: SyncJob): void {
    const last = this.seen.get(job.id);
    if (!last) return;
    const now = countersOf(job);
    for (const outcome of OUTCOMES) {
      const delta = now[outcome] - last[outcome];
      if (delta > 0 && !this.sums.has(job.id)) this.records.inc({ mapping: job.mapping, direction: job.direction, outcome }, delta);
    }
    this.seen.set(job.id, now);
    if (job.status === SyncJobStatus.RUNNING) this.running.add(job.id);
  }

  /** The job ended here: its last counts, and its duration. */
  finished(job: SyncJob): void {
    if (!this.seen.has(job.id)) return;
    this.progressed(job);
    if (job.startedAt && job.finishedAt) {
      const seconds = Math.max(0, (job.finishedAt.getTime() - job.startedAt.getTime()) / 1000);
      this.duration.observe({ mapping: job.mapping, type: job.type, result: job.status }, seconds);
    }
    this.released(job);
  }

  /**
   * A job whose counters are from now on the sum of its parts' (a shared full pass): followed as
   * running, its records are not counted again (each part's process counts them).
   */
  coordinates(job: SyncJob): void {
    this.adopted(job);
    this.sums.add(job.id);
  }

  /** The job left this process without ending (handed back at shutdown). */
  released(job: SyncJob): void {
    this.seen.delete(job.id);
    this.running.delete(job.id);
    this.sums.delete(job.id);
  }

  error(mapping: string, errorClass: ErrorClass): void {
    this.errors.inc({ mapping, class: errorClass });
  }

  conversion(kind: 'order' | 'quote', result: ConversionResult): void {
    this.conversions.inc({ kind, result });
  }
}
