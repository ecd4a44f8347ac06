import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gqlAt } from '../test/helpers/process';
import { summarise } from './cpu-profile';
import { printTable } from './harness';
import { loadTest } from './load';
import { Q3, QFLAT, tandemOn } from './read-path.bench';

/**
 * `npm run bench -- read-path-profile`: a `tandem serve` process under `node --cpu-prof`, loaded
 * with the three-subgraph page (BENCH_PROFILE_QUERY=flat: the flat page) for BENCH_SECONDS, then
 * stopped gracefully so node writes its profile; prints the top self time by package and by function.
 */
export async function readPathProfile(opts: { durationMs: number; concurrency: number }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-prof-'));
  const query = process.env.BENCH_PROFILE_QUERY === 'flat' ? QFLAT : Q3;
  const { server, store } = await tandemOn(1000, true, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  try {
    await gqlAt(server.url, query);
    await loadTest(server.url, query, { seconds: 1, concurrency: opts.concurrency });
    const r = await loadTest(server.url, query, { seconds: Math.round(opts.durationMs / 1000), concurrency: opts.concurrency });
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no profile written in ${dir}`);
    const { functions, areas, totalMs } = summarise(join(dir, file), 30);
    console.log(`\n${r.rps.toFixed(0)} req/s under the profiler; busy ${totalMs.toFixed(0)} ms (profile kept in ${join(dir, file)})`);
    printTable(
      'Self time by package',
      ['area', 'ms', 'share'],
      areas.map((a) => [a.name, a.ms, `${(a.share * 100).toFixed(1)}%`]),
    );
    printTable(
      'Self time by function',
      ['function', 'ms', 'share'],
      functions.map((f) => [f.name, f.ms, `${(f.share * 100).toFixed(1)}%`]),
    );
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await store.dispose();
    if (!process.env.BENCH_KEEP_PROFILE) rmSync(dir, { recursive: true, force: true });
  }
}
