import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { authenticate } from '../../src/gateway/auth';
import { loadConfig } from '../../src/shared/config';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { firstAnswer, rawRequest, tryUpgrade, wsClientWithHeaders } from '../helpers/raw';

const KEYS = { viewer: 'viewer-key-123', operator: 'operator-key-123', admin: 'admin-key-1234' };

describe('Security and bounds', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ apiKeys: KEYS });
  });
  afterAll(() => gw.stop());

  it('should refuse requests without a key or with a wrong key (401 UNAUTHENTICATED)', async () => {
    const none = await gw.gql('{ salespeople { code } }');
    expect(none.status).toBe(401);
    expect(none.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await gw.gql('{ salespeople { code } }', {}, 'nope-nope-nope');
    expect(wrong.status).toBe(401);
  });

  it('should let a viewer read but not write (FORBIDDEN), an operator write, and only an admin change mappings and setup', async () => {
    expect((await gw.gql('{ salespeople { code } }', {}, KEYS.viewer)).data).toEqual({ salespeople: [] });
    expect(await gw.code('mutation { createUnitOfMeasure(input: { code: "PCS", description: "Piece" }) { code } }', {}, KEYS.viewer)).toBe('FORBIDDEN');
    expect(await gw.code('mutation { createSystemUser(input: { fullName: "X" }) { id } }', {}, KEYS.viewer)).toBe('FORBIDDEN');
    expect(await gw.code('mutation { convertOrder(crmOrderId: "x") { no } }', {}, KEYS.viewer)).toBe('FORBIDDEN');
    await gw.ok('mutation { createUnitOfMeasure(input: { code: "PCS", description: "Piece" }) { code } }', {}, KEYS.operator);
    expect(await gw.code('mutation { updateConnectionSetup(input: { autoProcessQuotes: true }) { autoProcessQuotes } }', {}, KEYS.operator)).toBe('FORBIDDEN');
    expect(await gw.code('mutation { updateTableMapping(name: CUSTOMER, input: { conflictResolution: GET_UPDATE_FROM_CRM }) { name } }', {}, KEYS.operator)).toBe('FORBIDDEN');
    const admin = await gw.ok('mutation { updateConnectionSetup(input: { autoProcessQuotes: true }) { autoProcessQuotes } }', {}, KEYS.admin);
    expect(admin.updateConnectionSetup.autoProcessQuotes).toBe(true);
    expect((await gw.ok('{ unitsOfMeasure { code } }', {}, KEYS.viewer)).unitsOfMeasure).toEqual([{ code: 'PCS' }]);
  });

  it('should apply the keys to graphql-ws connection_init too', async () => {
    const anonymous = gw.ws();
    await expect(
      new Promise((resolve, reject) => anonymous.subscribe({ query: '{ salespeople { code } }' }, { next: resolve, error: reject, complete: () => undefined })),
    ).rejects.toBeDefined();
    await anonymous.dispose();
    const viewer = gw.ws(KEYS.viewer);
    const result = await new Promise((resolve, reject) => viewer.subscribe({ query: '{ unitsOfMeasure { code } }' }, { next: resolve, error: reject, complete: () => undefined }));
    expect(result).toEqual({ data: { unitsOfMeasure: [{ code: 'PCS' }] } });
    await viewer.dispose();
  });

  it('should serve only loopback clients when no keys are configured', () => {
    const noKeys = { apiKeys: new Map() };
    expect(authenticate(noKeys, undefined, '127.0.0.1')).toMatchObject({ ok: true, role: 'admin' });
    expect(authenticate(noKeys, undefined, '::ffff:127.0.0.1')).toMatchObject({ ok: true, role: 'admin' });
    expect(authenticate(noKeys, undefined, '::1')).toMatchObject({ ok: true, role: 'admin' });
    expect(authenticate(noKeys, undefined, '192.168.1.20')).toMatchObject({ ok: false, status: 403, code: 'FORBIDDEN' });
  });

  it('should refuse queries nested too deep or too costly, and pages over 500', async () => {
    const deep = `{ customers { nodes { coupledAccount { coupledCustomer { coupledAccount { coupledCustomer { coupledAccount { coupledCustomer { coupledAccount { coupledCustomer { coupledAccount { coupledCustomer { coupledAccount { name } } } } } } } } } } } } } }`;
    expect(await gw.code(deep, {}, KEYS.viewer)).toBe('QUERY_TOO_COMPLEX');
    const costly = `{ a: customers(first: 500) { nodes { contacts { name coupledCrmContact { fullName } } coupledAccount { name contacts { fullName } owner { fullName } } salesperson { name } } }
                     b: accounts(first: 500) { nodes { contacts { fullName } owner { fullName coupledSalesperson { name } } coupledCustomer { name contacts { name } } } } }`;
    expect(await gw.code(costly, {}, KEYS.viewer)).toBe('QUERY_TOO_COMPLEX');
    expect(await gw.code('{ customers(first: 501) { totalCount } }', {}, KEYS.viewer)).toBe('BAD_USER_INPUT');
  });

  it('should never leak stack traces, and mask unexpected errors', async () => {
    const r = await gw.gql('mutation { createCustomer(input: { name: "" }) { no } }', {}, KEYS.operator);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    const bad = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.viewer}` }, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).not.toMatch(/stacktrace/);
  });
});

const CREATE_SALESPERSON = 'mutation($c: ID!) { createSalesperson(input: { code: $c, name: "From a page" }) { code } }';

/** Runs one operation over a graphql-ws client whose upgrade carries `headers`; answers the result or why it failed. */
async function overSocket(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}, key?: string) {
  const client = wsClientWithHeaders(url, headers, key ? { authorization: `Bearer ${key}` } : {});
  let closedWith: number | undefined;
  client.on('closed', (e) => (closedWith ??= (e as { code: number }).code));
  client.on('error', () => undefined);
  const answer = await firstAnswer(client, { query, variables }, 3_000);
  await client.dispose();
  return { answer, closedWith };
}

describe('Browser origins and host names', () => {
  let loopback: TestGateway;
  let keyed: TestGateway;
  let port: number;
  beforeAll(async () => {
    loopback = await startTestGateway({ env: { TANDEM_ALLOWED_ORIGINS: 'http://console.example:8080' } });
    keyed = await startTestGateway({ apiKeys: KEYS });
    port = loopback.port;
  });
  afterAll(async () => {
    await loopback.stop();
    await keyed.stop();
  });

  it('should refuse WebSocket upgrades from another origin, without keys and with them, and change nothing', async () => {
    for (const origin of ['http://evil.example', 'http://127.0.0.2:4899', `http://localhost:${port}`, 'null']) {
      expect({ origin, ...(await tryUpgrade(loopback.wsUrl, { origin })) }).toEqual({ origin, open: false, status: 403 });
      const { answer } = await overSocket(loopback.wsUrl, { origin }, CREATE_SALESPERSON, { c: 'EVIL' });
      expect('next' in answer).toBe(false);
    }
    const { answer: withKey } = await overSocket(
      keyed.wsUrl,
      { origin: 'http://evil.example' },
      'mutation { updateConnectionSetup(input: { autoProcessQuotes: true }) { autoProcessQuotes } }',
      {},
      KEYS.admin,
    );
    expect('next' in withKey).toBe(false);
    expect(await tryUpgrade(keyed.wsUrl, { origin: 'http://evil.example' })).toEqual({ open: false, status: 403 });
    expect((await loopback.ok('{ salespeople { code } }')).salespeople).not.toContainEqual({ code: 'EVIL' });
    expect((await keyed.ok('{ connectionSetup { autoProcessQuotes } }', {}, KEYS.viewer)).connectionSetup.autoProcessQuotes).toBe(false);
  });

  it("should serve the gateway's own origin (its console), configured origins and clients that send no Origin", async () => {
    const own = await overSocket(loopback.wsUrl, { origin: `http://127.0.0.1:${port}` }, CREATE_SALESPERSON, { c: 'OWN' });
    expect(own.answer).toEqual({ next: { data: { createSalesperson: { code: 'OWN' } } } });
    const configured = await overSocket(loopback.wsUrl, { origin: 'http://console.example:8080' }, CREATE_SALESPERSON, { c: 'CONF' });
    expect(configured.answer).toEqual({ next: { data: { createSalesperson: { code: 'CONF' } } } });
    const none = await overSocket(loopback.wsUrl, {}, '{ salespeople { code } }');
    expect(none.answer).toEqual({ next: { data: { salespeople: expect.arrayContaining([{ code: 'OWN' }, { code: 'CONF' }]) } } });
    const keyedOwn = await overSocket(keyed.wsUrl, { origin: `http://127.0.0.1:${keyed.port}` }, '{ connectionSetup { autoProcessQuotes } }', {}, KEYS.viewer);
    expect(keyedOwn.answer).toEqual({ next: { data: { connectionSetup: { autoProcessQuotes: false } } } });
  });

  it('should refuse HTTP requests from another origin the same way', async () => {
    const evil = await rawRequest(loopback.url, { headers: { origin: 'http://evil.example' }, body: { query: CREATE_SALESPERSON, variables: { c: 'EVIL2' } } });
    expect(evil).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
    expect(evil.body.data).toBeUndefined();
    const own = await rawRequest(loopback.url, { headers: { origin: `http://127.0.0.1:${port}` }, body: { query: '{ __typename }' } });
    expect(own).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('should accept only loopback host names without keys (DNS rebinding), any port, plus configured ones', async () => {
    const asHost = (gw: TestGateway, host: string) => rawRequest(gw.url, { headers: { host }, body: { query: '{ customers { totalCount } }' } });
    const rebound = await asHost(loopback, `attacker.example:${port}`);
    expect(rebound).toMatchObject({
      status: 403,
      body: { errors: [{ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/Host "attacker.example" is not served/) }] },
    });
    expect(rebound.body.data).toBeUndefined();
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'localhost', `LOCALHOST:1234`]) {
      expect({ host, status: (await asHost(loopback, host)).status }).toEqual({ host, status: 200 });
    }
    expect(await tryUpgrade(loopback.wsUrl, { host: `attacker.example:${port}` })).toEqual({ open: false, status: 403 });
    expect((await rawRequest(`${loopback.url.replace('/graphql', '')}/metrics`, { headers: { host: 'attacker.example' } })).status).toBe(403);

    const named = await startTestGateway({ env: { TANDEM_ALLOWED_HOSTS: 'tandem.internal' } });
    try {
      expect((await asHost(named, `tandem.internal:${named.port}`)).status).toBe(200);
      expect((await asHost(named, `localhost:${named.port}`)).status).toBe(200);
      expect((await asHost(named, `other.internal:${named.port}`)).status).toBe(403);
    } finally {
      await named.stop();
    }
    // With keys the key decides (a rebinding page has none).
    expect((await rawRequest(keyed.url, { headers: { host: 'tandem.example.com', authorization: `Bearer ${KEYS.viewer}` }, body: { query: '{ __typename }' } })).status).toBe(200);
  });

  it('should show /readyz details only to a caller who may use the API', async () => {
    const readyz = (gw: TestGateway, headers: Record<string, string> = {}) => rawRequest(`${gw.url.replace('/graphql', '')}/readyz`, { headers });
    expect(await readyz(keyed)).toEqual({ status: 200, body: { status: 'ready' } });
    expect(await readyz(keyed, { authorization: 'Bearer not-a-key-at-all' })).toEqual({ status: 200, body: { status: 'ready' } });
    expect(await readyz(keyed, { authorization: `Bearer ${KEYS.viewer}` })).toEqual({ status: 200, body: { status: 'ready', stores: { erp: 'ok', crm: 'ok', sync: 'ok' } } });
    expect(await readyz(loopback)).toEqual({ status: 200, body: { status: 'ready', stores: { erp: 'ok', crm: 'ok', sync: 'ok' } } });
    expect(await readyz(loopback, { host: 'attacker.example' })).toEqual({ status: 200, body: { status: 'ready' } });
    // /healthz is public and says nothing.
    expect(await rawRequest(`${keyed.url.replace('/graphql', '')}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('should show /readyz driver errors only with a key when a store fails', async () => {
    const gw = await startTestGateway({ apiKeys: KEYS });
    try {
      // A store whose connection is gone: what the driver says names the database or file.
      await gw.stores.sync.destroy();
      const open = await rawRequest(`${gw.url.replace('/graphql', '')}/readyz`);
      // Which store is down is public (a probe's reason); what its driver says is not.
      expect(open).toEqual({ status: 503, body: { status: 'not ready', reason: 'store sync not answering' } });
      const withKey = await rawRequest(`${gw.url.replace('/graphql', '')}/readyz`, { headers: { authorization: `Bearer ${KEYS.viewer}` } });
      expect(withKey).toMatchObject({ status: 503, body: { status: 'not ready', stores: { erp: 'ok', crm: 'ok', sync: expect.any(String) } } });
      expect(withKey.body.stores.sync).not.toBe('ok');
    } finally {
      await gw.stores.sync.initialize().catch(() => undefined);
      await gw.stop();
    }
  });
});

describe('API key configuration', () => {
  const refusal = (keys: string) => {
    try {
      loadConfig({ TANDEM_API_KEYS: keys });
    } catch (e) {
      return (e as Error).message;
    }
    return 'accepted';
  };

  it('should never show a secret, and name the entry by its position', () => {
    const message = refusal('viewer:viewer-key-123,Admin:supersecretkey2');
    expect(message).toMatch(/^TANDEM_API_KEYS entry 2 of 2: the role before ":" must be one of viewer, operator, admin/);
    expect(message).not.toMatch(/supersecretkey2|viewer-key-123/);
    for (const bad of ['supersecretkey2', 'admin=supersecretkey2', 'admin:short', 'superuser:supersecretkey2']) {
      const m = refusal(`operator:operator-key-1,${bad}`);
      expect({ bad, m }).toEqual({ bad, m: expect.stringMatching(/^TANDEM_API_KEYS entry 2 of 2/) });
      expect(m).not.toContain('supersecretkey2');
      expect(m).not.toContain('operator-key-1');
    }
    expect(refusal('DATABASE_URL')).toMatch(/entry 1 of 1 is not ROLE:KEY/);
    let dbMessage = '';
    try {
      loadConfig({ DATABASE_URL: 'postgres://u:dbsecret123@host/db' });
    } catch (e) {
      dbMessage = (e as Error).message;
    }
    expect(dbMessage).toMatch(/^DATABASE_URL must look like mysql:\/\//);
    expect(dbMessage).not.toContain('dbsecret123');
  });

  it('should refuse the same key twice (whatever the roles) and keys with whitespace', () => {
    expect(refusal('viewer:shared-key-123,admin:shared-key-123')).toBe(
      'TANDEM_API_KEYS entry 2 of 2 repeats the key of entry 1: each key must be unique, since the key alone decides the role',
    );
    expect(refusal('admin:shared-key-123,operator:other-key-123,admin:shared-key-123')).toMatch(/^TANDEM_API_KEYS entry 3 of 3 repeats the key of entry 1/);
    expect(refusal('viewer:key with space')).toMatch(/^TANDEM_API_KEYS entry 1 of 1: the key contains whitespace/);
    expect(refusal('viewer: leading-space-key')).toMatch(/^TANDEM_API_KEYS entry 1 of 1: the key contains whitespace/);
    expect(refusal('viewer:tab\tinside-key')).toMatch(/entry 1 of 1: the key contains whitespace/);
    // Spaces around entries are fine, and so is a trailing comma.
    expect(refusal(' viewer:viewer-key-123 , admin:admin-key-1234 ,')).toBe('accepted');
    expect(loadConfig({ TANDEM_API_KEYS: 'viewer:viewer-key-123, admin:admin-key-1234' }).apiKeys).toEqual(
      new Map([
        ['viewer-key-123', 'viewer'],
        ['admin-key-1234', 'admin'],
      ]),
    );
  });

  it('should stop `tandem serve` on a bad key with a message that shows no secret', async () => {
    const root = join(__dirname, '..', '..');
    const built = join(root, 'dist', 'src', 'cli', 'main.js');
    const args = process.env.TANDEM_TEST_DIST === '1' && existsSync(built) ? [built, 'serve'] : ['-r', 'ts-node/register/transpile-only', 'src/cli/main.ts', 'serve'];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, PORT: '0', TANDEM_API_KEYS: 'viewer:viewer-key-123,Admin:supersecretkey2', TANDEM_DEMO_DATA: '0', DATA_DIR: join(root, 'data-should-not-exist') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(out).toContain('TANDEM_API_KEYS entry 2 of 2');
    expect(out).not.toContain('supersecretkey2');
    expect(out).not.toContain('viewer-key-123');
    expect(existsSync(join(root, 'data-should-not-exist'))).toBe(false);
  });
});
