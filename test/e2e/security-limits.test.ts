import { createHash } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import WebSocket from 'ws';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { firstAnswer, healthzDuring, timed } from '../helpers/raw';
import { TOPICS } from '../../src/sync/events/topics';
import { MAX_OPERATIONS_PER_KEY, MAX_OPERATIONS_PER_SOCKET, MAX_SOCKETS_PER_KEY } from '../../src/gateway/ws';

const KEYS = { viewer: 'viewer-key-123', operator: 'operator-key-123', admin: 'admin-key-1234' };

/** Generous bounds: the machine is shared and noisy; the holes these tests close took seconds. */
const REFUSED_WITHIN_MS = 1_500;
const HEALTHZ_WITHIN_MS = 1_500;

/** `fragment Fi { ...F(i-1) ...F(i-1) }`: under a kilobyte, 2^n selections once expanded. */
function fragmentBomb(n: number, head: string, on: string, leaf: string): string {
  let doc = `${head.replace('%', `...F${n}`)} fragment F0 on ${on} { ${leaf} }`;
  for (let i = 1; i <= n; i++) doc += ` fragment F${i} on ${on} { ...F${i - 1} ...F${i - 1} }`;
  return doc;
}
const QUERY_BOMB = fragmentBomb(22, 'query { % }', 'Query', 'salesSetup { writeInProductNo }');
const SUBSCRIPTION_BOMB = fragmentBomb(22, 'subscription { syncJobProgress { % } }', 'SyncJob', 'id');

const aliases = (n: number, selection: string) => Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(' ');

/** The first error of a graphql-ws answer, as message and code. */
function wsError(answer: Awaited<ReturnType<typeof firstAnswer>>): { message: string; code: string } {
  const errors = 'error' in answer ? answer.error : 'next' in answer ? answer.next.errors : undefined;
  if (!Array.isArray(errors) || !errors.length) throw new Error(`expected errors, got ${JSON.stringify(answer)}`);
  return { message: errors[0].message, code: errors[0].extensions?.code };
}

