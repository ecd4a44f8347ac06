import { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { Logger } from 'pino';
import { Config } from '../shared/config';
import { ErrorCode } from '../shared/errors';
import { authenticate, AuthResult } from './auth';
import { guardRequest } from './guards';
import { AllServices, createContext, GatewayContext } from './context';
import { Metrics } from './metrics';
import { ConsoleAssets } from './console';
import { Readiness } from './health';

/** Largest request body accepted (bytes). */
export const MAX_BODY_BYTES = 1_000_000;

function send(res: ServerResponse, status: number, body: unknown, contentType = 'application/json'): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function graphqlError(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, { errors: [{ message, extensions: { code } }] });
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What the HTTP handler needs. */
export interface HttpDeps {
  config: Config;
  apollo: ApolloServer<GatewayContext>;
  /** The services of the subgraphs this process runs in process (all three in the embedded default). */
  services: Partial<AllServices>;
  readiness: Readiness;
  metrics: Metrics;
  log: Logger;
  /** Whether `/` serves the operator console (default true; a standalone subgraph serves only its API). */
  console?: boolean;
}

/** Routes named in the metrics (anything else counts as `other`: no unbounded label values). */
const ROUTES = ['/graphql', '/livez', '/healthz', '/readyz', '/metrics'];

/** An incoming `x-request-id` is kept when it looks like an id (it lands in logs: no spaces, quotes or control characters). */
const REQUEST_ID = /^[\w.:@+=/-]{1,128}$/;

/** The caller's request id, or a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * The probes: `/livez` (and its old name `/healthz`): the process answers; `/readyz`: ready to
 * serve, or 503 with the reason. The status and reason are public (load balancers); each
 * dependency's own message (driver messages name databases and hosts) only to `detailed` callers.
 */
export async function answerProbe(res: ServerResponse, route: string, readiness: Readiness, detailed: () => boolean): Promise<boolean> {
  if (route === '/livez' || route === '/healthz') {
    send(res, 200, { status: 'ok' });
    return true;
  }
  if (route !== '/readyz') return false;
  const report = await readiness.check();
  send(res, report.ready ? 200 : 503, {
    status: report.ready ? 'ready' : 'not ready',
    ...(report.reason ? { reason: report.reason } : {}),
    ...(detailed() && Object.keys(report.checks).length ? { stores: report.checks } : {}),
  });
  return true;
}

/**
 * The node:http handler: /graphql (Apollo Server over the gateway), the console, /livez,
 * /healthz, /readyz, /metrics. Every request gets an id (the caller's `x-request-id` or a new
 * one), returned in the response and named by the lines logged about it (the request line, its unexpected errors).
 */
export function createHttpHandler(deps: HttpDeps) {
  const consoleAssets = new ConsoleAssets();
  return (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    return handle(deps, consoleAssets, req, res, requestId);
  };
}

async function handle(deps: HttpDeps, consoleAssets: ConsoleAssets, req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
  const { apollo, metrics, log } = deps;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = url.pathname;
  const started = process.hrtime.bigint();
  // The lines of a request name it themselves (no AsyncLocalStorage scope: its promise hooks
  // slowed every request by about a seventh).
  res.on('finish', () => {
    const named = ROUTES.includes(route) ? route : 'other';
    metrics.requests.inc({ route: named, status: res.statusCode });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // Every request at debug; refusals, failures and slow ones at info, for operators.
    const level = res.statusCode >= 500 ? 'warn' : res.statusCode >= 400 || ms >= 1000 ? 'info' : 'debug';
    if (log.isLevelEnabled(level)) log[level]({ reqId: requestId, method: req.method, route: named, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'http request');
  });
  try {
    // Host (DNS rebinding) and Origin (cross-site pages) first, then the key.
    const refusal = guardRequest(deps.config, req);
    const auth: AuthResult = refusal ?? authenticate(deps.config, req.headers.authorization, req.socket.remoteAddress);
    if (await answerProbe(res, route, deps.readiness, () => auth.ok)) return;
    // The console's pages and assets are public (its sign-in needs them), but only on an accepted Host and Origin.
    if (refusal && route !== '/graphql' && route !== '/metrics') return graphqlError(res, refusal.status, refusal.code, refusal.message);
    if (!refusal && deps.console !== false && consoleAssets.handle(req, res, route)) return;
    if (route !== '/metrics' && route !== '/graphql') return graphqlError(res, 404, ErrorCode.NOT_FOUND, `Nothing at ${route}; the API is at /graphql`);
    if (!auth.ok) return graphqlError(res, auth.status, auth.code, auth.message);
    if (route === '/metrics') return send(res, 200, await metrics.text(), metrics.registry.contentType);

    const raw = await readBody(req);
    if (raw === null) return graphqlError(res, 413, ErrorCode.BAD_USER_INPUT, `Request body larger than ${MAX_BODY_BYTES} bytes`);
    let body: unknown = undefined;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        return graphqlError(res, 400, ErrorCode.BAD_USER_INPUT, 'Request body is not valid JSON');
      }
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const stop = metrics.duration.startTimer();
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(deps.services, auth.role, { authorization: req.headers.authorization, requestId }),
    });
    stop();
    for (const [k, v] of response.headers) res.setHeader(k, v);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  } catch (error) {
    log.error({ err: error, reqId: requestId }, 'unexpected error answering an HTTP request');
    if (!res.headersSent) graphqlError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
    else res.end();
  }
}
