import { DataSource, In } from 'typeorm';
import { Clock, IdGenerator } from '../../shared/clock';
import { transaction } from '../../shared/db';
import { EventBus } from '../../shared/event-bus';
import { badInput, ErrorCode, TandemError } from '../../shared/errors';
import { isDuplicateKeyError } from '../../shared/repository';
import { FINAL_STATUSES, FullSyncRecommendation, SyncDirection, SyncJobStatus, SyncJobType, TableMappingName } from '../enums';
import { FullSyncLine, FullSyncRun } from '../full-sync-run.entity';
import { SyncJob } from '../sync-job.entity';
import { MappingService } from '../mappings/mapping.service';
import { MappingContext, RecordSync } from '../engine/record-sync';
import { MatchService } from '../coupling/match.service';
import { mappingDef } from '../mappings/registry';
import { JobRecorder, newJob } from '../jobs/job-recorder';
import { JobQueue } from '../jobs/job-queue';
import { RunSnapshot, TOPICS } from '../events/topics';
import { SyncPreviewLine } from '../jobs/sync-job.input';
import { ErpConnector } from '../connectors/erp-connector';
import { stepLines } from './line-flow';

/** The ways a mapping's direction moves records, TO_CRM first. */
export function waysOf(direction: SyncDirection): Array<SyncDirection.TO_CRM | SyncDirection.FROM_CRM> {
  if (direction === SyncDirection.BIDIRECTIONAL) return [SyncDirection.TO_CRM, SyncDirection.FROM_CRM];
  return [direction];
}

/**
 * Full synchronization (the seed's "Full Synch Review"): a run with one review line per
 * mapping, each with a recommendation; lines run as jobs in dependency order (a line starts
 * when every line it depends on SUCCEEDED; a failed line blocks its dependants: line-flow.ts),
 * one run at a time.
 */
