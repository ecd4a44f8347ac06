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
    [['sync', '-m', 'BOGUS']],
    [['sync', '--full', '-m', 'NOPE']],
    [['sync', '-m', 'CUSTOMER', 'BOGUS']],
  ])('should refuse an unknown mapping name (%j) with the valid names and exit 2', async (args) => {
    const r = await tandem(args, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown table mapping "(BOGUS|NOPE)"; valid names: SALESPEOPLE, CURRENCY, .*SALESQUOTE_QUOTE/);
    expect(r.stdout).not.toMatch(/SUCCEEDED/);
  });

  it('should refuse an unknown command with exit 2 and point to the help', async () => {
    const r = await tandem(['bogus'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'bogus'/);
    expect(r.stderr).toMatch(/tandem --help/);
  });

  it('should read mapping names in any letter case and run the synchronization', async () => {
    const r = await tandem(['sync', '--full', '-m', 'customer'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/full synchronization SUCCEEDED/);
  });

  it('should exit 0 on --help and list every command', async () => {
    const r = await tandem(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['serve', 'worker', 'sync', 'migrate', 'seed']) expect(r.stdout).toContain(command);
  });
});
