import { DataSource } from 'typeorm';
import { badInput } from '../../shared/errors';
import { SyncDirection, SyncJobStatus, SyncJobType, TableMappingName } from '../enums';
import { SyncJob } from '../sync-job.entity';
import { JobRecorder } from '../jobs/job-recorder';
import { CouplingReferenceResolver } from '../engine/reference-resolver';
import { MappingContext, RecordSync } from '../engine/record-sync';
import { SyncRecord } from '../engine/tables';
import { Way } from '../engine/field-mapper';
import { requireCoupled } from '../engine/dependency';
import { sharingCrmTable } from '../mappings/registry';
import { oneWay } from './coupling.service';
import { CouplingStore } from './coupling-store';
import { ErpConnector } from '../connectors/erp-connector';
import { CrmConnector } from '../connectors/crm-connector';

/** Records read per page while matching. */
const PAGE = 1000;
/** Ambiguous records logged one by one on a job; past this only the count says how many. */
const MAX_AMBIGUITY_ERRORS = 1000;

/** A pair of fields compared to find the record's partner. */
export interface MatchField {
  erpField: string;
  crmField: string;
}

/** What a match run should do. */
export interface MatchRequest {
  mapping: TableMappingName;
  matchOn: MatchField[];
  createIfNoMatch?: boolean | null;
  synchronize?: SyncDirection | null;
}

/** The outcome of matching a mapping's uncoupled records. */
export interface MatchPlan {
  pairs: Array<[string, string]>;
  erpOnly: string[];
  crmOnly: string[];
  ambiguous: number;
  /** Keys of the ambiguous records of each side. */
  ambiguousErp: string[];
  ambiguousCrm: string[];
  /** The ambiguous records by the value they share (the lower-case match text), for the job's errors. */
  ambiguousGroups: Array<{ match: string; erp: string[]; crm: string[] }>;
  erpRecords: number;
  crmRecords: number;
  alreadyCoupled: number;
}

const matchKey = (record: SyncRecord, fields: string[]) => {
  const parts = fields.map((f) => (record[f] == null ? '' : String(record[f]).trim().toLowerCase()));
  return parts.some((p) => p === '') ? null : parts.join('\u0000');
};

/**
 * Match-based coupling: uncoupled records whose match fields are equal (case-insensitive,
 * trimmed) are coupled where exactly one candidate exists on each side; the rest are created
 * in the other system (createIfNoMatch) or counted as ambiguous / unmatched.
 */
export class MatchService {
  constructor(
    private readonly syncDb: DataSource,
    private readonly records: RecordSync,
    private readonly couplings: CouplingStore,
    private readonly erp: ErpConnector,
    private readonly crm: CrmConnector,
    private readonly jobs: JobRecorder,
  ) {}

  /** Refuses match fields the tables do not have. */
  checkFields(ctx: MappingContext, matchOn: MatchField[]): void {
    if (ctx.def.documents) throw badInput(`${ctx.name} documents cannot be coupled by match`);
    if (matchOn.length === 0) throw badInput('matchOn needs at least one pair of fields');
    const erpFields = this.erp.describe(ctx.def.erp.table).fields;
    const crmFields = this.crm.describe(ctx.def.crm.table).fields;
    for (const m of matchOn) {
      if (!erpFields.has(m.erpField) && m.erpField !== ctx.def.erp.key) {
        throw badInput(`${ctx.def.erp.table} has no field ${m.erpField}`);
      }
      if (!crmFields.has(m.crmField) && m.crmField !== ctx.def.crm.key) throw badInput(`${ctx.def.crm.table} has no field ${m.crmField}`);
    }
  }