export class FullSyncService {
  private advancing = Promise.resolve();
  /** Jobs this process already handed to the queue (a step may see them QUEUED again). */
  private readonly enqueued = new Set<string>();

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly bus: EventBus,
    private readonly mappings: MappingService,
    private readonly records: RecordSync,
    private readonly erp: ErpConnector,
    private readonly match: MatchService,
    private readonly recorder: JobRecorder,
    private readonly queue: JobQueue,
  ) {}

  /** The chosen mappings in run order (mappings.list() follows the registry's dependency order). */
  private async selected(names?: TableMappingName[] | null) {
    const all = await this.mappings.list();
    if (names && names.length === 0) throw badInput('mappings must name at least one mapping (or be omitted for all)');
    return names ? all.filter((m) => names.includes(m.name)) : all;
  }

  private async counts(name: TableMappingName): Promise<{ erp: number; crm: number }> {
    const ctx = await this.records.context(name);
    return { erp: await this.records.countOf(ctx, 'erp'), crm: await this.records.countOf(ctx, 'crm') };
  }

  /** One side empty → FULL_SYNCHRONIZATION; both have records → COUPLE_RECORDS; none → NO_RECORDS. */
  static recommend(erp: number, crm: number): FullSyncRecommendation {
    if (erp === 0 && crm === 0) return FullSyncRecommendation.NO_RECORDS;
    return erp === 0 || crm === 0 ? FullSyncRecommendation.FULL_SYNCHRONIZATION : FullSyncRecommendation.COUPLE_RECORDS;
  }

  /** The same plan and counts as a run, without writing anything. */
  async preview(names?: TableMappingName[] | null): Promise<SyncPreviewLine[]> {
    const out: SyncPreviewLine[] = [];
    for (const m of await this.selected(names)) {
      const ctx = await this.records.context(m.name);
      const matchOn = ctx.def.match.map((p) => ({ erpField: p.erp, crmField: p.crm }));
      // Without match fields nothing couples by match: the plan runs on the keys and its pairs count as records of each side.
      const plan = await this.match.plan(ctx, matchOn.length ? matchOn : [{ erpField: ctx.def.erp.key, crmField: ctx.def.crm.key }]);
      const pairs = matchOn.length ? plan.pairs.length : 0;
      const erpOnly = plan.erpOnly.length + (matchOn.length ? 0 : plan.pairs.length);
      const crmOnly = plan.crmOnly.length + (matchOn.length ? 0 : plan.pairs.length);
      const ways = waysOf(m.direction);
      const creates = !ctx.def.documents;
      // Records outside the mapping are skipped by the run, so they are not counted as creations.
      const skipped = ways.includes(SyncDirection.TO_CRM) ? await this.excludedCount(ctx, [...plan.erpOnly, ...(matchOn.length ? [] : plan.pairs.map((p) => p[0]))]) : 0;
      out.push({
        mapping: m.name,
        recommendation: FullSyncService.recommend(plan.erpRecords, plan.crmRecords),
        erpRecords: plan.erpRecords,
        crmRecords: plan.crmRecords,
        alreadyCoupled: plan.alreadyCoupled,
        wouldCouple: pairs,
        wouldCreateInCrm: creates && ways.includes(SyncDirection.TO_CRM) ? erpOnly - skipped : 0,
        wouldCreateInErp: creates && ways.includes(SyncDirection.FROM_CRM) ? crmOnly : 0,
        ambiguous: plan.ambiguous,
        wouldSkip: creates ? skipped : 0,
      });
    }
    return out;
  }

  /** How many of these ERP records stay outside the mapping (record-rules.ts), read in chunks. */
  private async excludedCount(ctx: MappingContext, erpKeys: string[]): Promise<number> {
    if (!ctx.def.rules?.excluded) return 0;
    let n = 0;
    for (let i = 0; i < erpKeys.length; i += 500) {
      const rows = await this.erp.read(ctx.def.erp.table, erpKeys.slice(i, i + 500));
      for (const r of rows.values()) if (this.records.excluded(ctx, SyncDirection.TO_CRM, r)) n++;
    }
    return n;
  }

  /** Starts a run and answers at once; its lines run in the background. */
  async start(names?: TableMappingName[] | null): Promise<FullSyncRun> {
    const selected = await this.selected(names);
    const run: FullSyncRun = { id: this.ids.uuid(), status: SyncJobStatus.RUNNING, startedAt: this.clock.now(), finishedAt: null, activeSlot: 'ACTIVE' };
    const lines: FullSyncLine[] = [];
    const jobs: SyncJob[] = [];
    for (const [position, m] of selected.entries()) {
      const { erp, crm } = await this.counts(m.name);
      const recommendation = FullSyncService.recommend(erp, crm);
      const line: FullSyncLine = {
        runId: run.id,
        mapping: m.name,
        position,
        dependsOn: [...mappingDef(m.name).dependsOn],
        direction: m.direction,
        recommendation,
        status: recommendation === FullSyncRecommendation.NO_RECORDS ? SyncJobStatus.SUCCEEDED : SyncJobStatus.QUEUED,
        toCrmJobId: null,
        fromCrmJobId: null,
        message: recommendation === FullSyncRecommendation.NO_RECORDS ? 'No records on either side' : null,
      };
      if (line.status === SyncJobStatus.QUEUED) {
        const lineJobs = waysOf(m.direction).map((way, i) => {
          const job = this.newJob(m.name, way, run.id, { way, matchFirst: i === 0 && recommendation === FullSyncRecommendation.COUPLE_RECORDS, mergeCoupled: i === 0 });
          jobs.push(job);
          if (way === SyncDirection.TO_CRM) line.toCrmJobId = job.id;
          else line.fromCrmJobId = job.id;
          return job;
        });
        for (const j of lineJobs) j.params = { ...j.params, chain: lineJobs.map((x) => x.id) };
      }
      lines.push(line);
    }
    try {
      await transaction(this.db, async (m) => {
        await m.getRepository(FullSyncRun).insert(run);
        await m.getRepository(FullSyncLine).insert(lines);
        if (jobs.length) await m.getRepository(SyncJob).insert(jobs as never);
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new TandemError(ErrorCode.SYNC_ALREADY_RUNNING, 'A full synchronization is already running');
      throw error;
    }
    await this.advance(run.id);
    return (await this.db.getRepository(FullSyncRun).findOneBy({ id: run.id }))!;
  }

  private newJob(mapping: TableMappingName, way: SyncDirection, runId: string, params: Record<string, unknown>): SyncJob {
    return newJob(this.ids.uuid(), this.clock.now(), { mapping, direction: way, type: SyncJobType.FULL, status: SyncJobStatus.QUEUED, fullSyncRunId: runId, params });
  }

  /** Called when a job of a run ends: moves its line on and starts the lines that became ready. */
  async jobFinished(job: SyncJob): Promise<void> {
    if (job.fullSyncRunId) await this.advance(job.fullSyncRunId);
  }

  /** Moves a run forward (serialized per process; every step re-reads the stored state). */
  advance(runId: string): Promise<void> {
    this.advancing = this.advancing.then(() => this.step(runId)).catch(() => undefined);
    return this.advancing;
  }

  private async step(runId: string): Promise<void> {
    const run = await this.db.getRepository(FullSyncRun).findOneBy({ id: runId });
    if (!run || FINAL_STATUSES.has(run.status)) return;
    const lines = await this.db.getRepository(FullSyncLine).find({ where: { runId }, order: { position: 'ASC' } });
    const jobIds = lines.flatMap((l) => [l.toCrmJobId, l.fromCrmJobId]).filter((id): id is string => !!id);
    const jobs = new Map((await this.db.getRepository(SyncJob).findBy({ id: In(jobIds) })).map((j) => [j.id, j]));
    const { toEnqueue, changed: linesChanged, outcome } = stepLines(lines, jobs);
    let changed = linesChanged;
    if (outcome) {
      run.status = outcome;
      run.finishedAt = this.clock.now();
      run.activeSlot = null;
      changed = true;
    }
    if (changed) {
      await transaction(this.db, async (m) => {
        await m.getRepository(FullSyncLine).save(lines);
        await m.getRepository(FullSyncRun).save(run);
      });
    }
    for (const id of toEnqueue) {
      if (this.enqueued.has(id)) continue;
      this.enqueued.add(id);
      await this.queue.enqueue(id);
    }
    await this.publish(run.id);
  }

  /** The run with its lines and their jobs, as plain data: what fullSyncProgress streams. */
  async snapshot(runId: string): Promise<RunSnapshot | null> {
    const run = await this.db.getRepository(FullSyncRun).findOneBy({ id: runId });
    if (!run) return null;
    const lines = await this.db.getRepository(FullSyncLine).find({ where: { runId }, order: { position: 'ASC' } });
    const jobIds = lines.flatMap((l) => [l.toCrmJobId, l.fromCrmJobId]).filter((id): id is string => !!id);
    const jobs = new Map((await this.db.getRepository(SyncJob).findBy({ id: In(jobIds) })).map((j) => [j.id, j]));
    const { activeSlot: _a, ...plain } = run;
    return JSON.parse(
      JSON.stringify({
        ...plain,
        lines: lines.map((l) => ({ ...l, toCrmJob: l.toCrmJobId ? jobs.get(l.toCrmJobId) : null, fromCrmJob: l.fromCrmJobId ? jobs.get(l.fromCrmJobId) : null })),
      }),
    );
  }

  async publish(runId: string): Promise<void> {
    const snap = await this.snapshot(runId);
    if (snap) await this.bus.publish(TOPICS.run(runId), snap);
  }

  /** Runs that were RUNNING when the process stopped: their queued or running jobs go back on the queue. */
  async resume(): Promise<void> {
    for (const run of await this.db.getRepository(FullSyncRun).findBy({ status: SyncJobStatus.RUNNING })) {
      const lines = await this.db.getRepository(FullSyncLine).findBy({ runId: run.id, status: SyncJobStatus.RUNNING });
      for (const line of lines) {
        const ids = [line.toCrmJobId, line.fromCrmJobId].filter((id): id is string => !!id);
        const jobs = await this.db.getRepository(SyncJob).findBy({ id: In(ids) });
        const current = jobs.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)).find((j) => !FINAL_STATUSES.has(j.status));
        if (current) {
          this.enqueued.add(current.id);
          await this.queue.enqueue(current.id);
        }
      }
      await this.advance(run.id);
    }
  }
}