describe('Query limits over HTTP and graphql-ws', () => {
  let gw: TestGateway;
  let base: string;
  beforeAll(async () => {
    gw = await startTestGateway({ apiKeys: KEYS });
    base = gw.url.replace(/\/graphql$/, '');
  });
  afterAll(() => gw.stop());

  it('should refuse a fragment bomb within the time bound over HTTP and graphql-ws, /healthz answering meanwhile', async () => {
    expect(QUERY_BOMB.length).toBeLessThan(1_000);
    const http = await healthzDuring(base, () => gw.gql(QUERY_BOMB, {}, KEYS.viewer));
    expect(http.ms).toBeLessThan(REFUSED_WITHIN_MS);
    expect(http.healthzMs).toBeLessThan(HEALTHZ_WITHIN_MS);
    expect(http.value.status).toBe(400);
    expect(http.value.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(http.value.errors?.[0].message).toMatch(/selections with its fragments expanded, more than the limit of 5000/);

    const client = gw.ws(KEYS.viewer);
    for (const query of [QUERY_BOMB, SUBSCRIPTION_BOMB]) {
      const ws = await healthzDuring(base, () => firstAnswer(client, { query }));
      expect(ws.ms).toBeLessThan(REFUSED_WITHIN_MS);
      expect(ws.healthzMs).toBeLessThan(HEALTHZ_WITHIN_MS);
      expect(wsError(ws.value)).toEqual({ code: 'QUERY_TOO_COMPLEX', message: expect.stringMatching(/more than the limit of 5000/) });
    }
    await client.dispose();
  });

  it('should cost introspection like any selection: 200 aliased __schema refused, one standard introspection query served', async () => {
    const standard = await gw.gql(getIntrospectionQuery(), {}, KEYS.viewer);
    expect(standard.errors).toBeUndefined();
    expect(standard.data.__schema.types.length).toBeGreaterThan(50);

    const full = `__schema { types { name kind fields { name args { name type { name } } type { name kind ofType { name kind ofType { name } } } } } }`;
    const query = `{ ${aliases(200, full)} }`;
    // Timed as an attacker repeats it: the first pass of a 26 kB document also warms validation
    // up (about 0.5 s cold here, three times that on a loaded CI host), which no repeat pays again.
    await gw.gql(query, {}, KEYS.viewer);
    const refused = await healthzDuring(base, () => gw.gql(query, {}, KEYS.viewer));
    expect(refused.ms).toBeLessThan(REFUSED_WITHIN_MS);
    expect(refused.healthzMs).toBeLessThan(HEALTHZ_WITHIN_MS);
    expect(refused.value.status).toBe(400);
    expect(refused.value.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Query cost \d+ exceeds the limit of 25000/), extensions: { code: 'QUERY_TOO_COMPLEX' } });
    // One __type of the widest type is no loophole either.
    expect(await gw.code(`{ ${aliases(600, '__type(name: "Query") { fields { name } }')} }`, {}, KEYS.viewer)).toBe('QUERY_TOO_COMPLEX');
    // Deep introspection is refused (graphql's own introspection-depth rule comes first).
    const deep = '{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } }';
    expect(await gw.gql(deep, {}, KEYS.viewer)).toMatchObject({ status: 400, errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
  });

  it('should give the fields that scan or read stores a real cost (previewFullSynchronization, salesSetup)', async () => {
    for (const query of [`{ ${aliases(600, 'previewFullSynchronization { mapping }')} }`, `{ ${aliases(490, 'salesSetup { writeInProductNo }')} }`]) {
      const r = await healthzDuring(base, () => gw.gql(query, {}, KEYS.viewer));
      expect(r.ms).toBeLessThan(REFUSED_WITHIN_MS);
      expect(r.healthzMs).toBeLessThan(HEALTHZ_WITHIN_MS);
      expect(r.value.status).toBe(400);
      expect(r.value.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Query cost \d+ exceeds the limit of 25000/), extensions: { code: 'QUERY_TOO_COMPLEX' } });
    }
    // What a person asks for still passes.
    await gw.ok('{ previewFullSynchronization { mapping recommendation erpRecords crmRecords } salesSetup { writeInProductNo } }', {}, KEYS.viewer);
    await gw.ok('{ customers(first: 100) { totalCount nodes { no name contacts { name } coupledAccount { name } } } }', {}, KEYS.viewer);
  });

  it('should answer client mistakes with 400, the message that says what is wrong and a client code', async () => {
    const post = async (body: unknown) => {
      const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.viewer}` }, body: JSON.stringify(body) });
      const json = (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
      return { status: res.status, message: json.errors?.[0]?.message, code: json.errors?.[0]?.extensions?.code };
    };
    const twoOps = 'query A { __typename } query B { __typename }';
    const cases: Array<[string, unknown, { message: string | RegExp; code: string }]> = [
      [
        'two operations, no operationName',
        { query: twoOps },
        { message: 'Must provide operation name if query contains multiple operations.', code: 'OPERATION_RESOLUTION_FAILURE' },
      ],
      ['an unknown operationName', { query: twoOps, operationName: 'C' }, { message: 'Unknown operation named "C".', code: 'OPERATION_RESOLUTION_FAILURE' }],
      [
        'a persisted-query hash that does not match',
        { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('{ salespeople { code } }').digest('hex') } } },
        { message: 'provided sha does not match query', code: 'BAD_REQUEST' },
      ],
      [
        'over the node cap',
        { query: `query { ...F ${'...F '.repeat(60)} } fragment F on Query { ${aliases(90, '__typename')} }` },
        { message: /selections with its fragments expanded, more than the limit of 5000/, code: 'QUERY_TOO_COMPLEX' },
      ],
      ['over the token cap', { query: `{ ${aliases(8_000, '__typename')} }` }, { message: /Document contains more that 20000 tokens/, code: 'GRAPHQL_PARSE_FAILED' }],
      [
        '1e10 for an Int',
        { query: 'query($n: Int) { customers(first: $n) { totalCount } }', variables: { n: 1e10 } },
        { message: /Variable "\$n" got invalid value 10000000000; Int cannot represent non 32-bit signed integer value/, code: 'BAD_USER_INPUT' },
      ],
      [
        'a missing Int!',
        { query: 'query($n: Int!) { customers(first: $n) { totalCount } }', variables: {} },
        { message: 'Variable "$n" of required type "Int!" was not provided.', code: 'BAD_USER_INPUT' },
      ],
      [
        'an object for a String',
        { query: 'query($s: String) { customers(search: $s) { totalCount } }', variables: { s: { a: 1 } } },
        { message: /Variable "\$s" got invalid value \{ a: 1 \}; String cannot represent a non string value/, code: 'BAD_USER_INPUT' },
      ],
      [
        'first over 500 on a nested list',
        { query: '{ syncJobs { nodes { errors(first: 100000) { id } } } }' },
        { message: 'first: 100000 on SyncJob.errors is more than the largest page of 500', code: 'BAD_USER_INPUT' },
      ],
    ];
    for (const [label, body, expected] of cases) {
      const r = await post(body);
      expect({ label, ...r }).toEqual({
        label,
        status: 400,
        message: typeof expected.message === 'string' ? expected.message : expect.stringMatching(expected.message),
        code: expected.code,
      });
    }
  });

  it('should answer over graphql-ws the same errors as over HTTP, for queries and subscriptions alike', async () => {
    const client = gw.ws(KEYS.viewer);
    const deep = `{ customers { nodes { coupledAccount { coupledCustomer { coupledAccount { coupledCustomer { coupledAccount { coupledCustomer { coupledAccount { coupledCustomer { coupledAccount { coupledCustomer { coupledAccount { name } } } } } } } } } } } } } }`;
    const same: Array<[string, string, Record<string, unknown>?, string?]> = [
      ['an unknown field', '{ nope }'],
      ['an unused variable', 'query($x: Int) { __typename }'],
      ['a syntax error', '{ customers { '],
      ['first over 500', '{ customers(first: 501) { totalCount } }'],
      ['too deep', deep],
      ['too costly', `{ ${aliases(490, 'salesSetup { writeInProductNo }')} }`],
      ['two operations, no operationName', 'query A { __typename } query B { __typename }'],
      ['an unknown operationName', 'query A { __typename }', undefined, 'B'],
      ['a missing Int!', 'query($n: Int!) { customers(first: $n) { totalCount } }', {}],
    ];
    for (const [label, query, variables, operationName] of same) {
      const viaHttp = await fetch(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.viewer}` },
        body: JSON.stringify({ query, variables, operationName }),
      });
      const httpBody = (await viaHttp.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      const viaWs = wsError(await firstAnswer(client, { query, variables, operationName }));
      expect({ label, ...viaWs }).toEqual({ label, message: httpBody.errors[0].message, code: httpBody.errors[0].extensions.code });
      expect({ label, code: viaWs.code }).not.toEqual({ label, code: 'INTERNAL_SERVER_ERROR' });
    }
    // Subscriptions get every limit too (over HTTP they are not served at all).
    const subscriptions: Array<[string, string, { message: RegExp | string; code: string }]> = [
      [
        'two root fields',
        'subscription { a: syncJobProgress { id } b: syncJobProgress { id } }',
        { message: 'Anonymous Subscription must select only one top level field.', code: 'GRAPHQL_VALIDATION_FAILED' },
      ],
      [
        'too costly',
        `subscription { syncJobProgress { id ${aliases(100, 'errors(first: 500) { id message }')} } }`,
        { message: /^Query cost \d+ exceeds the limit of 25000/, code: 'QUERY_TOO_COMPLEX' },
      ],
      [
        'first over 500',
        'subscription { syncJobProgress { errors(first: 501) { id } } }',
        { message: 'first: 501 on SyncJob.errors is more than the largest page of 500', code: 'BAD_USER_INPUT' },
      ],
      ['an unknown field', 'subscription { syncJobProgress { nope } }', { message: /^Cannot query field "nope" on type "SyncJob"\./, code: 'GRAPHQL_VALIDATION_FAILED' }],
    ];
    for (const [label, query, expected] of subscriptions) {
      const answer = await timed(firstAnswer(client, { query }, 3_000));
      expect({ label, ...wsError(answer.value) }).toEqual({
        label,
        message: typeof expected.message === 'string' ? expected.message : expect.stringMatching(expected.message),
        code: expected.code,
      });
      expect(answer.ms).toBeLessThan(REFUSED_WITHIN_MS);
    }
    await client.dispose();
  });

  it('should end only the bad operation: the socket and its other subscriptions go on', async () => {
    const client = gw.ws(KEYS.viewer);
    let closed: number | undefined;
    client.on('closed', (e) => (closed = (e as { code: number }).code));
    const events: unknown[] = [];
    const unsubscribe = client.subscribe(
      { query: 'subscription { syncJobProgress { id status } }' },
      { next: (v) => events.push(v), error: () => undefined, complete: () => undefined },
    );
    await new Promise((r) => setTimeout(r, 300)); // let the subscription reach the bus
    for (const query of ['{ customers { ', '{ nope }', QUERY_BOMB, 'subscription { syncJobProgress { id } ', `{ ${aliases(490, 'salesSetup { writeInProductNo }')} }`]) {
      expect(wsError(await firstAnswer(client, { query })).code).not.toBe('INTERNAL_SERVER_ERROR');
    }
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
    for (let i = 0; i < 50 && events.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual([{ data: { syncJobProgress: { id: 'j1', status: 'RUNNING' } } }]);
    expect(closed).toBeUndefined();
    expect(await firstAnswer(client, { query: '{ __typename }' })).toEqual({ next: { data: { __typename: 'Query' } } });
    unsubscribe();
    await client.dispose();
  });

  it(`should cap the operations a socket (${MAX_OPERATIONS_PER_SOCKET}) and a key (${MAX_OPERATIONS_PER_KEY}) hold at once`, async () => {
    const open = (client: ReturnType<TestGateway['ws']>) =>
      client.subscribe({ query: 'subscription { syncJobProgress { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    const sockets = Array.from({ length: MAX_OPERATIONS_PER_KEY / MAX_OPERATIONS_PER_SOCKET }, () => gw.ws(KEYS.viewer));
    const first = sockets[0];
    const unsubscribeFirst = Array.from({ length: MAX_OPERATIONS_PER_SOCKET }, () => open(first));
    const overSocket = wsError(await firstAnswer(first, { query: 'subscription { syncJobProgress { id } }' }));
    expect(overSocket).toEqual({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/This socket already holds 50 operations/) });
    // Completing one frees its place.
    unsubscribeFirst[0]();
    await new Promise((r) => setTimeout(r, 200));
    expect(await firstAnswer(first, { query: '{ __typename }' })).toEqual({ next: { data: { __typename: 'Query' } } });

    for (const socket of sockets.slice(1)) for (let i = 0; i < MAX_OPERATIONS_PER_SOCKET; i++) open(socket);
    open(first);
    await new Promise((r) => setTimeout(r, 500));
    const another = gw.ws(KEYS.viewer);
    expect(wsError(await firstAnswer(another, { query: '{ __typename }' }))).toEqual({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/This API key already holds 200 operations/),
    });
    // Another key has its own share.
    const operator = gw.ws(KEYS.operator);
    expect(await firstAnswer(operator, { query: '{ __typename }' })).toEqual({ next: { data: { __typename: 'Query' } } });
    // Closing sockets gives their share back.
    await sockets[1].dispose();
    await new Promise((r) => setTimeout(r, 300));
    expect(await firstAnswer(another, { query: '{ __typename }' })).toEqual({ next: { data: { __typename: 'Query' } } });
    for (const c of [...sockets, another, operator]) await c.dispose();
  });

  it(`should cap the sockets one key holds open at once (${MAX_SOCKETS_PER_KEY})`, async () => {
    /** A raw socket that sends connection_init with this key; answers how it went. */
    const connect = (key: string) =>
      new Promise<{ ws: WebSocket; acked: boolean; code?: number }>((resolve) => {
        const ws = new WebSocket(gw.wsUrl, 'graphql-transport-ws');
        ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } })));
        ws.on('message', (m) => String(m).includes('connection_ack') && resolve({ ws, acked: true }));
        ws.on('close', (code) => resolve({ ws, acked: false, code }));
        ws.on('error', () => undefined);
      });
    const held = [];
    for (let i = 0; i < MAX_SOCKETS_PER_KEY; i++) held.push(await connect(KEYS.viewer));
    expect(held.every((h) => h.acked)).toBe(true);
    expect(await connect(KEYS.viewer)).toMatchObject({ acked: false, code: 4429 });
    const other = await connect(KEYS.operator);
    expect(other.acked).toBe(true);
    held.pop()!.ws.close();
    await new Promise((r) => setTimeout(r, 200));
    const again = await connect(KEYS.viewer);
    expect(again.acked).toBe(true);
    for (const h of [...held, other, again]) h.ws.close();
    await new Promise((r) => setTimeout(r, 200));
  });

  it('should close a socket at once on a frame over 1 MB, before any authentication', async () => {
    const big = JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${KEYS.viewer}`, pad: 'x'.repeat(2_000_000) } });
    const { value: outcome, ms } = await timed(
      new Promise<{ code: number; acked: boolean }>((resolve) => {
        const ws = new WebSocket(gw.wsUrl, 'graphql-transport-ws');
        let acked = false;
        ws.on('open', () => ws.send(big));
        ws.on('message', (m) => (acked ||= String(m).includes('connection_ack')));
        ws.on('close', (code) => resolve({ code, acked }));
        ws.on('error', () => undefined);
      }),
    );
    expect(outcome).toEqual({ code: 1009, acked: false });
    expect(ms).toBeLessThan(REFUSED_WITHIN_MS);
    // A frame within the limit is served.
    const client = gw.ws(KEYS.viewer);
    expect(await firstAnswer(client, { query: '{ __typename }', variables: { pad: 'x'.repeat(500_000) } })).toEqual({ next: { data: { __typename: 'Query' } } });
    await client.dispose();
  });
});
