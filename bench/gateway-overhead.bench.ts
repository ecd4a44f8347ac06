import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql } from 'graphql';
import pino from 'pino';
import { startGateway } from '../src/gateway/app';
import { createContext } from '../src/gateway/context';
import { getSubgraphs } from '../src/gateway/subgraphs';
import { loadConfig } from '../src/shared/config';
import type { CustomersWithSalespersonQuery } from '../src/client/generated';
import { measure, printTable } from './harness';

const QUERY = `query CustomersWithSalesperson($first: Int) {
  customers(first: $first) { totalCount nodes { no name city creditLimit salesperson { code name } } }
}`;

/**
 * The gateway's overhead: a 50-customer nested query through the gateway (HTTP, and Apollo in
 * process) against the same query executed directly on the ERP subgraph schema, on SQLite.
 */
export async function gatewayOverhead(opts: { durationMs: number; concurrency: number }): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  const gw = await startGateway({
    config: loadConfig({ PORT: '0', DATA_DIR: dataDir, TANDEM_DEMO_DATA: '0' }),
    log: pino({ level: 'silent' }),
  });
  try {
    const { erp } = gw.services;
    for (let i = 1; i <= 5; i++) await erp.masterData.createSalesperson({ code: `SP${i}`, name: `Salesperson ${i}` });
    for (let i = 0; i < 200; i++) await erp.customers.create({ name: `Customer ${i}`, city: 'Cambridge', salespersonCode: `SP${(i % 5) + 1}`, creditLimit: '1000.50' });
    const variables = { first: 50 };
    const check = (data: unknown) => {
      const nodes = (data as CustomersWithSalespersonQuery | undefined)?.customers.nodes;
      if (nodes?.length !== 50 || !nodes[0].salesperson) throw new Error(`unexpected result: ${JSON.stringify(data).slice(0, 200)}`);
    };
    const { erp: erpSubgraph } = await getSubgraphs();
    const direct = await measure(
      'ERP subgraph schema, in process',
      async () => {
        const r = await graphql({ schema: erpSubgraph.schema, source: QUERY, variableValues: variables, contextValue: createContext(gw.services, 'admin') });
        check(r.data);
      },
      opts,
    );
    const inProcess = await measure(
      'gateway, in process (Apollo executeOperation)',
      async () => {
        const r = await gw.apollo.executeOperation({ query: QUERY, variables }, { contextValue: createContext(gw.services, 'admin') });
        check(r.body.kind === 'single' ? r.body.singleResult.data : undefined);
      },
      opts,
    );
    const http = await measure(
      'gateway, HTTP POST /graphql',
      async () => {
        const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables }) });
        check(((await res.json()) as { data: unknown }).data);
      },
      opts,
    );
    printTable(
      `Gateway overhead: 50 customers with salesperson, SQLite, concurrency ${opts.concurrency}, ${opts.durationMs / 1000}s per case`,
      ['case', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'rps vs direct'],
      [direct, inProcess, http].map((m) => [m.name, m.requests, m.rps, m.p50, m.p99, `${(m.rps / direct.rps).toFixed(2)}x`]),
    );
  } finally {
    await gw.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
