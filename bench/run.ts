/**
 * `npm run bench [-- scenario...]`: runs the benchmark scenarios and prints a table for each.
 * BENCH_SECONDS (default 5) and BENCH_CONCURRENCY (default 8) tune every case.
 */
import 'reflect-metadata';

// `npm run bench` has just built dist/: scenarios that start a real `tandem serve` use it.
process.env.TANDEM_TEST_DIST = '1';
import { gatewayOverhead } from './gateway-overhead.bench';
import { federation } from './federation.bench';
import { connector } from './connector.bench';
import { fullSync } from './full-sync.bench';
import { gracefulStop } from './graceful-stop.bench';
import { readPath } from './read-path.bench';
import { readPathProfile } from './read-path-profile.bench';
import { mixedLoad } from './mixed-load.bench';
import { scaleOut } from './scale-out.bench';

const scenarios: Record<string, (o: { durationMs: number; concurrency: number }) => Promise<void>> = {
  'gateway-overhead': gatewayOverhead,
  federation,
  connector,
  'full-sync': fullSync,
  'graceful-stop': gracefulStop,
  'read-path': readPath,
  'read-path-profile': readPathProfile,
  'mixed-load': mixedLoad,
  'scale-out': scaleOut,
};

async function main() {
  const opts = { durationMs: Number(process.env.BENCH_SECONDS ?? 5) * 1000, concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8) };
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(scenarios);
  for (const name of names) {
    if (!scenarios[name]) throw new Error(`unknown scenario ${name}; known: ${Object.keys(scenarios).join(', ')}`);
    await scenarios[name](opts);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
