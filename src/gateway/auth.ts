import { Config, Role } from '../shared/config';
import { ErrorCode } from '../shared/errors';

/** Who is calling, or why the call is refused (with the HTTP status to answer). */
export type AuthResult = { ok: true; role: Role; principal: string } | { ok: false; status: number; code: ErrorCode; message: string };

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** True for an address on this machine's loopback interface. */
export function isLoopback(address: string | undefined): boolean {
  return !!address && LOOPBACK.test(address);
}

/**
 * API keys (`Authorization: Bearer KEY`, or `authorization` in graphql-ws connection params):
 * with keys configured every call needs a valid one; with none, only loopback callers are served,
 * with full rights.
 */
export function authenticate(config: Pick<Config, 'apiKeys'>, authorization: unknown, remoteAddress: string | undefined): AuthResult {
  if (config.apiKeys.size === 0) {
    if (isLoopback(remoteAddress)) return { ok: true, role: 'admin', principal: 'loopback' };
    return { ok: false, status: 403, code: ErrorCode.FORBIDDEN, message: 'No API keys are configured, so only loopback clients are served' };
  }
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
  const role = match ? config.apiKeys.get(match[1]) : undefined;
  if (!role) {
    return {
      ok: false,
      status: 401,
      code: ErrorCode.UNAUTHENTICATED,
      message: match ? 'The API key is not valid' : 'An API key is required: send "Authorization: Bearer KEY"',
    };
  }
  // The principal (whose share of per-client limits this is) is the key itself; it is never shown.
  return { ok: true, role, principal: match![1] };
}
