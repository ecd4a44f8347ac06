import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import wsTransport from '@graphql-mesh/transport-ws';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { freePort, killHard, ServerProcess, spawnSubgraph } from '../helpers/process';
import { freshStoreLocation } from '../helpers/store';
import { readSupergraph } from '../../src/gateway/schema-files';

/*
 * Any Federation 2 router: the committed supergraph served by the Hive Gateway runtime over the
 * three standalone subgraphs answers as Tandem's own gateway over them, and relays a
 * fullSyncProgress subscription (over graphql-ws to the sync subgraph, SSE to the client).
 */

jest.setTimeout(180_000);

const NESTED = `{
  customers(first: 50) { totalCount nodes { no name creditLimit salesperson { code name } coupledAccount { id name owner { fullName } coupledCustomer { no } } } }
  items(first: 20) { nodes { no description unitPrice coupledProduct { productNumber name price availability } } }
  accounts(first: 20) { nodes { id name coupledCustomer { no name salesperson { name } } } }
  tableMappings { name direction dependsOn health { coupled } }
}`;

async function post(url: string, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
}

/** A subscription over GraphQL-over-SSE (what Hive Gateway serves by default): every `next` event until `complete`. */
async function sse(url: string, query: string, variables: Record<string, unknown>): Promise<any[]> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query, variables }) });
  const events: any[] = [];
  let buffer = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event === 'complete') return events;
      if (event === 'next' && data) events.push(JSON.parse(data));
    }
  }
  return events;
}

describe('Hive Gateway over the standalone subgraphs', () => {
  const location = freshStoreLocation();
  const env: Record<string, string> = { DATA_DIR: location.dataDir, ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : {}) };
  let seeded: TestGateway;
  let tandem: TestGateway;
  let hive: Server;
  let hiveUrl: string;
  let dispose: () => Promise<void> = async () => undefined;
  const procs: Partial<Record<'erp' | 'crm' | 'sync', ServerProcess>> = {};

  beforeAll(async () => {
    // Seed the demo data once, then leave the stores to the standalone subgraphs.
    seeded = await startTestGateway({ demoData: true, location });
    await seeded.stop();
    for (const name of ['erp', 'crm', 'sync'] as const) procs[name] = await spawnSubgraph(name, env, await freePort());
    tandem = await startTestGateway({ location, env: { TANDEM_SUBGRAPHS: `erp=${procs.erp!.url},crm=${procs.crm!.url},sync=${procs.sync!.url}` } });
    let supergraph = readSupergraph();
    for (const name of ['erp', 'crm', 'sync'] as const) supergraph = supergraph.replace(`url: "local://${name}"`, `url: "${procs[name]!.url}"`);
    const runtime = createGatewayRuntime({
      supergraph,
      logging: false,
      maskedErrors: false,
      transports: { http: httpTransport, ws: wsTransport } as never,
      // Subscriptions go to the sync subgraph over graphql-ws, on its /graphql.
      transportEntries: { '*.http': { options: { subscriptions: { kind: 'ws' } } } } as never,
    });
    dispose = () => runtime.dispose() as Promise<void>;
    hive = createServer(runtime);
    await new Promise<void>((resolve) => hive.listen(0, '127.0.0.1', resolve));
    hiveUrl = `http://127.0.0.1:${(hive.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await dispose();
    await new Promise<void>((resolve) => (hive ? hive.close(() => resolve()) : resolve()));
    await tandem?.stop();
    for (const p of Object.values(procs)) if (p) await killHard(p);
    await location.dispose();
  });

  it('should stream fullSyncProgress of a full synchronization through Hive Gateway', async () => {
    const run = (await post(hiveUrl, 'mutation { runFullSynchronization { id } }')).data.runFullSynchronization;
    const events = await sse(hiveUrl, 'subscription($id: ID!) { fullSyncProgress(runId: $id) { id status lines { mapping status } } }', { id: run.id });
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.errors)).toEqual([]);
    const last = events[events.length - 1].data.fullSyncProgress;
    expect(['SUCCEEDED', 'FAILED']).toContain(last.status);
    expect((await post(tandem.url, 'query($id: ID!) { fullSyncRun(id: $id) { id status lines { mapping status } } }', { id: run.id })).data.fullSyncRun).toEqual(last);
  });

  it('should answer nested queries across the three subgraphs as Tandem gateway does', async () => {
    const [viaHive, viaTandem] = [await post(hiveUrl, NESTED), await post(tandem.url, NESTED)];
    expect(viaHive.errors).toBeUndefined();
    expect(viaHive.data.customers.nodes.some((c: { coupledAccount: unknown }) => c.coupledAccount)).toBe(true);
    expect(viaHive).toEqual(viaTandem);
  });

  it('should run mutations with the same results and the same error codes', async () => {
    const create = 'mutation($n: String!) { createCustomer(input: { name: $n, city: "York", creditLimit: "10.00" }) { no name city creditLimit coupledAccount { id } } }';
    const [a, b] = [(await post(hiveUrl, create, { n: 'Hive Ltd' })).data.createCustomer, (await post(tandem.url, create, { n: 'Hive Ltd' })).data.createCustomer];
    expect({ ...a, no: undefined }).toEqual({ ...b, no: undefined });
    const read = 'query($no: ID!) { customer(no: $no) { no name coupling { mapping } } }';
    expect(await post(hiveUrl, read, { no: a.no })).toEqual(await post(tandem.url, read, { no: a.no }));
    const blank = 'mutation { createCustomer(input: { name: "" }) { no } }';
    const [ha, ta] = [await post(hiveUrl, blank), await post(tandem.url, blank)];
    expect(ha.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(ha.errors?.[0].extensions?.code).toBe(ta.errors?.[0].extensions?.code);
  });
});
