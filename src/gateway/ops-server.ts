import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { Config } from '../shared/config';
import { ErrorCode } from '../shared/errors';
import { authenticate } from './auth';
import { guardRequest } from './guards';
import { answerProbe, requestIdOf } from './http';
import { Readiness } from './health';

/** A running probe-and-metrics server. */
export interface OpsServer {
  url: string;
  close(): Promise<void>;
}

/**
 * What a process without the GraphQL API (a `tandem worker`) serves on METRICS_PORT: `/metrics`
 * (its own jobs' series), `/livez`, `/healthz` and `/readyz`, with the gateway's rules: Host and
 * Origin guards, the API keys for `/metrics` and for the probes' details.
 */
export async function startOpsServer(config: Config, port: number, registry: Registry, readiness: Readiness): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    res.setHeader('x-request-id', requestIdOf(req));
    const route = new URL(req.url ?? '/', 'http://localhost').pathname;
    const refusal = guardRequest(config, req);
    const auth = refusal ?? authenticate(config, req.headers.authorization, req.socket.remoteAddress);
    const fail = (status: number, code: string, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
    };
    void (async () => {
      try {
        if (await answerProbe(res, route, readiness, () => auth.ok)) return;
        if (route !== '/metrics') return fail(404, ErrorCode.NOT_FOUND, `Nothing at ${route}; this process serves /metrics, /livez and /readyz`);
        if (!auth.ok) return fail(auth.status, auth.code, auth.message);
        const body = await registry.metrics();
        res.writeHead(200, { 'content-type': registry.contentType });
        res.end(body);
      } catch {
        if (!res.headersSent) fail(500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
        else res.end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, config.host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${bound}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
