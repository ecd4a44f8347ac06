import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { freePort, killHard, ServerProcess, spawnSubgraph } from '../helpers/process';
import { freshStoreLocation } from '../helpers/store';
import { getSubgraphs } from '../../src/gateway/subgraphs';
import { localServiceSdl } from '../../src/gateway/remote-subgraphs';
import { parse, print } from 'graphql';

/*
 * Federation for real: the three subgraphs as standalone processes (`tandem serve --subgraph`)
 * on one store, Tandem's gateway over them (TANDEM_SUBGRAPHS) answering as the in-process
 * gateway does on the same store, subscriptions relayed to the sync subgraph, keys and roles
 * passed on, and a subgraph that goes down.
 */

jest.setTimeout(180_000);

const KEYS = { viewer: 'fed-viewer-1', operator: 'fed-operator-1', admin: 'fed-admin-1' };
const KEY_ENV = `viewer:${KEYS.viewer},operator:${KEYS.operator},admin:${KEYS.admin}`;

/** The nested query across the three subgraphs (the read-path bench's Q3, and more). */
const NESTED = `{
  customers(first: 50) { totalCount nodes { no name creditLimit salesperson { code name } coupledAccount { id name owner { fullName } coupledCustomer { no } } } }
  items(first: 20) { nodes { no description unitPrice coupledProduct { productNumber name price availability } } }
  accounts(first: 20) { nodes { id name coupledCustomer { no name salesperson { name } } } }
  tableMappings { name direction dependsOn health { coupled } }
}`;

async function post(url: string, query: string, variables?: Record<string, unknown>, key: string = KEYS.admin) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), 'x-request-id': 'fed-test-1' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }> }) };
}

