import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, buildSchema, findBreakingChanges, getIntrospectionQuery } from 'graphql';
import { getSubgraphs } from '../../src/gateway/subgraphs';
import { schemaFiles, SCHEMA_DIR } from '../../src/gateway/schema-files';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { testStoreKind } from '../helpers/store';

const CONTRACT = join(__dirname, '..', '..', '..', 'shared', 'contract.graphql');

describe('Schema', () => {
  it('should match the committed schema/*.graphql files (run `npm run schema` after changing the API)', async () => {
    const files = schemaFiles(await getSubgraphs());
    for (const [name, sdl] of Object.entries(files)) {
      expect({ name, sdl: readFileSync(join(SCHEMA_DIR, name), 'utf8') }).toEqual({ name, sdl });
    }
  });

  describe('served by the gateway', () => {
    let gw: TestGateway;
    beforeAll(async () => {
      gw = await startTestGateway();
    });
    afterAll(() => gw.stop());

    it('should be a superset of the public contract (introspection over HTTP)', async () => {
      const intro = await gw.ok(getIntrospectionQuery());
      const served = buildClientSchema(intro);
      let contract: string;
      try {
        contract = readFileSync(CONTRACT, 'utf8');
      } catch {
        // The contract lives beside the repository (../shared); without it compare to the committed API schema.
        contract = readFileSync(join(SCHEMA_DIR, 'api.graphql'), 'utf8');
      }
      expect(findBreakingChanges(buildSchema(contract), served).map((c) => c.description)).toEqual([]);
    });

    it('should serve /healthz and /readyz', async () => {
      const base = gw.url.replace(/\/graphql$/, '');
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', stores: { erp: 'ok', crm: 'ok', sync: 'ok' } });
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain('tandem_http_requests_total');
    });

    it(`should have zero schema diff between entities and migrations on ${testStoreKind()}`, async () => {
      for (const [name, ds] of Object.entries(gw.stores)) {
        const sql = await ds.driver.createSchemaBuilder().log();
        expect({ name, queries: sql.upQueries.map((q) => q.query) }).toEqual({ name, queries: [] });
      }
    });
  });
});