  /**
   * Reads every record of one side that is not coupled in the mapping (nor, on a CRM table that
   * other mappings share, coupled in those: a product couples to an item or a resource). Keeps
   * only each record's key and match key (not the record): a store of 100,000 records
   * is read in pages and held as two short strings per record.
   */
  private async uncoupled(
    ctx: MappingContext,
    side: 'erp' | 'crm',
    fields: string[],
  ): Promise<{ records: Array<{ key: string; match: string | null }>; total: number; coupled: number }> {
    const connector = this.records.connector(side);
    const table = side === 'erp' ? ctx.def.erp.table : ctx.def.crm.table;
    const { key } = connector.describe(table);
    const coupled = await this.couplings.coupledKeys(ctx.name, side === 'erp' ? 'erpId' : 'crmId');
    if (side === 'crm') {
      for (const other of sharingCrmTable(ctx.def)) for (const k of await this.couplings.coupledKeys(other.name, 'crmId')) coupled.add(k);
    }
    const out: Array<{ key: string; match: string | null }> = [];
    let total = 0;
    let after: string | null = null;
    for (;;) {
      // Only what matching reads: the key, the match fields and what tells a record's kind.
      const page = await connector.page(table, after, PAGE, { fields: [...fields, ...(side === 'crm' ? Object.keys(this.records.crmKind(ctx) ?? {}) : [])] });
      if (page.length === 0) break;
      for (const r of page) {
        if (side === 'crm' && !this.records.coversCrm(ctx, r)) continue; // a product of the other kind belongs to the other mapping
        total++;
        if (!coupled.has(String(r[key]))) out.push({ key: String(r[key]), match: matchKey(r, fields) });
      }
      after = String(page[page.length - 1][key]);
    }
    return { records: out, total, coupled: total - out.length };
  }

  /** Computes pairs, unmatched and ambiguous records without writing anything. */
  async plan(ctx: MappingContext, matchOn: MatchField[]): Promise<MatchPlan> {
    const erp = await this.uncoupled(
      ctx,
      'erp',
      matchOn.map((m) => m.erpField),
    );
    const crm = await this.uncoupled(
      ctx,
      'crm',
      matchOn.map((m) => m.crmField),
    );
    const index = new Map<string, { erp: string[]; crm: string[] }>();
    const erpOnly: string[] = [];
    const crmOnly: string[] = [];
    const slot = (k: string) => index.get(k) ?? index.set(k, { erp: [], crm: [] }).get(k)!;
    for (const r of erp.records) {
      if (r.match === null) erpOnly.push(r.key);
      else slot(r.match).erp.push(r.key);
    }
    for (const r of crm.records) {
      if (r.match === null) crmOnly.push(r.key);
      else slot(r.match).crm.push(r.key);
    }
    const pairs: Array<[string, string]> = [];
    const ambiguousErp: string[] = [];
    const ambiguousCrm: string[] = [];
    const ambiguousGroups: MatchPlan['ambiguousGroups'] = [];
    for (const [match, { erp: e, crm: c }] of index) {
      if (e.length === 1 && c.length === 1) pairs.push([e[0], c[0]]);
      else if (e.length > 0 && c.length > 0) {
        ambiguousErp.push(...e);
        ambiguousCrm.push(...c);
        ambiguousGroups.push({ match, erp: e, crm: c });
      } else if (e.length > 0) erpOnly.push(...e);
      else crmOnly.push(...c);
    }
    const ambiguous = ambiguousErp.length + ambiguousCrm.length;
    return { pairs, erpOnly, crmOnly, ambiguous, ambiguousErp, ambiguousCrm, ambiguousGroups, erpRecords: erp.total, crmRecords: crm.total, alreadyCoupled: erp.coupled };
  }

  /**
   * Logs every ambiguous record on the job, naming the value it shares and its candidates, so a
   * person can couple them by hand (at most MAX_AMBIGUITY_ERRORS lines; the count stays exact).
   */
  async reportAmbiguous(ctx: MappingContext, plan: MatchPlan, matchOn: MatchField[], job: SyncJob): Promise<void> {
    const on = matchOn.map((m) => `${m.erpField} = ${m.crmField}`).join(' and ');
    const list = (keys: string[]) => (keys.length > 5 ? `${keys.slice(0, 5).join(', ')} and ${keys.length - 5} more` : keys.join(', '));
    let logged = 0;
    for (const g of plan.ambiguousGroups) {
      const shared = g.match.split('\u0000').join(' / ');
      const message = `Ambiguous match on ${on} "${shared}": ${ctx.def.erp.table} ${list(g.erp)} and ${ctx.def.crm.table} ${list(g.crm)} share it; couple them by hand`;
      for (const ref of [...g.erp.map((erpId) => ({ erpId })), ...g.crm.map((crmId) => ({ crmId }))]) {
        if (logged++ >= MAX_AMBIGUITY_ERRORS) return;
        await this.jobs.error(job, ref, message);
      }
    }
  }

