import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/** The Redis of the scale-out tests (127.0.0.1:6379 here and in CI). */
export const REDIS_URL = process.env.TANDEM_TEST_REDIS_URL || 'redis://127.0.0.1:6379';
/** CI (`TANDEM_REQUIRE_SERVICES=1`): a missing Redis fails the run instead of skipping its tests. */
export const REDIS_REQUIRED = process.env.TANDEM_REQUIRE_SERVICES === '1';

/** Synchronous, so a suite can be skipped visibly at load time: a child node process PINGs Redis. */
export function probeRedis(url = REDIS_URL): boolean {
  const script = `
    const { Redis } = require(process.argv[1]);
    const c = new Redis(process.argv[2], { lazyConnect: true, connectTimeout: 1500, commandTimeout: 1500,
      maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    c.on('error', () => {});
    c.connect().then(() => c.ping()).then((r) => { c.disconnect(); process.exit(r === 'PONG' ? 0 : 1); },
      () => { c.disconnect(); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script, require.resolve('ioredis'), url], { timeout: 5000, stdio: 'ignore' });
  return r.status === 0;
}

/**
 * Whether Redis answers; says so loudly when its tests are skipped, and with
 * TANDEM_REQUIRE_SERVICES=1 adds a failing test instead (`what` names the skipped tests).
 */
export function redisForTests(what: string): boolean {
  const reachable = probeRedis(REDIS_URL);
  if (!reachable && !REDIS_REQUIRED) console.warn(`\n*** NOTICE: Redis does not answer at ${REDIS_URL}, so ${what} are SKIPPED. ***\n`);
  if (!reachable && REDIS_REQUIRED) {
    describe('Redis service', () => {
      it('should answer, because TANDEM_REQUIRE_SERVICES=1 says Redis is required', () => {
        throw new Error(`TANDEM_REQUIRE_SERVICES=1 but Redis does not answer at ${REDIS_URL}: ${what} cannot be skipped.`);
      });
    });
  }
  return reachable;
}

/** Names unique to this test file run, so projects and parallel runs never share a channel or queue. */
export function uniqueNames(): (what: string) => string {
  const run = `${process.pid}-${randomBytes(4).toString('hex')}`;
  let serial = 0;
  return (what) => `test-${what}-${run}-${++serial}`;
}
