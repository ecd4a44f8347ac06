import { IncomingMessage } from 'node:http';
import { Config } from '../shared/config';
import { ErrorCode } from '../shared/errors';

/** Host names a loopback-mode gateway answers to (with any port). */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** Why a request is refused before authentication (HTTP 403), or null when it may go on. */
export interface Refusal {
  ok: false;
  status: number;
  code: ErrorCode;
  message: string;
}

/** The host name of a Host header, lower case, without its port (`[::1]:4000` → `[::1]`). */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon >= 0 && /^\d*$/.test(h.slice(colon + 1)) ? h.slice(0, colon) : h;
}

/**
 * DNS rebinding guard: without API keys (loopback mode) only loopback host names are accepted in
 * the Host header, plus those of TANDEM_ALLOWED_HOSTS; with keys, only those when it is set.
 * A page on attacker.example whose name was re-pointed to 127.0.0.1 sends `Host: attacker.example`.
 */
export function checkHost(config: Pick<Config, 'apiKeys' | 'allowedHosts'>, req: IncomingMessage): Refusal | null {
  const header = req.headers.host;
  if (header === undefined) return null; // HTTP/1.0 clients; no browser omits it
  const configured = config.allowedHosts;
  if (!configured && config.apiKeys.size > 0) return null;
  const name = hostName(header);
  if (LOOPBACK_HOSTS.includes(name) || configured?.includes(name)) return null;
  return {
    ok: false,
    status: 403,
    code: ErrorCode.FORBIDDEN,
    message: `Host "${name.slice(0, 200)}" is not served: ${config.apiKeys.size === 0 ? 'without API keys only 127.0.0.1, localhost and [::1] are' : 'see TANDEM_ALLOWED_HOSTS'} (TANDEM_ALLOWED_HOSTS adds names)`,
  };
}

/**
 * Cross-origin guard for browsers: a request that carries an `Origin` header is served only when
 * that origin is the gateway's own (the host the browser reached, i.e. the Host header: the console
 * the gateway serves) or one listed in TANDEM_ALLOWED_ORIGINS. Clients other than browsers send no
 * Origin and are not concerned. Applies with and without API keys.
 */
export function checkOrigin(config: Pick<Config, 'allowedOrigins'>, req: IncomingMessage): Refusal | null {
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  if (config.allowedOrigins.includes(origin)) return null;
  try {
    const url = new URL(origin);
    const host = req.headers.host;
    // The URL parser drops the scheme's default port on both sides, so "http://a" matches "a:80".
    if ((url.protocol === 'http:' || url.protocol === 'https:') && host && url.host === new URL(`${url.protocol}//${host}`).host) return null;
  } catch {
    /* "null" and other non-URL origins are refused below */
  }
  return {
    ok: false,
    status: 403,
    code: ErrorCode.FORBIDDEN,
    message: `Origin "${origin.slice(0, 200)}" is not allowed: only the gateway's own origin and those in TANDEM_ALLOWED_ORIGINS are`,
  };
}

/** The Host and Origin guards together (the first refusal). */
export function guardRequest(config: Pick<Config, 'apiKeys' | 'allowedHosts' | 'allowedOrigins'>, req: IncomingMessage): Refusal | null {
  return checkHost(config, req) ?? checkOrigin(config, req);
}
