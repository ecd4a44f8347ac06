import { DataSource } from 'typeorm';
import { badInput, ErrorCode, TandemError } from '../../shared/errors';
import { Coupling } from '../coupling.entity';
import { SyncDirection, SyncJobStatus, SyncJobType, TableMappingName } from '../enums';
import { SyncJob } from '../sync-job.entity';
import { JobRecorder } from '../jobs/job-recorder';
import { CouplingReferenceResolver } from '../engine/reference-resolver';
import { MappingContext, RecordSync } from '../engine/record-sync';
import { MissingDependency, requireCoupled } from '../engine/dependency';
import { Way } from '../engine/field-mapper';
import { checkRecordRef } from './coupling-query.service';
import type { DocumentPairing } from '../documents/document-pairing';
import { CouplingStore } from './coupling-store';
import { CrmConnector } from '../connectors/crm-connector';

/** Checks a one-way direction argument (TO_CRM or FROM_CRM). */
export function oneWay(direction: SyncDirection, field = 'direction'): Way {
  if (direction === SyncDirection.BIDIRECTIONAL) throw badInput(`${field} must be TO_CRM or FROM_CRM`);
  return direction;
}

/**
 * The coupling actions of the seed's "Coupling Records": Set Up Coupling (couple), Create in
 * the other system (createInOther), Synchronize Now, and uncouple. Everything is validated,
 * dependencies included, before anything is written.
 */
export class CouplingService {
  constructor(
    private readonly syncDb: DataSource,
    private readonly records: RecordSync,
    private readonly couplings: CouplingStore,
    private readonly crm: CrmConnector,
    private readonly jobs: JobRecorder,
    private readonly documents?: DocumentPairing,
  ) {}

  private refs(): CouplingReferenceResolver {
    return new CouplingReferenceResolver(this.syncDb, this.crm);
  }

  /** NOT_FOUND for a record that does not exist, else NOT_COUPLED. */
  private async notCoupled(ctx: MappingContext, ref: { erpId?: string | null; crmId?: string | null }): Promise<TandemError> {
    await this.records.readOne(ctx, ref.erpId ? 'erp' : 'crm', (ref.erpId ?? ref.crmId)!);
    const what = ref.erpId ? `${ctx.def.erp.table} ${ref.erpId}` : `${ctx.def.crm.table} ${ref.crmId}`;
    return new TandemError(ErrorCode.NOT_COUPLED, `${what} is not coupled in ${ctx.name}`);
  }

  /** Couples two existing records; with `synchronize`, overwrites one side at once. */
  async couple(input: { mapping: TableMappingName; erpId: string; crmId: string; synchronize?: SyncDirection | null }): Promise<Coupling> {
    checkRecordRef({ crmId: input.crmId });
    if (!input.erpId) throw badInput('erpId must not be empty');
    const way = input.synchronize ? oneWay(input.synchronize, 'synchronize') : null;
    const ctx = await this.records.context(input.mapping);
    if (way) this.records.checkWay(ctx, way);
    const erpRecord = await this.records.readOne(ctx, 'erp', input.erpId);
    const crmRecord = await this.records.readOne(ctx, 'crm', input.crmId);
    const existing = (await this.couplings.byErp(ctx.name, input.erpId)) ?? (await this.couplings.byCrm(ctx.name, input.crmId));
    if (existing) {
      throw new TandemError(ErrorCode.ALREADY_COUPLED, `${ctx.def.erp.table} ${existing.erpId} is already coupled to ${ctx.def.crm.table} ${existing.crmId} in ${ctx.name}`, {
        couplingId: existing.id,
      });
    }
    const refs = this.refs();
    const missing: MissingDependency[] = [];
    const ways = way ? [way] : ([SyncDirection.TO_CRM, SyncDirection.FROM_CRM] as Way[]);
    for (const w of ways) {
      missing.push(...(await this.records.plan(ctx, w, w === SyncDirection.TO_CRM ? erpRecord : crmRecord, refs)).missing);
    }
    requireCoupled(missing);
    await this.documents?.checkCouple(ctx.name, erpRecord, crmRecord);
    const coupling = this.couplings.build(ctx.name, input.erpId, input.crmId, false);
    await this.couplings.insert([coupling]);
    try {
      await this.documents?.link(ctx.name, erpRecord, crmRecord);
    } catch (error) {
      await this.couplings.delete([coupling.id]);
      throw error;
    }
    if (!way) return coupling;
    const job = await this.jobs.start({ mapping: ctx.name, direction: way, type: SyncJobType.SINGLE, total: 1, params: { couplingId: coupling.id } });
    await this.runSingle(job, coupling, () => this.records.overwrite(ctx, coupling, way, erpRecord, crmRecord, refs, job.id));
    return coupling;
  }

