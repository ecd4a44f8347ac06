import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { Logger } from 'pino';
import pretty from 'pino-pretty';

/** How log lines are written: JSON lines for machines (the default), or colored text for people. */
export type LogFormat = 'json' | 'pretty';

/**
 * Fields every log line written inside a scope carries: the HTTP request id, or the job id, run
 * id, mapping and direction of a sync job. Set once at the scope's start, so no call site has to
 * remember them.
 */
const scope = new AsyncLocalStorage<Record<string, unknown>>();

/** Runs `work` with these fields on every log line it writes (added to the surrounding scope's). */
export function withLogFields<T>(fields: Record<string, unknown>, work: () => T): T {
  return scope.run({ ...scope.getStore(), ...fields }, work);
}

/** Runs `work` with only these fields (a job started from inside a request is not that request's work). */
export function inLogScope<T>(fields: Record<string, unknown>, work: () => T): T {
  return scope.run(fields, work);
}

/** The fields of the current scope (empty outside one). */
export function logFields(): Record<string, unknown> {
  return scope.getStore() ?? {};
}

/**
 * Header and option values that may hold a secret, wherever a log object carries them; errors
 * of drivers never carry the password (they name user, host and database only).
 */
const REDACT = ['authorization', 'headers.authorization', 'req.headers.authorization', 'apiKey', 'key', 'password', 'databaseUrl', 'redisUrl'];

/** The process's logger: pino, with the scope's fields on every line (to stdout, or `destination`). */
export function createLogger(opts: { level: string; format?: LogFormat }, destination?: NodeJS.WritableStream): Logger {
  // A copy each time: pino merges each line's own fields into what mixin returns.
  const options = { level: opts.level, mixin: () => ({ ...logFields() }), redact: { paths: REDACT, censor: '[redacted]' } };
  if (opts.format === 'pretty') {
    // Synchronous, in this thread: a transport worker would lose the last lines of a process that exits.
    return pino(options, pretty({ sync: true, colorize: !destination && process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', destination }));
  }
  return destination ? pino(options, destination) : pino(options);
}

/** A URL for a log line: scheme, host, port and path, never the user or password. */
export function describeUrl(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}
