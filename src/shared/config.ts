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
  /** Browser origins allowed besides the gateway's own (`TANDEM_ALLOWED_ORIGINS`), e.g. `https://console.example.com`. */
  allowedOrigins: string[];
  /** Host names accepted in the Host header besides the loopback ones (`TANDEM_ALLOWED_HOSTS`); undefined: any with keys, loopback names only without. */
  allowedHosts?: string[];
  demoData: boolean;
  jobConcurrency: number;
  /**
   * `TANDEM_SYNC_PART_RECORDS`: a full pass over more source records than this is cut into parts
   * of this many, which every worker shares (0: never). Default 10,000 with Redis or MariaDB, 0 on SQLite.
   */
  syncPartRecords: number;
  logLevel: string;
  /** `LOG_FORMAT`: `json` (one JSON object per line, the default) or `pretty` (for people at a terminal). */
  logFormat: 'json' | 'pretty';
  /** `TANDEM_REDIS_NAMESPACE`: keeps the queue and bus of this deployment apart from others on the same Redis. */
  redisNamespace?: string;
  /** `TANDEM_RUN_JOBS=0`: with Redis, `tandem serve` only queues jobs and leaves them to `tandem worker` processes. */
  runJobs: boolean;
  /** `TANDEM_JOB_THREAD=0`: without Redis, sync jobs run on the API thread instead of their own worker thread (the default). */
  jobThread: boolean;
  /**
   * `TANDEM_MERGED_EXECUTION=0`: operations across the subgraphs served in this process go through
   * the gateway's query plans (one operation per subgraph) instead of one execution on their merged schema.
   */
  mergedExecution: boolean;
  /** `TANDEM_JOB_THREAD_HEAP_MB`: the job thread's heap limit (old generation); a lower limit makes V8 collect sooner. */
  jobThreadHeapMb: number;
  /** `METRICS_PORT`: where a `tandem worker` serves /metrics, /livez and /readyz (unset: none). */
  metricsPort?: number;
  /** `TANDEM_SUBGRAPHS`: subgraphs the gateway reaches over HTTP (name → URL of its /graphql); the others run in process. */
  remoteSubgraphs: Partial<Record<SubgraphName, string>>;
  /**
   * `TANDEM_ERP_URL` / `TANDEM_CRM_URL` (with `TANDEM_ERP_API_KEY` / `TANDEM_CRM_API_KEY`): the sync
   * engine reaches that system's records through its subgraph's record-access API instead of its
   * database (the GraphQL connector); unset: the built-in connector on the local store.
   */
  connectors: Partial<Record<'erp' | 'crm', { url: string; apiKey?: string }>>;
}

/** `TANDEM_ERP_URL`, `TANDEM_CRM_URL` and their API keys: where the GraphQL connectors go. */
export function parseConnectors(env: NodeJS.ProcessEnv): Config['connectors'] {
  const out: Config['connectors'] = {};
  for (const side of ['erp', 'crm'] as const) {
    const name = `TANDEM_${side.toUpperCase()}_URL`;
    const raw = env[name]?.trim();
    const apiKey = env[`TANDEM_${side.toUpperCase()}_API_KEY`]?.trim() || undefined;
    if (!raw) {
      if (apiKey) throw new Error(`TANDEM_${side.toUpperCase()}_API_KEY is set but ${name} is not: the key is only sent to that URL`);
      continue;
    }
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    // Not echoed: a URL may carry a password.
    if (!url || !/^https?:$/.test(url.protocol)) throw new Error(`${name} is not an http(s) URL of a subgraph's /graphql, e.g. http://erp.internal:4001/graphql`);
    out[side] = { url: url.toString(), apiKey };
  }
  return out;
}