describe('Standalone subgraphs and the gateway over them', () => {
  const location = freshStoreLocation();
  const env: Record<string, string> = { DATA_DIR: location.dataDir, ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : {}), TANDEM_API_KEYS: KEY_ENV };
  let local: TestGateway;
  let remote: TestGateway;
  const procs: Partial<Record<'erp' | 'crm' | 'sync', ServerProcess>> = {};

  beforeAll(async () => {
    // The in-process gateway seeds the demo data and answers the reference; its scheduler stays idle (sync disabled).
    local = await startTestGateway({ demoData: true, location, apiKeys: KEYS });
    for (const name of ['erp', 'crm', 'sync'] as const) procs[name] = await spawnSubgraph(name, env, await freePort());
    remote = await startTestGateway({
      location,
      apiKeys: KEYS,
      env: { TANDEM_SUBGRAPHS: `erp=${procs.erp!.url},crm=${procs.crm!.url},sync=${procs.sync!.url}` },
    });
  });
  afterAll(async () => {
    await remote?.stop();
    await local?.stop();
    for (const p of Object.values(procs)) if (p) await killHard(p);
    await location.dispose();
  });

  it('should answer _service { sdl } and _entities on each subgraph as Federation 2 requires', async () => {
    const subgraphs = await getSubgraphs();
    for (const name of ['erp', 'crm', 'sync'] as const) {
      const r = await post(procs[name]!.url, '{ _service { sdl } }');
      expect(print(parse(r.data._service.sdl))).toBe(print(parse(await localServiceSdl(subgraphs, name))));
    }
    const r = await post(procs.erp!.url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { no name } } }', {
      r: [
        { __typename: 'Customer', no: '10000' },
        { __typename: 'Customer', no: 'NOPE' },
      ],
    });
    expect(r.errors).toBeUndefined();
    expect(r.data._entities[0]).toMatchObject({ no: '10000' });
    expect(r.data._entities[1]).toBeNull();
  });

  it('should apply the same keys, roles and limits on a standalone subgraph, with its probes and metrics', async () => {
    expect((await post(procs.erp!.url, '{ customers(first: 1) { totalCount } }', undefined, '')).status).toBe(401);
    const forbidden = await post(procs.erp!.url, 'mutation { createCustomer(input: { name: "Not allowed" }) { no } }', undefined, KEYS.viewer);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tooMany = await post(procs.erp!.url, '{ customers(first: 501) { totalCount } }');
    expect(tooMany.status).toBe(400);
    expect(['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']).toContain(tooMany.errors?.[0].extensions?.code);
    for (const p of Object.values(procs)) {
      const base = p!.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/livez`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const metrics = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${KEYS.viewer}` } });
      expect(await metrics.text()).toContain('tandem_graphql_requests_total');
    }
    // The standalone ERP opens only its own store; the sync subgraph the three (built-in connectors).
    const ready = (await (await fetch(procs.erp!.url.replace(/graphql$/, 'readyz'), { headers: { authorization: `Bearer ${KEYS.viewer}` } })).json()) as { stores: object };
    expect(Object.keys(ready.stores)).toEqual(['erp']);
  });

  it('should run a full synchronization on the sync subgraph and stream fullSyncProgress through the gateway', async () => {
    const started = await post(remote.url, 'mutation { runFullSynchronization { id status } }', undefined, KEYS.operator);
    expect(started.errors).toBeUndefined();
    const runId = started.data.runFullSynchronization.id;
    const client = createClient({ url: remote.wsUrl, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { authorization: `Bearer ${KEYS.viewer}` } });
    try {
      const events: Array<{ status: string }> = [];
      await new Promise<void>((resolve, reject) => {
        client.subscribe(
          { query: 'subscription($id: ID!) { fullSyncProgress(runId: $id) { id status lines { mapping status } } }', variables: { id: runId } },
          { next: (v) => (v.errors ? reject(new Error(JSON.stringify(v.errors))) : events.push((v.data as any).fullSyncProgress)), error: reject, complete: resolve },
        );
      });
      expect(events.length).toBeGreaterThan(0);
      const last = events[events.length - 1];
      expect(['SUCCEEDED', 'FAILED']).toContain(last.status);
      // The in-process gateway reads the same sync store: the same final state.
      expect((await post(local.url, 'query($id: ID!) { fullSyncRun(id: $id) { id status lines { mapping status } } }', { id: runId })).data.fullSyncRun).toEqual(last);
    } finally {
      await client.dispose();
    }
  });

  it('should answer nested queries across the three subgraphs as the in-process gateway does', async () => {
    const viaRemote = await post(remote.url, NESTED, undefined, KEYS.viewer);
    const viaLocal = await post(local.url, NESTED, undefined, KEYS.viewer);
    expect(viaRemote.errors).toBeUndefined();
    expect(viaRemote.data.customers.nodes.length).toBeGreaterThan(0);
    expect(viaRemote.data.customers.nodes.some((c: { coupledAccount: unknown }) => c.coupledAccount)).toBe(true);
    expect(viaRemote).toEqual(viaLocal);
  });

  it('should run mutations through the remote subgraphs with the same results, roles and errors', async () => {
    const create = 'mutation($n: String!) { createCustomer(input: { name: $n, city: "Leeds", creditLimit: "1250.50" }) { no name city creditLimit coupledAccount { id } } }';
    const made = await post(remote.url, create, { n: 'Federated Ltd' }, KEYS.operator);
    expect(made.errors).toBeUndefined();
    expect(made.data.createCustomer).toMatchObject({ name: 'Federated Ltd', city: 'Leeds', creditLimit: '1250.5', coupledAccount: null });
    const no = made.data.createCustomer.no;
    const read = `query($no: ID!) { customer(no: $no) { no name city creditLimit coupling { mapping } } }`;
    expect((await post(remote.url, read, { no })).data).toEqual((await post(local.url, read, { no })).data);
    // Creating in the other system crosses the subgraphs: the sync subgraph writes the CRM account.
    const other = await post(remote.url, `mutation($no: ID!) { createInOther(input: { mapping: CUSTOMER, erpId: $no }) { crmId } }`, { no }, KEYS.operator);
    const cross = `query($no: ID!) { customer(no: $no) { coupledAccount { name } } }`;
    if (!other.errors) expect((await post(remote.url, cross, { no })).data).toEqual((await post(local.url, cross, { no })).data);
    else
      expect(other.errors[0].extensions?.code).toBe(
        (await post(local.url, `mutation($no: ID!) { createInOther(input: { mapping: CUSTOMER, erpId: $no }) { crmId } }`, { no })).errors?.[0].extensions?.code,
      );
    // Roles travel with the caller's key; bad input is refused with the same code, nothing written.
    const refused = await post(remote.url, create, { n: 'Viewer Ltd' }, KEYS.viewer);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A bad decimal in a variable is refused by the gateway; a rule only the ERP service knows (a blank name) by the remote subgraph.
    const bad = 'mutation($in: CustomerInput!) { createCustomer(input: $in) { no } }';
    for (const input of [
      { name: 'Bad Ltd', creditLimit: '12,5' },
      { name: 'Bad Ltd', creditLimit: 12.5 },
      { name: '', city: 'Bad Ltd' },
    ]) {
      const [badRemote, badLocal] = [await post(remote.url, bad, { in: input }, KEYS.operator), await post(local.url, bad, { in: input }, KEYS.operator)];
      expect(badRemote.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      // The same code and message; the in-process gateway runs a one-subgraph operation directly
      // and also says where in the document the variable is used (locations), the remote hop does not.
      const { locations: _l, ...remoteError } = badRemote.errors![0] as Record<string, unknown>;
      const { locations: _m, ...localError } = badLocal.errors![0] as Record<string, unknown>;
      expect(remoteError).toEqual(localError);
    }
    const search = '{ customers(search: "Bad Ltd") { totalCount } }';
    expect((await post(remote.url, search)).data.customers.totalCount).toBe(0);
    expect((await post(remote.url, '{ me { role } }', undefined, '')).status).toBe(401);
  });

  it('should relay a refused subscription with the code the sync subgraph gives, as the in-process gateway does', async () => {
    const outcome = async (wsUrl: string, key: string) => {
      const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { authorization: `Bearer ${key}` } });
      try {
        return await new Promise<unknown>((resolve) => {
          client.subscribe(
            { query: 'subscription { syncJobProgress(jobId: "00000000-0000-4000-8000-000000000000") { id status } }' },
            {
              next: (v) => resolve(v.errors?.map((e) => e.extensions?.code)),
              error: (e) => resolve(Array.isArray(e) ? e.map((x) => x.extensions?.code) : String(e)),
              complete: () => resolve('complete'),
            },
          );
        });
      } finally {
        await client.dispose();
      }
    };
    const viaRemote = await outcome(remote.wsUrl, KEYS.viewer);
    expect(viaRemote).toEqual(await outcome(local.wsUrl, KEYS.viewer));
    expect(viaRemote).toEqual(['NOT_FOUND']);
  });

  it('should refuse to start over a subgraph whose SDL does not compose into the committed supergraph, naming it', async () => {
    await expect(startTestGateway({ location, apiKeys: KEYS, env: { TANDEM_SUBGRAPHS: `erp=${procs.crm!.url},crm=${procs.crm!.url},sync=${procs.sync!.url}` } })).rejects.toThrow(
      /the erp subgraph at http:\/\/127\.0\.0\.1:\d+\/graphql serves a schema that does not compose/,
    );
  });

  it('should answer the fields of a down subgraph with SERVICE_UNAVAILABLE while the rest answers, and name it in /readyz', async () => {
    await killHard(procs.crm!);
    // Account.name comes from the CRM: each coupled customer's account is null, with the error; the ERP fields answer.
    const r = await post(remote.url, '{ customers(first: 3) { nodes { no name coupledAccount { name } } } }', undefined, KEYS.viewer);
    expect(r.data.customers.nodes.length).toBe(3);
    expect(r.data.customers.nodes.every((c: { no: string; coupledAccount: unknown }) => c.no && c.coupledAccount === null)).toBe(true);
    expect(r.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(r.errors?.[0].message).toMatch(/crm subgraph is not answering/);
    expect(JSON.stringify(r.errors)).not.toMatch(/stack|at .*\.js/);
    const ready = await fetch(remote.url.replace(/graphql$/, 'readyz'));
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { reason: string }).reason).toBe('subgraph crm not answering');
  });
});
