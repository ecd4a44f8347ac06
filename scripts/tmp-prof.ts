import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startGateway } from '../src/gateway/app';
import { loadConfig } from '../src/shared/config';
import { TableMappingName, SyncJobStatus } from '../src/sync/enums';
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'prof-'));
  const gw = await startGateway({ config: loadConfig({ PORT: '0', TANDEM_DEMO_DATA: '0', DATA_DIR: dir }), log: pino({ level: 'silent' }), scheduler: false });
  for (let i = 0; i < 3000; i++) await gw.services.erp.customers.create({ name: `C${i}` });
  let lag = 0; let last = Date.now();
  const t = setInterval(() => { const now = Date.now(); lag = Math.max(lag, now - last - 10); last = now; }, 10);
  const t0 = Date.now();
  const jobs = await gw.services.sync.incremental.start([TableMappingName.CUSTOMER]);
  for (;;) {
    const st = await Promise.all(jobs.map((j) => gw.services.sync.jobs.get(j.id)));
    if (st.every((s) => s!.status !== SyncJobStatus.QUEUED && s!.status !== SyncJobStatus.RUNNING)) {
      for (const s of st) console.log(s!.direction, s!.status, s!.queuedAt.toISOString(), s!.startedAt?.toISOString(), s!.finishedAt?.toISOString(), s!.processed, s!.inserted, s!.message);
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  console.log('total ms', Date.now() - t0, 'max lag', lag);
  for (let round = 0; round < 3; round++) {
    const page = await gw.services.erp.customers.list({ first: 10 });
    for (const c of page.nodes) await gw.services.erp.customers.update(c.no, { city: `X${Date.now()}` });
    const t1 = Date.now();
    const js = await gw.services.sync.incremental.start([TableMappingName.CUSTOMER]);
    for (;;) {
      const st = await Promise.all(js.map((j) => gw.services.sync.jobs.get(j.id)));
      if (st.every((s) => s!.status !== SyncJobStatus.QUEUED && s!.status !== SyncJobStatus.RUNNING)) {
        for (const s of st) console.log(s!.direction, s!.queuedAt.toISOString().slice(17), s!.startedAt?.toISOString().slice(17), s!.finishedAt?.toISOString().slice(17), 'processed', s!.processed, 'mod', s!.modified, 'unch', s!.unchanged);
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    console.log('incremental ms', Date.now() - t1);
  }
  clearInterval(t);
  await gw.close();
}
main();
