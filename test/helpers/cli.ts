import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The project root. */
export const ROOT = join(__dirname, '..', '..');
const BUILT = join(ROOT, 'dist', 'src', 'cli', 'main.js');

/** How to start `tandem`: the compiled file after `npm test` built it, else the sources through ts-node. */
export function tandemArgv(): string[] {
  return process.env.TANDEM_TEST_DIST === '1' && existsSync(BUILT)
    ? [process.execPath, BUILT]
    : [process.execPath, '-r', 'ts-node/register/transpile-only', join(ROOT, 'src', 'cli', 'main.ts')];
}

/** What a finished `tandem` run left. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `tandem ARGS` (stdout is a pipe, not a terminal); the env never inherits TANDEM_URL/KEY by accident. */
export function startTandem(args: string[], env: Record<string, string | undefined> = {}): { child: ChildProcess; result: Promise<CliResult> } {
  const [exe, ...pre] = tandemArgv();
  const child = spawn(exe, [...pre, ...args], {
    cwd: ROOT,
    env: { ...process.env, TANDEM_URL: undefined, TANDEM_API_KEY: undefined, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const result = new Promise<CliResult>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, result };
}

/** Runs `tandem ARGS` to its end. */
export function tandem(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return startTandem(args, env).result;
}
