import 'reflect-metadata';
import { openStore } from '../src/shared/db';
import { randomIds, systemClock } from '../src/shared/clock';
import { MIGRATIONS } from '../migrations';
import { CRM_ENTITIES, createCrmServices } from '../src/crm';
async function main() {
  const ds = await openStore('crm', { dataDir: `/tmp/crmcheck-${Math.random().toString(36).slice(2)}` }, CRM_ENTITIES, MIGRATIONS.crm);
  const crm = createCrmServices(ds, systemClock, randomIds);
  const a = await crm.accounts.create({ name: 'A' });
  const orders = await Promise.all(Array.from({ length: 20 }, (_, i) => crm.orders.create({ name: `o${i}`, customerId: a.id, lines: [{ productDescription: 'x', quantity: '1', pricePerUnit: '1' }] })));
  const nos = new Set(orders.map((o) => o.orderNumber));
  console.log('distinct numbers', nos.size, [...nos].sort().slice(-1));
  await ds.destroy();
}
main().catch((e) => { console.error(e); process.exit(1); });
