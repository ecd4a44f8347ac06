import { startTestGateway, TestGateway } from '../helpers/gateway';
import { TOPICS } from '../../src/sync/events/topics';

describe('Sync subgraph (mappings, setup, coupling fields, progress stream)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ demoData: true });
  });
  afterAll(() => gw.stop());

  it('should list the 11 default table mappings in dependency order with their field mappings', async () => {
    const { tableMappings } = await gw.ok(
      `{ tableMappings { name direction dependsOn syncOnlyCoupledRecords conflictResolution deletionConflictResolution fieldMappings { erpField crmField direction enabled } } }`,
    );
    expect(tableMappings).toHaveLength(11);
    const position = new Map<string, number>(tableMappings.map((m: { name: string }, i: number) => [m.name, i]));
    for (const m of tableMappings) for (const dep of m.dependsOn) expect(position.get(dep)).toBeLessThan(position.get(m.name)!);
    const customer = tableMappings.find((m: { name: string }) => m.name === 'CUSTOMER');
    expect(customer).toMatchObject({ direction: 'BIDIRECTIONAL', dependsOn: ['SALESPEOPLE', 'CURRENCY'], conflictResolution: 'NONE', deletionConflictResolution: 'NONE' });
    expect(customer.fieldMappings).toEqual(
      expect.arrayContaining([
        { erpField: 'name', crmField: 'name', direction: 'BIDIRECTIONAL', enabled: true },
        { erpField: 'salespersonCode', crmField: 'ownerId', direction: 'BIDIRECTIONAL', enabled: true },
      ]),
    );
    const single = await gw.ok(`{ tableMapping(name: SALESPEOPLE) { erpTable crmTable direction } }`);
    expect(single.tableMapping).toEqual({ erpTable: 'Salesperson', crmTable: 'SystemUser', direction: 'FROM_CRM' });
  });

  it('should change a field mapping within the table direction and refuse one outside it', async () => {
    const f = await gw.ok(`mutation { updateFieldMapping(mapping: CUSTOMER, erpField: "homePage", input: { enabled: false, direction: TO_CRM }) { erpField enabled direction } }`);
    expect(f.updateFieldMapping).toEqual({ erpField: 'homePage', enabled: false, direction: 'TO_CRM' });
    expect(await gw.code(`mutation { updateFieldMapping(mapping: CURRENCY, erpField: "description", input: { direction: FROM_CRM }) { erpField } }`)).toBe('BAD_USER_INPUT');
    expect(await gw.code(`mutation { updateFieldMapping(mapping: CURRENCY, erpField: "nope", input: { enabled: false }) { erpField } }`)).toBe('NOT_FOUND');
    const t = await gw.ok(
      `mutation { updateTableMapping(name: CONTACT, input: { conflictResolution: SEND_UPDATE_TO_CRM, deletionConflictResolution: REMOVE_COUPLING }) { conflictResolution deletionConflictResolution } }`,
    );
    expect(t.updateTableMapping).toEqual({ conflictResolution: 'SEND_UPDATE_TO_CRM', deletionConflictResolution: 'REMOVE_COUPLING' });
  });

  it('should have the connection setup defaults and update them', async () => {
    expect((await gw.ok(`{ connectionSetup { isEnabled autoCreateSalesOrders autoProcessQuotes syncIntervalSeconds } }`)).connectionSetup).toEqual({
      isEnabled: true,
      autoCreateSalesOrders: false,
      autoProcessQuotes: false,
      syncIntervalSeconds: 300,
    });
    const u = await gw.ok(`mutation { updateConnectionSetup(input: { autoCreateSalesOrders: true, syncIntervalSeconds: 30 }) { autoCreateSalesOrders syncIntervalSeconds } }`);
    expect(u.updateConnectionSetup).toEqual({ autoCreateSalesOrders: true, syncIntervalSeconds: 30 });
    expect(await gw.code(`mutation { updateConnectionSetup(input: { syncIntervalSeconds: 0 }) { syncIntervalSeconds } }`)).toBe('BAD_USER_INPUT');
  });

  it('should answer null coupling fields on every entity while nothing is coupled', async () => {
    const r = await gw.ok(`{
      salespeople { coupling { id } coupledSystemUser { id } }
      currencies { coupledTransactionCurrency { id } }
      unitsOfMeasure { coupledUnitGroup { id } }
      customerPriceGroups { coupledPriceList { id } prices { coupledPriceListItem { id } } }
      customers { nodes { coupling { id } coupledAccount { id } contacts { coupledCrmContact { id } } } }
      items { nodes { coupledProduct { id } } }
      resources { nodes { coupledProduct { id } } }
      systemUsers { coupledSalesperson { code } }
      unitGroups { coupledUnitOfMeasure { code } }
      accounts { nodes { coupledCustomer { no } contacts { coupledContact { no } } } }
      products { nodes { coupling { id } coupledItem { no } coupledResource { no } availability } }
      orders { nodes { coupledSalesOrder { no } } }
      quotes { nodes { coupledSalesQuote { no } } }
    }`);
    const values = JSON.stringify(r).match(/"(coupling|coupled\w+|availability)":[^,}]+/g) ?? [];
    expect(values.length).toBeGreaterThan(10);
    for (const v of values) expect(v).toMatch(/:null$/);
    expect(await gw.ok(`{ couplings { totalCount } syncJobs { totalCount } fullSyncRuns { id } }`)).toEqual({
      couplings: { totalCount: 0 },
      syncJobs: { totalCount: 0 },
      fullSyncRuns: [],
    });
    expect(await gw.code(`{ coupling(mapping: CUSTOMER, erpId: "10000", crmId: "3f2504e0-4f89-11d3-9a0c-0305e82c3301") { id } }`)).toBe('BAD_USER_INPUT');
    expect(await gw.code(`{ coupling(mapping: CUSTOMER, crmId: "nope") { id } }`)).toBe('BAD_USER_INPUT');
    expect(await gw.ok(`{ coupling(mapping: CUSTOMER, erpId: "10000") { id } }`)).toEqual({ coupling: null });
  });

  it('should stream job progress from the event bus over graphql-ws', async () => {
    const client = gw.ws();
    const received: unknown[] = [];
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe(
        { query: 'subscription { syncJobProgress { id status processed queuedAt } }' },
        {
          next: (v) => {
            received.push(v);
            if (received.length === 2) resolve();
          },
          error: reject,
          complete: () => resolve(),
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300)); // let the subscription reach the bus
    const job = {
      id: 'j1',
      mapping: 'CUSTOMER',
      direction: 'TO_CRM',
      type: 'FULL',
      status: 'RUNNING',
      queuedAt: '2026-11-25T09:00:00.000Z',
      processed: 5,
      inserted: 0,
      modified: 0,
      deleted: 0,
      unchanged: 0,
      skipped: 0,
      failed: 0,
      coupled: 0,
    };
    await gw.services.sync.bus.publish(TOPICS.allJobs, job);
    await gw.services.sync.bus.publish(TOPICS.allJobs, { ...job, status: 'SUCCEEDED', processed: 10 });
    await done;
    await client.dispose();
    expect(received).toEqual([
      { data: { syncJobProgress: { id: 'j1', status: 'RUNNING', processed: 5, queuedAt: '2026-11-25T09:00:00.000Z' } } },
      { data: { syncJobProgress: { id: 'j1', status: 'SUCCEEDED', processed: 10, queuedAt: '2026-11-25T09:00:00.000Z' } } },
    ]);
  });

  it('should refuse a progress stream of an unknown full sync run with NOT_FOUND', async () => {
    const client = gw.ws();
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: 'subscription { fullSyncProgress(runId: "nope") { id } }' }, { next: resolve, error: resolve, complete: () => resolve('complete') });
    });
    await client.dispose();
    expect(JSON.stringify(outcome)).toContain('NOT_FOUND');
  });
});
