import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { freshStoreLocation, testStoreKind } from '../helpers/store';
import { startTcpProxy } from '../helpers/tcp-proxy';
import { poll, startFullSync, waitRun } from '../helpers/sync-engine';
import { rawRequest } from '../helpers/raw';
import { sample } from '../helpers/metrics';
import { PassThrough } from 'node:stream';
import { createLogger, inLogScope, withLogFields } from '../../src/shared/log';

const PROMTOOL = '/usr/bin/promtool';
const required = process.env.TANDEM_REQUIRE_SERVICES === '1';
const onMariaDb = testStoreKind() === 'mariadb' ? it : it.skip;

async function metricsOf(gw: TestGateway): Promise<string> {
  const res = await fetch(gw.url.replace('/graphql', '/metrics'));
  expect(res.status).toBe(200);
  return res.text();
}

describe('Metrics', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ demoData: true });
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('should count a full sync and a conversion, with no record id in any label, and pass promtool check metrics', async () => {
    const run = await waitRun(gw, (await startFullSync(gw)).id, 60_000);
    expect(run.status).toBe('SUCCEEDED');
    const { orders } = await gw.ok('{ orders(first: 10) { nodes { id state } } }');
    const order = orders.nodes[0];
    await gw.ok('mutation($id: ID!) { submitOrder(id: $id) { id } }', { id: order.id });
    const convert = 'mutation($id: ID!) { convertOrder(crmOrderId: $id) { no } }';
    // Refusals a user can fix are counted apart from successes: no write-in product yet, then converted twice.
    expect(await gw.code(convert, { id: order.id })).toBe('WRITE_IN_PRODUCT_NOT_SET');
    await gw.ok('mutation { updateSalesSetup(input: { writeInProductType: RESOURCE, writeInProductNo: "LINDA" }) { writeInProductNo } }');
    await gw.ok(convert, { id: order.id });
    expect(await gw.code(convert, { id: order.id })).toBe('ALREADY_COUPLED');
    await gw.gql('{ nope }');

    const text = await metricsOf(gw);
    // Each line's job counters, as the API reports them, are in the series: every outcome, both directions.
    const outcomes = ['inserted', 'modified', 'deleted', 'unchanged', 'skipped', 'failed', 'coupled'] as const;
    for (const line of run.lines) {
      for (const job of [line.toCrmJob, line.fromCrmJob]) {
        if (!job) continue;
        for (const outcome of outcomes) {
          expect({
            line: line.mapping,
            dir: job.direction,
            outcome,
            n: sample(text, 'tandem_sync_records_total', { mapping: line.mapping, direction: job.direction, outcome }) ?? 0,
          }).toEqual({ line: line.mapping, dir: job.direction, outcome, n: job[outcome] });
        }
      }
    }
    const customerLine = run.lines.find((l) => l.mapping === 'CUSTOMER')!;
    expect(customerLine.toCrmJob!.inserted + customerLine.fromCrmJob!.inserted).toBeGreaterThan(0);
    const { accounts } = await gw.ok('{ accounts(first: 100) { totalCount } }');
    expect(sample(text, 'tandem_couplings', { mapping: 'CUSTOMER', state: 'synced' })).toBe(accounts.totalCount);
    expect(sample(text, 'tandem_sync_job_duration_seconds_count', { mapping: 'CUSTOMER', type: 'FULL', result: 'SUCCEEDED' })).toBe(2);
    expect(sample(text, 'tandem_sync_jobs_running')).toBe(0);
    expect(sample(text, 'tandem_sync_last_success_timestamp_seconds', { mapping: 'CUSTOMER' })).toBeGreaterThan(Date.now() / 1000 - 120);
    expect(sample(text, 'tandem_sync_lag_seconds', { mapping: 'CUSTOMER' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'tandem_document_conversions_total', { kind: 'order', result: 'success' })).toBe(1);
    expect(sample(text, 'tandem_document_conversions_total', { kind: 'order', result: 'refused' })).toBe(2);
    expect(sample(text, 'tandem_document_conversions_total', { kind: 'quote', result: 'success' })).toBe(0);
    expect(sample(text, 'tandem_graphql_requests_total', { operation: 'mutation', result: 'success' })).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'tandem_graphql_requests_total', { operation: 'mutation', result: 'error' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'tandem_graphql_requests_total', { operation: 'unknown', result: 'error' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'tandem_queue_jobs', { state: 'waiting' })).toBe(0);
    // Labels carry names and enum values only: no UUID and no customer number anywhere.
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(text).not.toContain(order.id);

    if (!existsSync(PROMTOOL)) {
      if (required) throw new Error(`${PROMTOOL} is missing: .ci/run installs Debian's prometheus package`);
      return;
    }
    const check = spawnSync(PROMTOOL, ['check', 'metrics'], { input: text, encoding: 'utf8' });
    expect({ status: check.status, out: check.stdout + check.stderr }).toEqual({ status: 0, out: '' });
  });

  it('should keep /metrics behind the API key like the API', async () => {
    const keyed = await startTestGateway({ apiKeys: { viewer: 'viewer-key-123' } });
    try {
      const base = keyed.url.replace('/graphql', '');
      expect((await rawRequest(`${base}/metrics`, { headers: { authorization: 'Bearer wrong-key-123' } })).status).toBe(401);
      const ok = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer viewer-key-123' } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('tandem_sync_records_total');
    } finally {
      await keyed.stop();
    }
  });
});