/** The three subgraphs of the graph. */
export const SUBGRAPH_NAMES = ['erp', 'crm', 'sync'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/**
 * `TANDEM_SUBGRAPHS=erp=URL,crm=URL,sync=URL` (any subset). A mistake names the entry; a URL is
 * shown without its user information (it may hold a password).
 */
export function parseSubgraphUrls(raw: string | undefined): Partial<Record<SubgraphName, string>> {
  const out: Partial<Record<SubgraphName, string>> = {};
  const entries = (raw ?? '').split(',');
  entries.forEach((entry, i) => {
    const trimmed = entry.trim();
    if (!trimmed) return;
    const where = `TANDEM_SUBGRAPHS entry ${i + 1} of ${entries.length}`;
    const at = trimmed.indexOf('=');
    const name = (at < 0 ? trimmed : trimmed.slice(0, at)).trim() as SubgraphName;
    if (!SUBGRAPH_NAMES.includes(name)) throw new Error(`${where}: "${name}" is not a subgraph; write NAME=URL with NAME one of ${SUBGRAPH_NAMES.join(', ')}`);
    if (out[name]) throw new Error(`${where} names the ${name} subgraph a second time`);
    let url: URL | undefined;
    try {
      url = new URL(trimmed.slice(at + 1).trim());
    } catch {
      /* refused below */
    }
    if (at < 0 || !url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new Error(`${where}: the ${name} subgraph's URL is not an http(s) URL like http://127.0.0.1:4001/graphql`);
    }
    out[name] = url.toString();
  });
  return out;
}

/**
 * `role:key,...`. A mistake names the entry by its position and never shows the entry itself:
 * it may hold a secret.
 */
function parseApiKeys(raw: string | undefined): Map<string, Role> {
  const keys = new Map<string, Role>();
  const positions = new Map<string, number>();
  const entries = (raw ?? '').split(',');
  entries.forEach((entry, i) => {
    const trimmed = entry.trim();
    if (!trimmed) return; // "a:b," or "a:b, ,c:d": an empty entry is no key
    const where = `TANDEM_API_KEYS entry ${i + 1} of ${entries.length}`;
    const at = trimmed.indexOf(':');
    if (at < 1) throw new Error(`${where} is not ROLE:KEY with ROLE one of ${ROLES.join(', ')} (the entry is not shown: it may hold a secret)`);
    const role = trimmed.slice(0, at) as Role;
    const key = trimmed.slice(at + 1);
    if (!ROLES.includes(role)) throw new Error(`${where}: the role before ":" must be one of ${ROLES.join(', ')}, in lower case`);
    if (/\s/.test(key)) throw new Error(`${where}: the key contains whitespace, which an "Authorization: Bearer KEY" header cannot carry`);
    if (key.length < 8) throw new Error(`${where}: the key is shorter than 8 characters`);
    const first = positions.get(key);
    if (first !== undefined) throw new Error(`${where} repeats the key of entry ${first}: each key must be unique, since the key alone decides the role`);
    positions.set(key, i + 1);
    keys.set(key, role);
  });
  return keys;
}

/** `TANDEM_ALLOWED_ORIGINS`: comma-separated origins (`scheme://host[:port]`, no path). */
function parseOrigins(raw: string | undefined): string[] {
  const entries = (raw ?? '').split(',').map((s) => s.trim());
  return entries.flatMap((entry, i) => {
    if (!entry) return [];
    let origin: string | undefined;
    try {
      const url = new URL(entry);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry.replace(/\/$/, '')) origin = url.origin;
    } catch {
      /* refused below */
    }
    if (!origin)
      throw new Error(`TANDEM_ALLOWED_ORIGINS entry ${i + 1} ("${entry}") is not an origin like https://console.example.com:8443 (http or https, host, optional port, no path)`);
    return [origin];
  });
}

/** `TANDEM_ALLOWED_HOSTS`: comma-separated host names or addresses (any port), e.g. `tandem.internal,10.0.0.5`. */
function parseHosts(raw: string | undefined): string[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const entries = raw.split(',').map((s) => s.trim().toLowerCase());
  return entries.flatMap((entry, i) => {
    if (!entry) return [];
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(entry)) {
      throw new Error(`TANDEM_ALLOWED_HOSTS entry ${i + 1} ("${entry}") is not a host name or address (no scheme, port or path; IPv6 in brackets)`);
    }
    return [entry];
  });
}

