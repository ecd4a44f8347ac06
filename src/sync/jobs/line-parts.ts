import { DataSource, EntityManager, In } from 'typeorm';
import { Logger } from 'pino';
import { Clock, IdGenerator } from '../../shared/clock';
import { transaction } from '../../shared/db';
import { FINAL_STATUSES, SyncJobStatus, SyncJobType } from '../enums';
import { SyncJob } from '../sync-job.entity';
import type { PassHooks, SharePlan } from '../engine/passes';
import { OUTCOMES, SyncMetrics } from '../metrics/sync-metrics';
import { fullPassCheckpointOf, PartRange } from './job-params';
import { JobOutcome, JobQueue } from './job-queue';
import { JobLeases } from './job-lease';
import { JobRecorder, newJob } from './job-recorder';

/** Keys read per statement while a pass is cut into parts (within a remote connector's page limit). */
const KEY_PAGE = 5000;
/** How often a lead adds up its parts' counters, published when they moved (the runner publishes them at least every 500 ms too). */
const SUM_MS = 250;
/** How long a canceled lead waits for its running parts to stop, so its counters include their last chunks. */
const CANCEL_WAIT_MS = 10_000;

/** The counters a lead sums over its parts. */
const COUNTERS = ['processed', ...OUTCOMES] as const;
type Counters = Record<(typeof COUNTERS)[number], number>;

const countersOf = (job: SyncJob): Counters => Object.fromEntries(COUNTERS.map((c) => [c, job[c]])) as Counters;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the runner lends a lead: its pass hooks, and a way to run one of its parts in this process. */
export interface ShareControl {
  hooks: Pick<PassHooks, 'checkpoint' | 'canceled'>;
  runHere(partId: string): Promise<JobOutcome>;
}

/**
 * Full-sync lines shared by workers. The create phase of a large full pass (more than
 * `partRecords` source records) is cut into key ranges of `partRecords` each, one part job per
 * range (SyncJob.parentJobId), queued for every worker; each part has its own lease
 * (sync_job_lease) and checkpoint. The pass's own job, the lead, keeps the mapping's lease, adds
 * its parts' counters up into its own every SUM_MS (so the line's progress is the sum of its
 * parts), and works on any part nobody holds: a lone process runs them all one after the other,
 * and the part of a process that died is taken over once its lease lapses. The lead ends when
 * every part has: FAILED with the first part that failed, CANCELED (and its parts with it) when
 * canceled.
 */