describe('Health probes and request ids', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('should answer /livez, /healthz and /readyz', async () => {
    const base = gw.url.replace('/graphql', '');
    expect(await rawRequest(`${base}/livez`)).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await rawRequest(`${base}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await rawRequest(`${base}/readyz`)).toEqual({ status: 200, body: { status: 'ready', stores: { erp: 'ok', crm: 'ok', sync: 'ok' } } });
  });

  it("should return the caller's x-request-id, or make one, and never echo a malformed one", async () => {
    const base = gw.url.replace('/graphql', '');
    const given = await fetch(`${base}/livez`, { headers: { 'x-request-id': 'trace-42.a' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42.a');
    const made = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const bad = await fetch(`${base}/livez`, { headers: { 'x-request-id': 'a b"c' } });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should answer 503 "shutting down" from the moment a stop begins', async () => {
    const other = await startTestGateway();
    const base = other.url.replace('/graphql', '');
    other.readiness.markStopping();
    expect(await rawRequest(`${base}/readyz`)).toEqual({ status: 503, body: { status: 'not ready', reason: 'shutting down' } });
    expect((await rawRequest(`${base}/livez`)).status).toBe(200);
    await other.stop();
  });

  onMariaDb('should answer 503 naming the stores while MariaDB does not answer, and ready again after', async () => {
    const proxy = await startTcpProxy(3306);
    const real = freshStoreLocation();
    const url = new URL(real.databaseUrl!);
    url.port = String(proxy.port);
    const viaProxy = await startTestGateway({ location: { ...real, databaseUrl: url.toString() } });
    try {
      const base = viaProxy.url.replace('/graphql', '');
      expect((await rawRequest(`${base}/readyz`)).status).toBe(200);
      const outage = proxy.outage(6000);
      const down = await poll(
        () => rawRequest(`${base}/readyz`),
        (r) => r.status === 503,
        'readyz 503',
        5000,
        100,
      );
      expect(down.body).toMatchObject({ status: 'not ready', reason: expect.stringMatching(/store (erp|crm|sync).* not answering/) });
      await outage;
      await poll(
        () => rawRequest(`${base}/readyz`),
        (r) => r.status === 200,
        'readyz 200 again',
        20_000,
        200,
      );
    } finally {
      await viaProxy.stop();
      await proxy.close();
      await real.dispose();
    }
  });
});

describe('Log lines', () => {
  it("should put the scope's fields on every line of the scope, and nothing of one line on the next, with secrets redacted", async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += d));
    const log = createLogger({ level: 'info' }, out);
    await inLogScope({ jobId: 'j1', mapping: 'CUSTOMER' }, async () => {
      log.info({ type: 'FULL' }, 'first');
      await new Promise((r) => setTimeout(r, 5));
      withLogFields({ reqId: 'r1' }, () => log.info({ authorization: 'Bearer secret-key-1', databaseUrl: 'mysql://u:pw@h/db' }, 'second'));
      log.info('third');
    });
    log.info('outside');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.msg, l.jobId, l.mapping, l.type, l.reqId])).toEqual([
      ['first', 'j1', 'CUSTOMER', 'FULL', undefined],
      ['second', 'j1', 'CUSTOMER', undefined, 'r1'],
      ['third', 'j1', 'CUSTOMER', undefined, undefined],
      ['outside', undefined, undefined, undefined, undefined],
    ]);
    expect(text).not.toContain('secret-key-1');
    expect(text).not.toContain('pw@');
  });
});

describe('Request ids on unexpected errors', () => {
  it("should mask an unexpected error and log it once with the request's id, on one subgraph and across them", async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += d));
    const gw = await startTestGateway({ log: createLogger({ level: 'info' }, out) });
    try {
      const customers = gw.services.erp.customers as unknown as { list: () => never };
      customers.list = () => {
        throw new Error('driver detail the caller must not see');
      };
      for (const [reqId, query] of [
        ['req-direct-1', '{ customers(first: 1) { nodes { no } } }'],
        ['req-merged-1', '{ customers(first: 1) { nodes { no coupledAccount { name } } } }'],
      ]) {
        const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': reqId }, body: JSON.stringify({ query }) });
        const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
        expect(body.errors.map((e) => [e.message, e.extensions.code])).toEqual([['Internal server error', 'INTERNAL_SERVER_ERROR']]);
      }
      expect(gw.executions).toMatchObject({ direct: 1, merged: 1 });
      const lines = text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .filter((l) => l.msg === 'unexpected error');
      expect(lines.map((l) => [l.reqId, l.err.message])).toEqual([
        ['req-direct-1', 'driver detail the caller must not see'],
        ['req-merged-1', 'driver detail the caller must not see'],
      ]);
    } finally {
      await gw.stop();
    }
  });
});
