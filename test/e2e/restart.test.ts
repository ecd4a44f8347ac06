import { startTestGateway } from '../helpers/gateway';
import { freshStoreLocation } from '../helpers/store';

describe('Restart', () => {
  it('should seed demo data on first start only and keep every change across restarts', async () => {
    const location = freshStoreLocation();
    try {
      const first = await startTestGateway({ location, demoData: true });
      const seeded = await first.ok(
        `{ customers { totalCount } accounts { totalCount } orders { totalCount } quotes { totalCount } couplings { totalCount } salespeople { code } systemUsers { fullName } }`,
      );
      expect(seeded.customers.totalCount).toBeGreaterThanOrEqual(3);
      expect(seeded.accounts.totalCount).toBeGreaterThanOrEqual(3);
      expect(seeded.orders.totalCount).toBeGreaterThanOrEqual(1);
      expect(seeded.quotes.totalCount).toBeGreaterThanOrEqual(1);
      expect(seeded.couplings.totalCount).toBe(0);
      // Partly overlapping by name, so matching has something to find.
      const erpNames = new Set((await first.ok('{ customers(first: 500) { nodes { name } } }')).customers.nodes.map((n: { name: string }) => n.name));
      const crmNames = (await first.ok('{ accounts(first: 500) { nodes { name } } }')).accounts.nodes.map((n: { name: string }) => n.name);
      expect(crmNames.some((n: string) => erpNames.has(n))).toBe(true);
      expect(crmNames.some((n: string) => !erpNames.has(n))).toBe(true);
      const created = await first.ok(`mutation { createCustomer(input: { name: "Survivor", creditLimit: "12.34" }) { no } }`);
      await first.ok(`mutation { updateConnectionSetup(input: { syncIntervalSeconds: 60 }) { syncIntervalSeconds } }`);
      await first.close();

      const second = await startTestGateway({ location, demoData: true });
      const after = await second.ok(`{ customers { totalCount } customer(no: "${created.createCustomer.no}") { name creditLimit } connectionSetup { syncIntervalSeconds } }`);
      expect(after.customers.totalCount).toBe(seeded.customers.totalCount + 1);
      expect(after.customer).toEqual({ name: 'Survivor', creditLimit: '12.34' });
      expect(after.connectionSetup.syncIntervalSeconds).toBe(60);
      await second.close();
    } finally {
      await location.dispose();
    }
  });
});
