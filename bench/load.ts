import { spawn } from 'node:child_process';

/** What one autocannon run measured. */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx answers, socket errors and timeouts: a run with any is not a measurement. */
  failures: number;
}

/**
 * POSTs one GraphQL operation to `url` with autocannon in its own process (the load generator
 * must not share the measured server's event loop), `concurrency` connections for `seconds`.
 */
export function loadTest(url: string, query: string, { seconds, concurrency }: { seconds: number; concurrency: number }): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:/.test(url)) throw new Error(`load tests target 127.0.0.1 only, not ${url}`);
  const args = [
    require.resolve('autocannon/autocannon.js'),
    '--json',
    '--connections',
    String(concurrency),
    '--duration',
    String(seconds),
    '--method',
    'POST',
    '--headers',
    'content-type=application/json',
    '--body',
    JSON.stringify({ query }),
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${err}`));
      const r = JSON.parse(out);
      resolve({
        rps: r.requests.total / r.duration,
        p50: r.latency.p50,
        p99: r.latency.p99,
        requests: r.requests.total,
        failures: r.non2xx + r.errors + r.timeouts,
      });
    });
  });
}
