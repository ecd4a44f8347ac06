import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { testStoreKind } from '../helpers/store';
import { browserAvailable, launch, SHOTS, watchedPage } from '../helpers/browser';
import { incremental, poll, times, waitRun } from '../helpers/sync-engine';
import { TableMappingName } from '../../src/sync/enums';
import { startTcpProxy } from '../helpers/tcp-proxy';

/*
 * The operator console in real headless Chromium (Debian's chromium driven by playwright-core)
 * against the real gateway: pages render without console errors or outside requests, a full
 * sync started on the review page moves its bars live, a conflict made through the API is
 * resolved in the page, a submitted order is converted with its button, roles shape the UI,
 * and GraphiQL runs a query. Pure UI: SQLite only. Screenshots go to /tmp/console-shots.
 */

jest.setTimeout(120_000);

const run = testStoreKind() === 'sqlite' && browserAvailable() ? describe : describe.skip;
const N = 6000;
const PHONE = { width: 390, height: 844 };

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Waits until a console page has loaded what it shows. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .getByText('Loading…')
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => undefined);
  await page
    .getByText('Connecting to the gateway…')
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => undefined);
}

run('Operator console (keyless loopback gateway, demo data)', () => {
  let gw: TestGateway;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    [gw, browser] = await Promise.all([startTestGateway({ demoData: true }), launch()]);
    base = gw.url.replace(/\/graphql$/, '');
    // A few thousand more customers, so the full sync runs long enough to watch.
    await times(N, 8, (i) => gw.services.erp.customers.create({ no: `K${String(i).padStart(5, '0')}`, name: `Bulk Customer ${i}`, city: 'Leeds', salespersonCode: 'AH' }));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
  });

  it('should start a full sync on the review page and move its bars live until it SUCCEEDED', async () => {
    const { context, page, watch } = await watchedPage(browser);
    try {
      await page.goto(`${base}/full-sync`);
      await settled(page);
      await page.getByRole('table', { name: 'Plan' }).waitFor();
      await shoot(page, 'full-sync-plan-desktop');
      // Record every value the CUSTOMER bar takes, and mark the document to prove there is no reload.
      await page.evaluate(`(() => {
        window.__noReload = true; window.__values = [];
        new MutationObserver(() => {
          const el = document.querySelector('[role=progressbar][aria-label=CUSTOMER]');
          if (el) window.__values.push([Number(el.getAttribute('aria-valuenow')), Number(el.getAttribute('aria-valuemax'))]);
        }).observe(document.body, { subtree: true, attributes: true, childList: true, attributeFilter: ['aria-valuenow', 'aria-valuemax'] });
      })()`);
      await page.getByRole('button', { name: 'Start' }).click();
      const bar = page.getByRole('progressbar', { name: 'CUSTOMER' });
      await bar.waitFor();
      await page.waitForURL(/\/full-sync\/[0-9a-f-]{36}$/);
      await shoot(page, 'full-sync-running-desktop');
      const runId = page.url().split('/').pop()!;
      const final = await waitRun(gw, runId, 100_000);
      expect(final.status).toBe('SUCCEEDED');
      await page.locator('.card .badge', { hasText: 'succeeded' }).first().waitFor();
      const values = (await page.evaluate('window.__values')) as Array<[number, number]>;
      const [lastNow, lastMax] = values[values.length - 1];
      expect(lastNow).toBe(lastMax);
      expect(lastNow).toBeGreaterThanOrEqual(N);
      const between = new Set(values.filter(([v, max]) => v > 0 && v < max).map(([v]) => v));
      expect(between.size).toBeGreaterThanOrEqual(2);
      expect(await page.evaluate('window.__noReload')).toBe(true);
      for (const l of await page.getByRole('progressbar').all()) expect(await l.getAttribute('aria-valuenow')).toBe(await l.getAttribute('aria-valuemax'));
      await shoot(page, 'full-sync-done-desktop');
      expect(watch.errors).toEqual([]);
      expect(watch.external).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('should resolve in the page a conflict made through the API', async () => {
    const acc = (await gw.ok(`{ customer(no: "10000") { coupledAccount { id } } }`)).customer.coupledAccount.id;
    await gw.ok(`mutation { updateCustomer(no: "10000", input: { name: "Adatum Corporation (ERP)" }) { no } }`);
    await gw.ok(`mutation($id: ID!) { updateAccount(id: $id, input: { name: "Adatum Corporation (CRM)" }) { id } }`, { id: acc });
    await incremental(gw, [TableMappingName.CUSTOMER]);
    const before = (await gw.ok(`{ coupling(mapping: CUSTOMER, erpId: "10000") { id lastSyncResult } }`)).coupling;
    expect(before.lastSyncResult).toBe('CONFLICT');

    const { context, page, watch } = await watchedPage(browser);
    try {
      await page.goto(`${base}/couplings?show=conflict`);
      await settled(page);
      const card = page.getByRole('listitem', { name: 'Coupling Adatum Corporation (ERP)' });
      await card.getByRole('table', { name: 'Conflicting fields' }).waitFor();
      await shoot(page, 'couplings-conflict-desktop');
      await card.getByRole('button', { name: 'Keep ERP' }).click();
      await card.waitFor({ state: 'detached' });
      const after = await gw.ok(`query($id: ID!) { coupling(mapping: CUSTOMER, erpId: "10000") { lastSyncResult conflicts { erpField } } account(id: $id) { name } }`, { id: acc });
      expect(after.coupling).toEqual({ lastSyncResult: 'SUCCESS', conflicts: [] });
      expect(after.account.name).toBe('Adatum Corporation (ERP)');
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('should convert a submitted order with its button and link to the ERP order', async () => {
    await gw.ok(`mutation { updateSalesSetup(input: { writeInProductType: RESOURCE, writeInProductNo: "LINDA" }) { writeInProductNo } }`);
    const order = (await gw.ok(`{ orders(first: 10) { nodes { id orderNumber name } } }`)).orders.nodes.find((o: { name: string }) => o.name === 'Fabrikam office refresh');
    await gw.ok(`mutation($id: ID!) { submitOrder(id: $id) { state } }`, { id: order.id });
    const { context, page, watch } = await watchedPage(browser);
    try {
      await page.goto(`${base}/documents`);
      await settled(page);
      const row = page.getByRole('row').filter({ hasText: order.orderNumber });
      await shoot(page, 'documents-desktop');
      await row.getByRole('button', { name: 'Create in ERP' }).click();
      const link = row.getByRole('link', { name: /^sales order / });
      await link.waitFor();
      const no = (await link.textContent())!.replace('sales order ', '').trim();
      const so = (await gw.ok(`query($no: ID!) { salesOrder(no: $no) { externalDocumentNo coupledOrder { id } } }`, { no })).salesOrder;
      expect(so).toEqual({ externalDocumentNo: 'Fabrikam office refresh', coupledOrder: { id: order.id } });
      await link.click();
      await page.waitForURL(`${base}/erp/sales-orders/${no}`);
      await page.getByRole('table', { name: 'Sales lines' }).waitFor();
      await shoot(page, 'sales-order-desktop');
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('should load GraphiQL from the gateway and run a query', async () => {
    const { context, page, watch } = await watchedPage(browser);
    try {
      await page.goto(`${base}/graphql`);
      // The editor (Monaco) loads its workers first; run once the default query is in it.
      await page.locator('.graphiql-query-editor').getByText('tableMappings').first().waitFor({ timeout: 30_000 });
      await poll(
        async () => {
          await page.getByRole('button', { name: /^Execute query/ }).click();
          await page.waitForTimeout(500);
          return (await page.locator('.graphiql-response').textContent()) ?? '';
        },
        (text) => text.replace(/\s+/g, ' ').includes('"role": "ADMIN"'),
        'the GraphiQL response',
        30_000,
        500,
      );
      await shoot(page, 'graphiql-desktop');
      expect(watch.errors).toEqual([]);
      expect(watch.external).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('should say so when the connection is lost, reconnect by itself and go on updating live', async () => {
    const proxy = await startTcpProxy(gw.port);
    const { context, page } = await watchedPage(browser);
    try {
      await page.goto(`http://127.0.0.1:${proxy.port}/jobs`);
      await settled(page);
      await page.getByRole('table', { name: 'Sync jobs' }).waitFor();
      const rows = await page.getByRole('table', { name: 'Sync jobs' }).getByRole('row').count();
      const outage = proxy.outage(2500);
      const banner = page.getByRole('status').filter({ hasText: 'reconnecting' });
      await banner.waitFor({ timeout: 10_000 });
      await shoot(page, 'reconnecting-desktop');
      await outage;
      await banner.waitFor({ state: 'detached', timeout: 20_000 });
      // The live list resubscribed: a job run now appears without a reload.
      await gw.ok(`mutation { runIncrementalSynchronization(mappings: [CURRENCY]) { id } }`);
      await poll(
        () => page.getByRole('table', { name: 'Sync jobs' }).getByRole('row').count(),
        (n) => n > rows,
        'a new job row',
        20_000,
        200,
      );
    } finally {
      await context.close();
      await proxy.close();
    }
  });

  it('should render every page at desktop and phone width with no console error and no request leaving 127.0.0.1', async () => {
    const job = (await gw.ok(`{ latestSyncJobs(first: 1) { id } }`)).latestSyncJobs[0].id;
    const order = (await gw.ok(`{ orders(state: SUBMITTED, first: 1) { nodes { id coupledSalesOrder { no } } } }`)).orders.nodes[0];
    const runId = (await gw.ok(`{ fullSyncRuns(first: 1) { id } }`)).fullSyncRuns[0].id;
    const pages: Array<[string, string]> = [
      ['setup', '/'],
      ['mappings', '/mappings'],
      ['mapping-customer', '/mappings/CUSTOMER'],
      ['full-sync', '/full-sync'],
      ['full-sync-run', `/full-sync/${runId}`],
      ['couplings', '/couplings'],
      ['customers', '/records/customers'],
      ['items', '/records/items'],
      ['accounts', '/records/accounts'],
      ['products', '/records/products'],
      ['jobs', '/jobs'],
      ['job', `/jobs/${job}`],
      ['documents', '/documents'],
      ['order', `/documents/orders/${order.id}`],
      ['sales-order', `/erp/sales-orders/${order.coupledSalesOrder.no}`],
      ['not-found', '/no/such/page'],
    ];
    for (const [label, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', PHONE],
    ] as const) {
      const { context, page, watch } = await watchedPage(browser, viewport);
      try {
        for (const [name, path] of pages) {
          // Each page is opened as a deep link: the gateway falls back to the app.
          const res = await page.goto(`${base}${path}`);
          expect(res?.status()).toBe(200);
          await settled(page);
          await page.locator('main h1').first().waitFor();
          expect(await page.locator('body').textContent()).not.toMatch(/\bat .+\.(ts|js):\d+/);
          await shoot(page, `${name}-${label}`);
        }
        expect(watch.errors).toEqual([]);
        expect(watch.external).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});

run('Operator console with API keys', () => {
  const KEYS = { viewer: 'viewer-key-7', operator: 'operator-key-7', admin: 'admin-key-7' };
  let gw: TestGateway;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    [gw, browser] = await Promise.all([startTestGateway({ demoData: true, apiKeys: KEYS }), launch()]);
    base = gw.url.replace(/\/graphql$/, '');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
  });

  async function signIn(page: Page, key: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  const ACTIONS =
    /^(Start|Synchronize Now|Synchronize now|Uncouple|Set Up Coupling|Create in (ERP|CRM)|Restore|Keep (ERP|CRM)|Cancel|Reset to defaults|Process in ERP|Save|Save sales setup)$/;

  it('should refuse a wrong key next to the field, and show a viewer no action button', async () => {
    const { context, page, watch } = await watchedPage(browser);
    try {
      await page.goto(`${base}/records/customers`);
      await page.getByLabel('API key').fill('not-a-key');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'UNAUTHENTICATED' }).waitFor();
      await shoot(page, 'sign-in-refused-desktop');
      await signIn(page, KEYS.viewer);
      expect(await page.locator('.role').textContent()).toBe('viewer');
      for (const path of ['/', '/mappings/CUSTOMER', '/full-sync', '/couplings', '/records/customers', '/records/accounts', '/jobs', '/documents']) {
        await page.goto(`${base}${path}`);
        await settled(page);
        await page.locator('main h1').first().waitFor();
        const names = await page.locator('main button').allTextContents();
        expect({ path, actions: names.filter((n) => ACTIONS.test(n.trim())) }).toEqual({ path, actions: [] });
        // Settings and field mappings are read-only for a viewer (filters and row selection stay).
        expect(await page.locator('main :is(input[type=checkbox], select, input#interval):not([disabled]):not(.filters *):not([aria-label=Select])').count()).toBe(0);
      }
      await page.goto(`${base}/records/customers`);
      await settled(page);
      await shoot(page, 'customers-viewer-desktop');
      // The server refuses what the page does not offer (the UI only follows the role).
      expect(await gw.code(`mutation { uncouple(input: { mapping: CUSTOMER, erpId: "10000" }) }`, undefined, KEYS.viewer)).toBe('FORBIDDEN');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('API key').waitFor();
      expect(await page.evaluate('sessionStorage.length')).toBe(0);
      expect(watch.errors.filter((e) => !/401|403|Unauthorized|Forbidden/.test(e))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('should let an admin edit a field mapping', async () => {
    const { context, page } = await watchedPage(browser);
    try {
      await signIn(page, KEYS.admin);
      await page.goto(`${base}/mappings/CUSTOMER`);
      await settled(page);
      const box = page.getByLabel('Enabled city');
      await expect(box.isChecked()).resolves.toBe(true);
      await box.click();
      await poll(
        async () =>
          (await gw.ok(`{ tableMapping(name: CUSTOMER) { fieldMappings { erpField enabled } } }`, undefined, KEYS.admin)).tableMapping.fieldMappings.find(
            (f: { erpField: string }) => f.erpField === 'city',
          ).enabled,
        (e) => e === false,
        'city disabled',
      );
      await expect(box.isChecked()).resolves.toBe(false);
      // A refused edit shows the server's message and code next to the field, and changes nothing.
      await page.getByLabel('Direction', { exact: true }).selectOption('FROM_CRM');
      await poll(
        async () => (await gw.ok(`{ tableMapping(name: CUSTOMER) { direction } }`, undefined, KEYS.admin)).tableMapping.direction,
        (d) => d === 'FROM_CRM',
        'direction FROM_CRM',
      );
      await page.getByLabel('Direction of name').selectOption('TO_CRM');
      await page.getByRole('row').filter({ hasText: 'name' }).first().getByRole('alert').filter({ hasText: 'BAD_USER_INPUT' }).waitFor();
      expect(await page.getByLabel('Direction of name').inputValue()).toBe('FROM_CRM');
      await shoot(page, 'mapping-admin-desktop');
      await page.getByRole('button', { name: 'Reset to defaults' }).waitFor();
      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Reset to defaults' }).click();
      await poll(
        async () => (await gw.ok(`{ tableMapping(name: CUSTOMER) { direction fieldMappings { erpField enabled } } }`, undefined, KEYS.admin)).tableMapping,
        (m) => m.direction === 'BIDIRECTIONAL' && m.fieldMappings.every((f: { enabled: boolean }) => f.enabled),
        'reset',
      );
    } finally {
      await context.close();
    }
  });
});