function parsePort(raw: string | undefined, name = 'PORT', fallback = 4000): number {
  const port = Number(raw ?? fallback);
  if (raw?.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name}: "${raw}" is not a port number (0-65535)`);
  return port;
}

function parseLogFormat(raw: string | undefined): 'json' | 'pretty' {
  const format = (raw || 'json').toLowerCase();
  if (format !== 'json' && format !== 'pretty') throw new Error(`LOG_FORMAT: "${raw}" is neither json (the default) nor pretty`);
  return format;
}

function parseNamespace(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!/^[\w.-]{1,64}$/.test(raw)) throw new Error(`TANDEM_REDIS_NAMESPACE: "${raw}" may hold only letters, digits, '_', '.' and '-' (at most 64)`);
  return raw;
}

function parseRunJobs(raw: string | undefined, redisUrl: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === '1') return true;
  if (raw !== '0') throw new Error(`TANDEM_RUN_JOBS: "${raw}" is neither 1 (the default) nor 0`);
  if (!redisUrl) throw new Error('TANDEM_RUN_JOBS=0 needs REDIS_URL: without Redis no other process can run the jobs');
  return false;
}

function parseMergedExecution(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === '1') return true;
  if (raw !== '0') throw new Error(`TANDEM_MERGED_EXECUTION: "${raw}" is neither 1 (the default: one execution over the local subgraphs) nor 0 (the gateway's query plans)`);
  return false;
}

function parseHeapMb(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 256;
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 64 || mb > 65536) throw new Error(`TANDEM_JOB_THREAD_HEAP_MB: "${raw}" is not a whole number of MB between 64 and 65536`);
  return mb;
}

function parseJobThread(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === '1') return true;
  if (raw !== '0') throw new Error(`TANDEM_JOB_THREAD: "${raw}" is neither 1 (the default: jobs on their own thread) nor 0 (jobs on the API thread)`);
  return false;
}

/**
 * Parts of 10,000 on MariaDB (whose writers work side by side: two parts at once in one process
 * keep the store busy while the other waits on it) and across workers (Redis); none on SQLite,
 * which has one writer and answers on the job's own thread.
 */
function parsePartRecords(raw: string | undefined, shared: boolean): number {
  if (raw === undefined || raw === '') return shared ? 10_000 : 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`TANDEM_SYNC_PART_RECORDS: "${raw}" is not a whole number of records (0: full passes are not shared)`);
  return n;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parseLogLevel(raw: string | undefined): string {
  const level = (raw || 'info').toLowerCase();
  if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL: "${raw}" is not one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

/** Reads the configuration; a mistake throws an error whose message says how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^(mysql|mariadb):\/\//.test(databaseUrl)) {
    // Not echoed: the URL may carry a password.
    throw new Error('DATABASE_URL must look like mysql://user:pass@host:3306/tandem (mysql:// or mariadb://)');
  }
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl,
    redisUrl: env.REDIS_URL || undefined,
    apiKeys: parseApiKeys(env.TANDEM_API_KEYS),
    allowedOrigins: parseOrigins(env.TANDEM_ALLOWED_ORIGINS),
    allowedHosts: parseHosts(env.TANDEM_ALLOWED_HOSTS),
    demoData: (env.TANDEM_DEMO_DATA ?? '1') !== '0',
    jobConcurrency: Math.max(1, Number(env.TANDEM_JOB_CONCURRENCY ?? 2) || 2),
    syncPartRecords: parsePartRecords(env.TANDEM_SYNC_PART_RECORDS, !!(env.REDIS_URL || databaseUrl)),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    logFormat: parseLogFormat(env.LOG_FORMAT),
    redisNamespace: parseNamespace(env.TANDEM_REDIS_NAMESPACE),
    runJobs: parseRunJobs(env.TANDEM_RUN_JOBS, env.REDIS_URL),
    jobThread: parseJobThread(env.TANDEM_JOB_THREAD),
    mergedExecution: parseMergedExecution(env.TANDEM_MERGED_EXECUTION),
    jobThreadHeapMb: parseHeapMb(env.TANDEM_JOB_THREAD_HEAP_MB),
    metricsPort: env.METRICS_PORT ? parsePort(env.METRICS_PORT, 'METRICS_PORT') : undefined,
    remoteSubgraphs: parseSubgraphUrls(env.TANDEM_SUBGRAPHS),
    connectors: parseConnectors(env),
  };
}