  /** Starts and runs a MATCH_COUPLING job; answers the finished job. */
  async coupleByMatch(input: MatchRequest): Promise<SyncJob> {
    const ctx = await this.records.context(input.mapping);
    this.checkFields(ctx, input.matchOn);
    const way = input.synchronize ? oneWay(input.synchronize, 'synchronize') : null;
    if (way) this.records.checkWay(ctx, way);
    const job = await this.jobs.start({
      mapping: ctx.name,
      direction: way ?? ctx.table.direction,
      type: SyncJobType.MATCH_COUPLING,
      params: { ...input },
    });
    try {
      await this.run(ctx, input, way, job);
      const summary = `${job.coupled} coupled, ${job.inserted} created, ${job.skipped} ambiguous, ${job.unchanged} unmatched, ${job.failed} failed${job.skipped || job.failed ? " (the job's errors name each record)" : ''}`;
      return await this.jobs.finish(job, SyncJobStatus.SUCCEEDED, summary);
    } catch (error) {
      return this.jobs.finish(job, SyncJobStatus.FAILED, (error as Error).message);
    }
  }

  private async run(ctx: MappingContext, input: MatchRequest, way: Way | null, job: SyncJob): Promise<void> {
    const plan = await this.plan(ctx, input.matchOn);
    job.total = plan.pairs.length + plan.erpOnly.length + plan.crmOnly.length + plan.ambiguous;
    job.skipped = plan.ambiguous;
    job.processed = plan.ambiguous;
    await this.jobs.save(job);
    await this.reportAmbiguous(ctx, plan, input.matchOn, job);
    const refs = new CouplingReferenceResolver(this.syncDb, this.crm);
    for (const [erpId, crmId] of plan.pairs) {
      await this.attempt(job, { erpId, crmId }, async () => {
        const coupling = this.couplings.build(ctx.name, erpId, crmId, false);
        const erpRecord = await this.records.readOne(ctx, 'erp', erpId);
        const crmRecord = await this.records.readOne(ctx, 'crm', crmId);
        // As for `couple`: the references must be coupled first (both ways unless one is asked for).
        for (const w of way ? [way] : ([SyncDirection.TO_CRM, SyncDirection.FROM_CRM] as Way[])) {
          requireCoupled((await this.records.plan(ctx, w, w === SyncDirection.TO_CRM ? erpRecord : crmRecord, refs)).missing);
        }
        await this.couplings.insert([coupling]);
        if (way && (await this.records.overwrite(ctx, coupling, way, erpRecord, crmRecord, refs, job.id)) === 'modified') job.modified++;
        job.coupled++;
      });
    }
    const create = async (keys: string[], side: 'erp' | 'crm') => {
      const createWay: Way = side === 'erp' ? SyncDirection.TO_CRM : SyncDirection.FROM_CRM;
      const allowed = ctx.table.direction === SyncDirection.BIDIRECTIONAL || ctx.table.direction === createWay;
      for (const key of keys) {
        if (!input.createIfNoMatch || !allowed) {
          job.unchanged++;
          job.processed++;
          continue;
        }
        await this.attempt(job, side === 'erp' ? { erpId: key } : { crmId: key }, async () => {
          const source = await this.records.readOne(ctx, side, key);
          await this.records.createOther(ctx, createWay, key, source, refs, job.id);
          job.inserted++;
        });
      }
    };
    await create(plan.erpOnly, 'erp');
    await create(plan.crmOnly, 'crm');
  }

  /** Runs one record's work; a failure is logged on the job and the run goes on. */
  private async attempt(job: SyncJob, ref: { erpId?: string; crmId?: string }, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      job.failed++;
      await this.jobs.error(job, ref, (error as Error).message);
    }
    job.processed++;
  }
}
