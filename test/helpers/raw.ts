import { request } from 'node:http';
import WebSocket from 'ws';
import { createClient, Client } from 'graphql-ws';

/** An HTTP answer read in full. */
export interface RawResponse {
  status: number;
  body: any;
}

/** A request with any headers (fetch cannot set Host): JSON in, JSON (or text) out. */
export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<RawResponse> {
  const u = new URL(url);
  const text = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: options.method ?? (text ? 'POST' : 'GET'),
        headers: { ...(text ? { 'content-type': 'application/json' } : {}), ...options.headers },
      },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => {
          let body: unknown = data;
          try {
            body = JSON.parse(data);
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** How a raw WebSocket upgrade went: opened, or refused with an HTTP status. */
export function tryUpgrade(url: string, headers: Record<string, string>): Promise<{ open: boolean; status?: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', { headers });
    ws.on('open', () => {
      resolve({ open: true });
      ws.close();
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve({ open: false, status: res.statusCode });
      res.resume();
    });
    ws.on('error', () => resolve({ open: false }));
  });
}

/** A graphql-ws client whose upgrade request carries these headers (a browser sends Origin). */
export function wsClientWithHeaders(url: string, headers: Record<string, string>, connectionParams: Record<string, unknown> = {}): Client {
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url, webSocketImpl: HeaderWebSocket, retryAttempts: 0, lazy: true, connectionParams });
}

/** What one graphql-ws operation answered first: a result, an error list, or nothing within `ms`. */
export type FirstAnswer = { next: any } | { error: any } | { none: true };

/** Subscribes and waits for the first answer (then unsubscribes unless `keep`). */
export function firstAnswer(
  client: Client,
  payload: { query: string; variables?: Record<string, unknown>; operationName?: string },
  ms = 5000,
  keep = false,
): Promise<FirstAnswer> {
  return new Promise((resolve) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      if (!keep) unsubscribe();
      resolve({ none: true });
    }, ms);
    unsubscribe = client.subscribe(payload, {
      next: (value) => {
        clearTimeout(timer);
        if (!keep) unsubscribe();
        resolve({ next: value });
      },
      error: (error) => {
        clearTimeout(timer);
        resolve({ error });
      },
      complete: () => undefined,
    });
  });
}

/** Milliseconds a promise took, with its value. */
export async function timed<T>(work: Promise<T> | (() => Promise<T>)): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await (typeof work === 'function' ? work() : work);
  return { value, ms: performance.now() - start };
}

/** How long /healthz takes to answer while `work` runs (asked a few ms after it starts). */
export async function healthzDuring<T>(baseUrl: string, work: () => Promise<T>): Promise<{ value: T; ms: number; healthzMs: number }> {
  const start = performance.now();
  const running = work();
  await new Promise((r) => setTimeout(r, 20));
  const health = timed(fetch(`${baseUrl}/healthz`).then((r) => r.status));
  const value = await running;
  const ms = performance.now() - start;
  const { value: status, ms: healthzMs } = await health;
  if (status !== 200) throw new Error(`/healthz answered ${status}`);
  return { value, ms, healthzMs };
}
