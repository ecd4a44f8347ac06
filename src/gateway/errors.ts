import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../shared/errors';

/** Codes produced by graphql-js / Apollo itself that are safe to show as they are. */
const FRAMEWORK_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);
const OUR_CODES = new Set<string>(Object.values(ErrorCode));

/** Messages of graphql-js input coercion (bad variables or literals), which carry no code of their own. */
const COERCION =
  /^(Variable "\$[^"]+" got invalid value|Variable "\$[^"]+" of required type|Expected value of type|[A-Za-z]+ cannot represent|Argument "[^"]+" of required type|Field "[^"]+" of required type|Expected type)/;

/** True for an error Apollo Server raised with a 4xx HTTP status (`extensions.http.status`). */
function isClientStatus(error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

/** Flattens class-validator issues into "path: message" lines (nested inputs and list items included). */
function flattenIssues(issues: ValidationIssue[], prefix = ''): Array<{ field: string; message: string }> {
  return issues.flatMap((i) => {
    const field = prefix ? `${prefix}.${i.property}` : i.property;
    return [...Object.values(i.constraints ?? {}).map((message) => ({ field, message })), ...flattenIssues(i.children ?? [], field)];
  });
}

/**
 * Shapes every error a client sees: our codes and graphql's own pass through (minus any stack
 * or internal detail); input coercion errors become BAD_USER_INPUT; anything unexpected becomes
 * a generic INTERNAL_SERVER_ERROR whose details only reach the log.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, log: (detail: unknown) => void, original?: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const { stacktrace: _s, exception: _e, serviceName: _n, http: _h, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  // Already shaped (a remote Tandem subgraph formats its errors before the gateway sees them): kept as it is.
  const shaped =
    Array.isArray(extensions.validationErrors) &&
    (extensions.validationErrors as Array<Record<string, unknown>>).every((i) => typeof i?.field === 'string' && typeof i?.message === 'string');
  if (Array.isArray(extensions.validationErrors) && !shaped) {
    // type-graphql's "Argument Validation Error": say what is wrong, and never echo the input back.
    const issues = flattenIssues(extensions.validationErrors as ValidationIssue[]);
    return {
      ...formatted,
      message: `Invalid input: ${issues.map((i) => i.message).join('; ')}`,
      extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT, validationErrors: issues },
    };
  }
  if (OUR_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions };
  }
  if (COERCION.test(formatted.message)) {
    return { ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } };
  }
  if (FRAMEWORK_CODES.has(code)) return { ...formatted, extensions };
  if ((!code || code === ErrorCode.INTERNAL_SERVER_ERROR) && isClientStatus(original)) {
    // Apollo Server's own refusals of a malformed request (a persisted-query hash that does not
    // match its query, an unsupported version) carry a 4xx status but no code (Apollo then says
    // INTERNAL_SERVER_ERROR): they are the client's mistake, and their message says which.
    return { ...formatted, extensions: { ...extensions, code: ApolloServerErrorCode.BAD_REQUEST } };
  }
  log(formatted);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
