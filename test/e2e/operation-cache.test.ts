import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { CachedLocalDataSource } from '../../src/gateway/cached-local-data-source';
import { createContext } from '../../src/gateway/context';
import { getSubgraphs } from '../../src/gateway/subgraphs';
import { LruCache } from '../../src/shared/lru';
import { startTestGateway, TestGateway } from '../helpers/gateway';

const KEYS = { viewer: 'viewer-key-123', operator: 'operator-key-123' };

describe(CachedLocalDataSource.name, () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ apiKeys: KEYS });
    for (let i = 1; i <= 3; i++) await gw.services.erp.masterData.createSalesperson({ code: `SP${i}`, name: `Salesperson ${i}` });
  });
  afterAll(() => gw.stop());

  const run = (source: CachedLocalDataSource, query: string, variables: Record<string, unknown> = {}, role: 'admin' | 'viewer' = 'admin') =>
    source.process({ kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION, request: { query, variables }, context: createContext(gw.services, role) } as never);

  it('should parse and validate one operation text once, and answer each call with its own variables', async () => {
    const source = new CachedLocalDataSource((await getSubgraphs()).erp.schema);
    const query = 'query($n: [_Any!]!) { _entities(representations: $n) { ... on Salesperson { code name } } }';
    const one = await run(source, query, { n: [{ __typename: 'Salesperson', code: 'SP1' }] });
    const two = await run(source, query, {
      n: [
        { __typename: 'Salesperson', code: 'SP3' },
        { __typename: 'Salesperson', code: 'SP2' },
      ],
    });
    expect(one).toEqual({ data: { _entities: [{ code: 'SP1', name: 'Salesperson 1' }] } });
    expect(two).toEqual({
      data: {
        _entities: [
          { code: 'SP3', name: 'Salesperson 3' },
          { code: 'SP2', name: 'Salesperson 2' },
        ],
      },
    });
    expect(source.compiled).toBe(1);
  });

  it('should answer a syntax or validation error every time without keeping it', async () => {
    const source = new CachedLocalDataSource((await getSubgraphs()).erp.schema);
    for (let i = 0; i < 2; i++) {
      expect((await run(source, '{ salespeople { code')).errors?.[0].message).toMatch(/Syntax Error/);
      expect((await run(source, '{ salespeople { nope } }')).errors?.[0].message).toMatch(/Cannot query field "nope"/);
    }
    expect(source.compiled).toBe(4);
  });

  it('should still check roles on a cached operation (resolvers run on every call)', async () => {
    const source = new CachedLocalDataSource((await getSubgraphs()).erp.schema);
    const mutation = 'mutation($c: ID!) { createSalesperson(input: { code: $c, name: "X" }) { code } }';
    expect((await run(source, mutation, { c: 'SPX' })).data).toEqual({ createSalesperson: { code: 'SPX' } });
    const refused = await run(source, mutation, { c: 'SPY' }, 'viewer');
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(source.compiled).toBe(1);
  });

  it("should build a request's loaders on first use only, also in the copy Apollo makes of the context", () => {
    const context = createContext(gw.services, 'viewer');
    // What Apollo Server does with every request's context before running it.
    const copy = Object.assign(Object.create(Object.getPrototypeOf(context)), context);
    const built = (c: object) => ['builtErp', 'builtCrm', 'builtSync'].filter((f) => (c as Record<string, unknown>)[f] !== undefined);
    expect(built(context)).toEqual([]);
    expect(built(copy)).toEqual([]);
    expect(copy.role).toBe('viewer');
    expect(copy.erpLoaders).toBe(copy.erpLoaders);
    expect(copy.erpLoaders.salesperson).toBeDefined();
    expect(built(copy)).toEqual(['builtErp']);
    // A process that does not serve a subgraph has no loaders for it.
    expect(createContext({ erp: gw.services.erp }, 'viewer').crmLoaders).toBeUndefined();
  });

  it('should keep limits, roles and right answers through the gateway when the same text repeats', async () => {
    const query = 'query($first: Int) { salespeople { code } customers(first: $first) { nodes { no } } }';
    for (let i = 0; i < 3; i++) expect((await gw.gql(query, { first: 2 }, KEYS.viewer)).status).toBe(200);
    const tooLarge = await gw.gql(query, { first: 501 }, KEYS.viewer);
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.errors?.[0].extensions?.code).toBeDefined();
    const write = 'mutation($c: ID!) { createSalesperson(input: { code: $c, name: "Y" }) { code } }';
    expect((await gw.ok(write, { c: 'SP8' }, KEYS.operator)).createSalesperson).toEqual({ code: 'SP8' });
    expect(await gw.code(write, { c: 'SP9' }, KEYS.viewer)).toBe('FORBIDDEN');
    const { salespeople } = await gw.ok('{ salespeople { code } }', {}, KEYS.viewer);
    expect(salespeople.map((s: { code: string }) => s.code)).toEqual(expect.arrayContaining(['SP8']));
    expect(salespeople.map((s: { code: string }) => s.code)).not.toContain('SP9');
  });
});

describe('limits and text checks of repeated operations', () => {
  let gw: TestGateway;
  beforeAll(async () => (gw = await startTestGateway()));
  afterAll(() => gw.stop());

  it('should refuse a repeated document every time, and check every new set of variables in full', async () => {
    const query = 'query($first: Int, $search: String) { customers(first: $first, search: $search) { nodes { no } } }';
    for (let i = 0; i < 3; i++) expect((await gw.gql(query, { first: 5 })).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const big = await gw.gql(query, { first: 501 });
      expect([big.status, big.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
      const bad = await gw.gql(query, { first: 5, search: 'a\u0000b' });
      expect([bad.status, bad.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
      const literal = await gw.gql('{ customers(first: 5, search: "x\u0000y") { nodes { no } } }');
      expect([literal.status, literal.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
      const wide = await gw.gql(
        'query($n: Int) { a: customers(first: $n) { nodes { no contacts { no name } } } b: customers(first: $n) { nodes { no contacts { no name } } } c: customers(first: $n) { nodes { no contacts { no name } } } }',
        { n: 500 },
      );
      expect([wide.status, wide.errors?.[0].extensions?.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    }
    expect((await gw.gql(query, { first: 5 })).status).toBe(200);
  });
});

describe(LruCache.name, () => {
  it('should forget the least recently used entry past its capacity', () => {
    const lru = new LruCache<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2]);
  });
});
