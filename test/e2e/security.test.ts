import { authenticate } from '../../src/gateway/auth';
import { startTestGateway, TestGateway } from '../helpers/gateway';

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
    const result = await new Promise((resolve, reject) =>
      viewer.subscribe({ query: '{ unitsOfMeasure { code } }' }, { next: resolve, error: reject, complete: () => undefined }),
    );
    expect(result).toEqual({ data: { unitsOfMeasure: [{ code: 'PCS' }] } });
    await viewer.dispose();
  });

  it('should serve only loopback clients when no keys are configured', () => {
    const noKeys = { apiKeys: new Map() };
    expect(authenticate(noKeys, undefined, '127.0.0.1')).toEqual({ ok: true, role: 'admin' });
    expect(authenticate(noKeys, undefined, '::ffff:127.0.0.1')).toEqual({ ok: true, role: 'admin' });
    expect(authenticate(noKeys, undefined, '::1')).toEqual({ ok: true, role: 'admin' });
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
