import { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { Config } from '../shared/config';
import { ErrorCode } from '../shared/errors';
import { authenticate, AuthResult } from './auth';
import { guardRequest } from './guards';
import { AllServices, createContext, GatewayContext } from './context';
import { Metrics } from './metrics';
import { ConsoleAssets } from './console';
import { Stores } from './stores';

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
  services: AllServices;
  stores: Stores;
  metrics: Metrics;
}

/** Readiness: every store answers a trivial query. */
async function ready(stores: Stores): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(stores).map(async ([name, ds]) => {
      try {
        await ds.query('SELECT 1');
        return [name, 'ok'];
      } catch (e) {
        return [name, (e as Error).message];
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** The node:http handler: /graphql (Apollo Server over the gateway), /healthz, /readyz, /metrics. */
export function createHttpHandler(deps: HttpDeps) {
  const { apollo, metrics } = deps;
  const consoleAssets = new ConsoleAssets();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = url.pathname;
    res.on('finish', () => metrics.requests.inc({ route: ['/graphql', '/healthz', '/readyz', '/metrics'].includes(route) ? route : 'other', status: res.statusCode }));
    try {
      if (route === '/healthz') return send(res, 200, { status: 'ok' });
      // Host (DNS rebinding) and Origin (cross-site pages) first, then the key.
      const refusal = guardRequest(deps.config, req);
      const auth: AuthResult = refusal ?? authenticate(deps.config, req.headers.authorization, req.socket.remoteAddress);
      if (route === '/readyz') {
        const stores = await ready(deps.stores);
        const ok = Object.values(stores).every((s) => s === 'ok');
        // The status is public (load balancers, probes); which store fails and why (driver
        // messages name databases and hosts) only to a caller who may use the API.
        return send(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', ...(auth.ok ? { stores } : {}) });
      }
      // The console's pages and assets are public (its sign-in needs them), but only on an accepted Host and Origin.
      if (refusal && route !== '/graphql' && route !== '/metrics') return graphqlError(res, refusal.status, refusal.code, refusal.message);
      if (!refusal && consoleAssets.handle(req, res, route)) return;
      if (route !== '/metrics' && route !== '/graphql') return graphqlError(res, 404, ErrorCode.NOT_FOUND, `Nothing at ${route}; the API is at /graphql`);
      if (!auth.ok) return graphqlError(res, auth.status, auth.code, auth.message);
      if (route === '/metrics') return send(res, 200, await metrics.registry.metrics(), metrics.registry.contentType);

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
        context: async () => createContext(deps.services, auth.role),
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
      if (!res.headersSent) graphqlError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
      else res.end();
    }
  };
}
