import { resolve } from 'node:path';

/** Roles, weakest first: each includes the rights of the ones before it. */
export const ROLES = ['viewer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Gateway configuration, read from the environment (DESIGN.md §2). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  apiKeys: Map<string, Role>;
  demoData: boolean;
  jobConcurrency: number;
  logLevel: string;
}

function parseApiKeys(raw: string | undefined): Map<string, Role> {
  const keys = new Map<string, Role>();
  for (const entry of (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const at = entry.indexOf(':');
    const role = entry.slice(0, at) as Role;
    const key = entry.slice(at + 1);
    if (at < 1 || !ROLES.includes(role) || key.length < 8) {
      throw new Error(
        `TANDEM_API_KEYS: "${entry}" is not ROLE:KEY with ROLE one of ${ROLES.join(', ')} and a key of at least 8 characters`,
      );
    }
    keys.set(key, role);
  }
  return keys;
}

function parsePort(raw: string | undefined): number {
  const port = Number(raw ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT: "${raw}" is not a port number (0-65535)`);
  return port;
}

/** Reads the configuration; a mistake throws an error whose message says how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^(mysql|mariadb):\/\//.test(databaseUrl)) {
    throw new Error(`DATABASE_URL: "${databaseUrl}" must look like mysql://user:pass@host:3306/tandem`);
  }
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl,
    redisUrl: env.REDIS_URL || undefined,
    apiKeys: parseApiKeys(env.TANDEM_API_KEYS),
    demoData: (env.TANDEM_DEMO_DATA ?? '1') !== '0',
    jobConcurrency: Math.max(1, Number(env.TANDEM_JOB_CONCURRENCY ?? 2) || 2),
    logLevel: env.LOG_LEVEL || 'info',
  };
}