  /** Deletes a coupling; both records stay. */
  async uncouple(input: { mapping: TableMappingName; erpId?: string | null; crmId?: string | null }): Promise<boolean> {
    checkRecordRef(input);
    const ctx = await this.records.context(input.mapping);
    const coupling = input.erpId ? await this.couplings.byErp(ctx.name, input.erpId) : await this.couplings.byCrm(ctx.name, input.crmId!);
    if (!coupling) throw await this.notCoupled(ctx, input);
    await this.couplings.delete([coupling.id]);
    return true;
  }

  /** Creates the record in the other system from the mapped fields and couples it. */
  async createInOther(input: { mapping: TableMappingName; erpId?: string | null; crmId?: string | null }): Promise<Coupling> {
    checkRecordRef(input);
    const ctx = await this.records.context(input.mapping);
    if (ctx.def.documents) {
      throw badInput(`${ctx.name} records are created by ${ctx.def.documents.createdBy}, not createInOther`);
    }
    const way: Way = input.erpId ? SyncDirection.TO_CRM : SyncDirection.FROM_CRM;
    this.records.checkWay(ctx, way);
    const side = input.erpId ? 'erp' : 'crm';
    const key = (input.erpId ?? input.crmId)!;
    const source = await this.records.readOne(ctx, side, key);
    const existing = input.erpId ? await this.couplings.byErp(ctx.name, key) : await this.couplings.byCrm(ctx.name, key);
    if (existing) {
      throw new TandemError(ErrorCode.ALREADY_COUPLED, `${side === 'erp' ? ctx.def.erp.table : ctx.def.crm.table} ${key} is already coupled in ${ctx.name}`, {
        couplingId: existing.id,
      });
    }
    return this.records.createOther(ctx, way, key, source, this.refs(), null);
  }

  /** Overwrites one side of a coupled record from the other: a finished SINGLE job. */
  async synchronizeNow(input: { mapping: TableMappingName; erpId?: string | null; crmId?: string | null; direction: SyncDirection }): Promise<SyncJob> {
    checkRecordRef(input);
    const way = oneWay(input.direction);
    const ctx = await this.records.context(input.mapping);
    this.records.checkWay(ctx, way);
    const coupling = input.erpId ? await this.couplings.byErp(ctx.name, input.erpId) : await this.couplings.byCrm(ctx.name, input.crmId!);
    if (!coupling) throw await this.notCoupled(ctx, input);
    const erpRecord = await this.records.readOne(ctx, 'erp', coupling.erpId);
    const crmRecord = await this.records.readOne(ctx, 'crm', coupling.crmId);
    const refs = this.refs();
    requireCoupled((await this.records.plan(ctx, way, way === SyncDirection.TO_CRM ? erpRecord : crmRecord, refs)).missing);
    const job = await this.jobs.start({ mapping: ctx.name, direction: way, type: SyncJobType.SINGLE, total: 1, params: { couplingId: coupling.id } });
    return this.runSingle(job, coupling, () => this.records.overwrite(ctx, coupling, way, erpRecord, crmRecord, refs, job.id));
  }

  /** Runs a SINGLE job's overwrite: a finished job either way (FAILED with the error logged, and rethrown). */
  private async runSingle(job: SyncJob, coupling: Coupling, work: () => Promise<'modified' | 'unchanged'>): Promise<SyncJob> {
    job.processed = 1;
    try {
      if ((await work()) === 'modified') job.modified = 1;
      else job.unchanged = 1;
      return await this.jobs.finish(job, SyncJobStatus.SUCCEEDED);
    } catch (error) {
      job.failed = 1;
      await this.jobs.error(job, coupling, (error as Error).message);
      await this.jobs.finish(job, SyncJobStatus.FAILED, (error as Error).message);
      throw error;
    }
  }
}
