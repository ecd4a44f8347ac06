/**
 * The mixed-load bench's load generator, run as its own process (`node -r
 * ts-node/register/transpile-only bench/mixed-load.client.ts URL SECONDS WRITERS READERS TAG`):
 * WRITERS keep-alive connections send createCustomer mutations and READERS connections read a
 * 20-row page, each connection one request at a time, for SECONDS. Every answer is read: a write
 * is acknowledged only when it answers 200 with the new customer's number and no error. Prints
 * one JSON line: counts, latencies and the acknowledged numbers (the bench looks them up in the store).
 */
import { Agent, request } from 'node:http';

/** The mutation each writer sends (a name unique to the run and the connection). */
export const CREATE = 'mutation($input: CustomerInput!) { createCustomer(input: $input) { no } }';
/** The page each reader reads. */
export const PAGE = '{ customers(first: 20) { nodes { no name } } }';

interface Answer {
  status: number;
  body: string;
}

function post(agent: Agent, url: URL, payload: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function main(): Promise<void> {
  const [target, secondsText, writersText, readersText, tag] = process.argv.slice(2);
  const url = new URL(target);
  const [seconds, writers, readers] = [secondsText, writersText, readersText].map(Number);
  const agent = new Agent({ keepAlive: true, maxSockets: writers + readers });
  const end = Date.now() + seconds * 1000;
  const writeMs: number[] = [];
  const readMs: number[] = [];
  const acknowledged: string[] = [];
  const failures: string[] = [];
  let failed = 0;
  const fail = (what: string) => {
    failed += 1;
    if (failures.length < 20) failures.push(what.slice(0, 300));
  };
  let n = 0;
  const writer = async (w: number) => {
    while (Date.now() < end) {
      const input = { name: `${tag} ${w}-${n++}`, city: 'Cambridge' };
      const t0 = performance.now();
      try {
        const a = await post(agent, url, JSON.stringify({ query: CREATE, variables: { input } }));
        writeMs.push(performance.now() - t0);
        const no = a.status === 200 ? (JSON.parse(a.body) as { data?: { createCustomer?: { no?: string } }; errors?: unknown }) : undefined;
        if (no?.data?.createCustomer?.no && !no.errors) acknowledged.push(no.data.createCustomer.no);
        else fail(`write ${a.status}: ${a.body}`);
      } catch (error) {
        fail(`write: ${(error as Error).message}`);
      }
    }
  };
  const reader = async () => {
    while (Date.now() < end) {
      const t0 = performance.now();
      try {
        const a = await post(agent, url, JSON.stringify({ query: PAGE }));
        readMs.push(performance.now() - t0);
        const body = a.status === 200 ? (JSON.parse(a.body) as { data?: { customers?: { nodes?: unknown[] } }; errors?: unknown }) : undefined;
        if (!Array.isArray(body?.data?.customers?.nodes) || body?.errors) fail(`read ${a.status}: ${a.body}`);
      } catch (error) {
        fail(`read: ${(error as Error).message}`);
      }
    }
  };
  const started = performance.now();
  await Promise.all([...Array.from({ length: writers }, (_, w) => writer(w)), ...Array.from({ length: readers }, reader)]);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  process.stdout.write(`${JSON.stringify({ seconds: elapsed, writeMs, readMs, acknowledged, failed, failures })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
