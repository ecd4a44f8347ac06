import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { existsSync } from 'node:fs';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A `tandem serve` child process (the real CLI, from the TypeScript sources). */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
}

/** Starts `tandem serve` in a child process and waits until /readyz answers; `nodeArgs` go to node (e.g. `--cpu-prof`). */
export function spawnServer(env: Record<string, string>, port: number, timeoutMs = 60_000, nodeArgs: string[] = []): Promise<ServerProcess> {
  return spawnTandem('serve', { ...env, PORT: String(port) }, port, timeoutMs, nodeArgs);
}

/** Starts `tandem worker` (its /metrics and probes on `metricsPort`) and waits until its /readyz answers. */
export function spawnWorker(env: Record<string, string>, metricsPort: number, timeoutMs = 60_000): Promise<ServerProcess> {
  return spawnTandem('worker', { ...env, METRICS_PORT: String(metricsPort) }, metricsPort, timeoutMs);
}

/** Starts `tandem serve --subgraph NAME` (one standalone subgraph) and waits until its /readyz answers. */
export function spawnSubgraph(name: 'erp' | 'crm' | 'sync', env: Record<string, string>, port: number, timeoutMs = 60_000, nodeArgs: string[] = []): Promise<ServerProcess> {
  return spawnTandem('serve', { ...env, PORT: String(port) }, port, timeoutMs, nodeArgs, ['--subgraph', name]);
}

async function spawnTandem(
  command: 'serve' | 'worker',
  env: Record<string, string>,
  port: number,
  timeoutMs: number,
  nodeArgs: string[] = [],
  commandArgs: string[] = [],
): Promise<ServerProcess> {
  const root = join(__dirname, '..', '..');
  // `npm test` builds dist/ first and says so (TANDEM_TEST_DIST=1): it starts in about a second.
  // Otherwise (jest run by hand, dist/ possibly stale) the sources run through ts-node.
  const built = join(root, 'dist', 'src', 'cli', 'main.js');
  const args = [
    ...(process.env.TANDEM_TEST_DIST === '1' && existsSync(built) ? [built, command] : ['-r', 'ts-node/register/transpile-only', 'src/cli/main.ts', command]),
    ...commandArgs,
  ];
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, HOST: '127.0.0.1', TANDEM_DEMO_DATA: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`tandem ${command} exited with ${child.exitCode}:\n${out}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`tandem ${command} did not become ready:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `${url}/graphql`, child, output: () => out };
}

/** kill -9, and wait for the process to be gone. */
export async function killHard(p: ServerProcess): Promise<void> {
  // A process killed by a signal keeps exitCode null: its signalCode says it is gone.
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGKILL');
  await exited;
}

/** POSTs an operation and answers its data (throws on errors). */
export async function gqlAt(url: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
