import { DataSource, In } from 'typeorm';
import { Clock } from '../../shared/clock';
import { SyncJobStatus, SyncResult } from '../enums';
import { Coupling } from '../coupling.entity';
import { SyncJob } from '../sync-job.entity';
import { TableMapping } from '../table-mapping.entity';
import { ConnectionSetup } from '../connection-setup.entity';
import { RecordSync } from '../engine/record-sync';
import { MappingSyncStatus, TableMappingHealth } from './console.types';
import { ErpConnector } from '../connectors/erp-connector';
import { CrmConnector } from '../connectors/crm-connector';

/** A mapping is DELAYED when it has not succeeded within this many sync intervals. */
export const DELAY_INTERVALS = 3;

/** The status rule, kept pure so it reads as the documentation says. */
export function mappingStatus(
  setup: Pick<ConnectionSetup, 'isEnabled' | 'syncIntervalSeconds'>,
  lastJob: SyncJob | null,
  lastSuccessAt: Date | null,
  now: Date,
): MappingSyncStatus {
  if (!setup.isEnabled) return MappingSyncStatus.DISABLED;
  if (lastJob?.status === SyncJobStatus.FAILED) return MappingSyncStatus.FAILING;
  if (!lastSuccessAt || now.getTime() - lastSuccessAt.getTime() > DELAY_INTERVALS * setup.syncIntervalSeconds * 1000) return MappingSyncStatus.DELAYED;
  return MappingSyncStatus.ON_TIME;
}

/** Seconds since the mapping's last successful job (null: never succeeded): the console's, the CLI's and the metrics' lag. */
export function lagSeconds(lastSuccessAt: Date | null, now: Date): number | null {
  return lastSuccessAt ? Math.max(0, Math.round((now.getTime() - lastSuccessAt.getTime()) / 1000)) : null;
}

/** Reads the counts and freshness of table mappings for the console. */
export class MappingHealthService {
  constructor(
    private readonly db: DataSource,
    private readonly records: RecordSync,
    private readonly erp: ErpConnector,
    private readonly crm: CrmConnector,
    private readonly clock: Clock,
  ) {}

  async health(mapping: TableMapping, setup: ConnectionSetup): Promise<TableMappingHealth> {
    const ctx = await this.records.context(mapping.name);
    const [erpRecords, crmRecords] = await Promise.all([this.erp.count(ctx.def.erp.table), this.crm.count(ctx.def.crm.table)]);
    const rows: Array<{ result: string | null; skipped: unknown; n: unknown }> = await this.db
      .getRepository(Coupling)
      .createQueryBuilder('c')
      .select('c.lastSyncResult', 'result')
      .addSelect('c.skipped', 'skipped')
      .addSelect('COUNT(*)', 'n')
      .where('c.mapping = :mapping', { mapping: mapping.name })
      .groupBy('c.lastSyncResult')
      .addGroupBy('c.skipped')
      .getRawMany();
    let coupled = 0,
      skipped = 0,
      conflicts = 0,
      failed = 0;
    for (const r of rows) {
      const n = Number(r.n);
      coupled += n;
      // SQLite answers 0/1, MariaDB 0/1 or a Buffer-free number: both are truthy-compatible.
      if (Number(r.skipped) === 1 || r.skipped === true) skipped += n;
      if (r.result === SyncResult.CONFLICT) conflicts += n;
      if (r.result === SyncResult.FAILURE) failed += n;
    }
    const jobs = this.db.getRepository(SyncJob);
    const finished = [SyncJobStatus.SUCCEEDED, SyncJobStatus.FAILED, SyncJobStatus.CANCELED];
    const [lastJob, lastSuccess] = await Promise.all([
      jobs.findOne({ where: { mapping: mapping.name, status: In(finished) }, order: { finishedAt: 'DESC' }, select: { id: true, status: true, finishedAt: true } }),
      jobs.findOne({ where: { mapping: mapping.name, status: SyncJobStatus.SUCCEEDED }, order: { finishedAt: 'DESC' }, select: { id: true, finishedAt: true } }),
    ]);
    const now = this.clock.now();
    const lastSuccessAt = lastSuccess?.finishedAt ?? null;
    return {
      erpRecords,
      crmRecords,
      coupled,
      skipped,
      conflicts,
      failed,
      lastSuccessAt,
      lastJobAt: lastJob?.finishedAt ?? null,
      lagSeconds: lagSeconds(lastSuccessAt, now),
      status: mappingStatus(setup, (lastJob as SyncJob | null) ?? null, lastSuccessAt, now),
    };
  }

  /** When any job last finished: the setup page warns when sync is on and this is older than 3 intervals. */
  async lastJobAt(): Promise<Date | null> {
    const job = await this.db.getRepository(SyncJob).findOne({
      where: { status: In([SyncJobStatus.SUCCEEDED, SyncJobStatus.FAILED, SyncJobStatus.CANCELED]) },
      order: { finishedAt: 'DESC' },
      select: { id: true, finishedAt: true },
    });
    return job?.finishedAt ?? null;
  }
}
