import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { startGateway } from '../src/gateway/app';
import { loadConfig } from '../src/shared/config';
import { TableMappingName, SyncJobStatus } from '../src/sync/enums';
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'fs-'));
  const gw = await startGateway({ config: loadConfig({ PORT: '0', TANDEM_DEMO_DATA: '0', DATA_DIR: dir }), log: pino({ level: 'silent' }), scheduler: false });
  const now = new Date(Date.now() - 60000);
  const N = 20000;
  for (let i = 0; i < N; i += 500) {
    await gw.stores.erp.getRepository('Customer').insert(Array.from({ length: 500 }, (_, j) => ({ no: `B${String(i + j).padStart(7, '0')}`, name: `C ${i + j}`, creditLimit: '0', blocked: false, modifiedAt: now })));
    await gw.stores.crm.getRepository('Account').insert(Array.from({ length: 500 }, (_, j) => ({ id: randomUUID(), name: `A ${i + j}`, state: 'ACTIVE', modifiedOn: now })));
  }
  const t0 = Date.now();
  const run = await gw.services.sync.fullSync.start([TableMappingName.CUSTOMER]);
  while ((await gw.services.sync.jobs.run(run.id))!.status === SyncJobStatus.RUNNING) await new Promise((r) => setTimeout(r, 50));
  console.log('records/s', Math.round((2 * N) / ((Date.now() - t0) / 1000)));
  await gw.close();
}
main();
