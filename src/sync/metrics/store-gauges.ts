import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { Clock } from '../../shared/clock';
import { Coupling } from '../coupling.entity';
import { SyncJobStatus, SyncResult } from '../enums';
import { SyncJob } from '../sync-job.entity';
import { lagSeconds } from '../console/mapping-health.service';

/** One state per coupling, so the states of a mapping add up to its couplings. */
export type CouplingState = 'synced' | 'conflict' | 'failed' | 'skipped' | 'pending';

/** The state a coupling is in, the most pressing first (a skipped coupling failed twice, say). */
export function couplingState(row: { skipped: boolean; pending: boolean; result: string | null }): CouplingState {
  if (row.skipped) return 'skipped';
  if (row.pending) return 'pending';
  if (row.result === SyncResult.CONFLICT) return 'conflict';
  if (row.result === SyncResult.FAILURE) return 'failed';
  return 'synced';
}

/** SQLite answers 0/1, MariaDB 0/1 too (TINYINT) or a boolean: both read as truth. */
const truthy = (v: unknown) => v === true || Number(v) === 1;

/**
 * Series read from the sync store at each scrape, the same in every process: couplings by state,
 * and per mapping the time of the last success and the lag since. Two grouped queries per scrape,
 * whatever the size of the store; a store that does not answer leaves them empty (its absence is
 * what `/readyz` reports) rather than failing the whole scrape.
 */
export function registerStoreGauges(registry: Registry, db: DataSource, clock: Clock): void {
  // One read per scrape feeds all three: prom-client calls each gauge's collect, the first one loads.
  let pending: Promise<void> | null = null;
  const registers = [registry];
  const collect = () => load();
  const couplings = new Gauge({ name: 'tandem_couplings', help: 'Couplings by mapping and state', labelNames: ['mapping', 'state'] as const, registers, collect });
  const lastSuccess = new Gauge({
    name: 'tandem_sync_last_success_timestamp_seconds',
    help: 'When a job of the mapping last succeeded (Unix time)',
    labelNames: ['mapping'] as const,
    registers,
    collect,
  });
  const lag = new Gauge({ name: 'tandem_sync_lag_seconds', help: 'Seconds since a job of the mapping last succeeded', labelNames: ['mapping'] as const, registers, collect });
  const load = () =>
    (pending ??= (async () => {
      try {
        const [rows, successes] = await Promise.all([
          db
            .getRepository(Coupling)
            .createQueryBuilder('c')
            .select('c.mapping', 'mapping')
            .addSelect('c.skipped', 'skipped')
            .addSelect('c.pending', 'pending')
            .addSelect('c.lastSyncResult', 'result')
            .addSelect('COUNT(*)', 'n')
            .groupBy('c.mapping')
            .addGroupBy('c.skipped')
            .addGroupBy('c.pending')
            .addGroupBy('c.lastSyncResult')
            .getRawMany<{ mapping: string; skipped: unknown; pending: unknown; result: string | null; n: unknown }>(),
          db
            .getRepository(SyncJob)
            .createQueryBuilder('j')
            .select('j.mapping', 'mapping')
            .addSelect('MAX(j.finishedAt)', 'at')
            .where('j.status = :status', { status: SyncJobStatus.SUCCEEDED })
            .groupBy('j.mapping')
            .getRawMany<{ mapping: string; at: unknown }>(),
        ]);
        couplings.reset();
        for (const r of rows)
          couplings.inc({ mapping: r.mapping, state: couplingState({ skipped: truthy(r.skipped), pending: truthy(r.pending), result: r.result }) }, Number(r.n));
        lastSuccess.reset();
        lag.reset();
        const now = clock.now();
        for (const s of successes) {
          if (!s.at) continue;
          // Raw MAX() comes back as text on SQLite (UTC, no zone) and as a Date on MariaDB.
          const at = s.at instanceof Date ? s.at : new Date(`${String(s.at).replace(' ', 'T')}Z`);
          if (Number.isNaN(at.getTime())) continue;
          lastSuccess.set({ mapping: s.mapping }, at.getTime() / 1000);
          lag.set({ mapping: s.mapping }, lagSeconds(at, now) ?? 0);
        }
      } catch {
        couplings.reset();
        lastSuccess.reset();
        lag.reset();
      }
    })().finally(() => setTimeout(() => (pending = null), 0)));
}