export class LineParts {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly recorder: JobRecorder,
    private readonly queue: JobQueue,
    private readonly leases: JobLeases,
    private readonly metrics: SyncMetrics,
    /** Source records per part; 0: passes are never shared. */
    private readonly partRecords: number,
    private readonly log?: Logger,
  ) {}

  /** Runs the create phase of `lead` as parts; false (nothing done) when it is too small to share. */
  async share(lead: SyncJob, plan: SharePlan, control: ShareControl): Promise<boolean> {
    let cp = fullPassCheckpointOf(lead);
    if (cp.phase !== 'parts') {
      // Measured by the records the phase pages through: a pass that creates few may still read many.
      if (this.partRecords <= 0 || plan.records <= this.partRecords) return false;
      const ranges = await this.cut(plan);
      if (ranges.length < 2) return false;
      const now = this.clock.now();
      const parts = ranges.map(({ range, size }) =>
        newJob(this.ids.uuid(), now, {
          mapping: lead.mapping,
          direction: lead.direction,
          type: SyncJobType.FULL,
          status: SyncJobStatus.QUEUED,
          parentJobId: lead.id,
          total: size,
          params: { ...lead.params, matchFirst: false, part: range },
        }),
      );
      // The parts are stored with the checkpoint that names them: a crash leaves both or neither.
      const insert = (m: EntityManager) =>
        m
          .getRepository(SyncJob)
          .insert(parts as never)
          .then(() => undefined);
      await control.hooks.checkpoint(lead, { phase: 'parts', held: plan.held, parts: parts.map((p) => p.id), base: countersOf(lead) }, { run: insert, undo: () => undefined });
      this.log?.info({ parts: parts.length, partRecords: this.partRecords }, 'full pass shared by workers');
      cp = fullPassCheckpointOf(lead);
    }
    const ids = cp.parts ?? [];
    const base = (cp.base ?? {}) as Partial<Counters>;
    // The parts' records are counted where the parts run: the lead's sum is not counted again.
    this.metrics.coordinates(lead);
    for (const p of await this.partsOf(ids)) if (!FINAL_STATUSES.has(p.status)) await this.queue.enqueue(p.id);
    let summing = Promise.resolve();
    const sum = () => (summing = summing.then(() => this.sum(lead, ids, base)).catch(() => undefined));
    const timer = setInterval(sum, SUM_MS);
    try {
      await this.follow(lead, ids, control);
    } finally {
      clearInterval(timer);
      await summing;
    }
    await this.sum(lead, ids, base);
    await this.leases.drop(ids);
    return true;
  }

  /** Runs free parts here and waits for the others, until every part has ended (or the lead is canceled). */
  private async follow(lead: SyncJob, ids: string[], control: ShareControl): Promise<void> {
    for (;;) {
      // Throws when this process stops (the lead is handed back with its parts as they are).
      if (await control.hooks.canceled(lead)) {
        await this.stopParts(ids, 'Canceled');
        await this.awaitStopped(ids);
        return;
      }
      const parts = await this.partsOf(ids);
      const ended = parts.find((p) => p.status === SyncJobStatus.FAILED || p.status === SyncJobStatus.CANCELED);
      if (ended) {
        await this.stopParts(ids, 'Canceled: another part of this job failed');
        await this.awaitStopped(ids);
        throw new Error(`Part ${ids.indexOf(ended.id) + 1} of ${ids.length} ended ${ended.status}: ${ended.message ?? 'no message'}`);
      }
      const open = parts.filter((p) => !FINAL_STATUSES.has(p.status));
      if (open.length === 0) return;
      const free = await this.leases.free(open.map((p) => p.id));
      const next = open.find((p) => free.has(p.id));
      if (next) await control.runHere(next.id);
      else await sleep(200);
    }
  }

  /** Key ranges of `partRecords` source records each, from where the phase starts; the last one open-ended. */
  private async cut(plan: SharePlan): Promise<Array<{ range: PartRange; size: number }>> {
    const out: Array<{ range: PartRange; size: number }> = [];
    let start = plan.after;
    let at = plan.after;
    let inPart = 0;
    for (;;) {
      const want = Math.min(KEY_PAGE, this.partRecords - inPart);
      const page = await plan.connector.page(plan.table, at, want, { fields: [plan.key] });
      if (page.length === 0) break;
      inPart += page.length;
      at = String(page[page.length - 1][plan.key]);
      if (inPart === this.partRecords) {
        out.push({ range: { after: start, until: at }, size: inPart });
        start = at;
        inPart = 0;
      }
      if (page.length < want) break;
    }
    // The last part runs to the end of the table: records created meanwhile are in it.
    if (inPart > 0) out.push({ range: { after: start, until: null }, size: inPart });
    else if (out.length > 0) out[out.length - 1].range.until = null;
    return out;
  }

  private partsOf(ids: string[]): Promise<SyncJob[]> {
    return ids.length ? this.db.getRepository(SyncJob).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** The lead's counters: what it counted before its parts, plus what each part counted; published when they moved. */
  private async sum(lead: SyncJob, ids: string[], base: Partial<Counters>): Promise<void> {
    const parts = await this.partsOf(ids);
    let moved = false;
    for (const c of COUNTERS) {
      const n = (base[c] ?? 0) + parts.reduce((total, p) => total + p[c], 0);
      if (n !== lead[c]) moved = true;
      lead[c] = n;
    }
    await this.recorder.saveProgress(lead, !moved);
  }

  /** Ends the parts that have not ended: a running one stops at its next chunk. */
  private async stopParts(ids: string[], message: string): Promise<void> {
    const now = this.clock.now();
    await transaction(this.db, (m) =>
      m.getRepository(SyncJob).update({ id: In(ids), status: In([SyncJobStatus.QUEUED, SyncJobStatus.RUNNING]) }, { status: SyncJobStatus.CANCELED, finishedAt: now, message }),
    );
  }

  /** Waits (up to CANCEL_WAIT_MS) until no process holds a part any more. */
  private async awaitStopped(ids: string[]): Promise<void> {
    const deadline = Date.now() + CANCEL_WAIT_MS;
    while (Date.now() < deadline && (await this.leases.free(ids)).size < ids.length) await sleep(100);
  }
}
