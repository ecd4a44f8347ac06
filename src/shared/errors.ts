import { GraphQLError } from 'graphql';

/** Every error code a client can see in `extensions.code`. One enum for the whole gateway. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_STATE = 'INVALID_STATE',
  ALREADY_COUPLED = 'ALREADY_COUPLED',
  NOT_COUPLED = 'NOT_COUPLED',
  DEPENDENCY_NOT_COUPLED = 'DEPENDENCY_NOT_COUPLED',
  WRITE_IN_PRODUCT_NOT_SET = 'WRITE_IN_PRODUCT_NOT_SET',
  SYNC_ALREADY_RUNNING = 'SYNC_ALREADY_RUNNING',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** A client holds as many open operations (graphql-ws subscriptions) as it may. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** Nothing usable answered at a URL: said by the `tandem` client (--url) and by a GraphQL connector (TANDEM_ERP_URL / TANDEM_CRM_URL), never by the gateway to its clients. */
  UNREACHABLE = 'UNREACHABLE',
}

/** The one error base class: a GraphQL error whose `extensions.code` says what kind of mistake it is. */
export class TandemError extends GraphQLError {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Shorthands for the codes services throw most. */
export const badInput = (message: string, extra?: Record<string, unknown>) => new TandemError(ErrorCode.BAD_USER_INPUT, message, extra);
export const notFound = (what: string, key: string) => new TandemError(ErrorCode.NOT_FOUND, `${what} ${key} does not exist`);
export const conflict = (message: string) => new TandemError(ErrorCode.CONFLICT, message);
export const invalidState = (message: string) => new TandemError(ErrorCode.INVALID_STATE, message);

/** The `extensions.code` of an error, if it carries one. */
export function errorCodeOf(error: unknown): string | undefined {
  const ext = (error as { extensions?: { code?: unknown } } | null)?.extensions;
  return typeof ext?.code === 'string' ? ext.code : undefined;
}
