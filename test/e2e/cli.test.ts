import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freshStoreLocation } from '../helpers/store';

/*
 * The `tandem` command line as a script meets it: unknown commands, options and table mapping
 * names are refused with the valid ones and exit code 2; names are read in any letter case.
 */

const root = join(__dirname, '..', '..');
const built = join(root, 'dist', 'src', 'cli', 'main.js');

/** Runs `tandem ARGS` to its end; answers its exit code and output. */
function tandem(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cli = process.env.TANDEM_TEST_DIST === '1' && existsSync(built) ? [built] : ['-r', 'ts-node/register/transpile-only', 'src/cli/main.ts'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...cli, ...args], { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('tandem command line', () => {
  const location = freshStoreLocation();
  const env = { DATA_DIR: location.dataDir, DATABASE_URL: location.databaseUrl, TANDEM_DEMO_DATA: '0' };
  afterAll(() => location.dispose());

  it.each([
    [['sync', 'incremental', '-m', 'BOGUS']],
    [['sync', 'full', '-m', 'NOPE']],
    [['sync', 'full', '-m', 'CUSTOMER', 'BOGUS']],
    [['preview', '-m', 'bogus']],
    [['jobs', '-m', 'nope']],
  ])('should refuse an unknown mapping name (%j) with the valid names and exit 2', async (args) => {
    const r = await tandem(args, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown table mapping "(BOGUS|NOPE)"; valid names: SALESPEOPLE, CURRENCY, .*SALESQUOTE_QUOTE/i);
    expect(r.stdout).not.toMatch(/SUCCEEDED/);
  });

  it.each([['status'], ['sync', 'full'], ['sync', 'incremental'], ['orders', 'convert'], ['skipped', 'restore'], ['conflicts', 'resolve']])(
    'should exit 0 on %s --help and list --url, --key and --json',
    async (...args) => {
      const r = await tandem([...args, '--help']);
      expect(r.code).toBe(0);
      for (const option of ['--url', '--key', '--json']) expect(r.stdout).toContain(option);
    },
  );

  it('should refuse an unknown command with exit 2 and point to the help', async () => {
    const r = await tandem(['bogus'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'bogus'/);
    expect(r.stderr).toMatch(/tandem --help/);
  });

  it('should read mapping names in any letter case (and then need a gateway: exit 5 when none answers)', async () => {
    const r = await tandem(['sync', 'full', '-m', 'customer', '--url', 'http://127.0.0.1:9/graphql'], env);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^UNREACHABLE: /);
  });

  it('should exit 0 on --help and list every command', async () => {
    const r = await tandem(['--help']);
    expect(r.code).toBe(0);
    for (const command of [
      'serve',
      'worker',
      'migrate',
      'seed',
      'status',
      'mappings',
      'preview',
      'sync',
      'follow',
      'jobs',
      'job',
      'couple',
      'uncouple',
      'create-in-other',
      'sync-now',
      'match',
      'skipped',
      'conflicts',
      'orders',
      'quotes',
    ])
      expect(r.stdout).toContain(command);
  });
});
