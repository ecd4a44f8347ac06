import { ErrorCode } from '../../shared/errors';

/** Exit codes of every `tandem` client command (the README has the same table). */
export enum ExitCode {
  OK = 0,
  /** The job or run ended FAILED or CANCELED (or an unexpected server error). */
  FAILED = 1,
  /** Bad usage, or input the gateway refused (BAD_USER_INPUT, QUERY_TOO_COMPLEX). */
  USAGE = 2,
  /** UNAUTHENTICATED or FORBIDDEN. */
  AUTH = 3,
  /** NOT_FOUND, CONFLICT, or a state that forbids the operation. */
  STATE = 4,
  /** The gateway cannot be reached. */
  UNREACHABLE = 5,
  /** Ctrl-C while following: the run goes on (128 + SIGINT, as shells report it). */
  INTERRUPTED = 130,
}

/** The code the CLI prints when the gateway does not answer (not a server code: nothing answered). */
export const UNREACHABLE_CODE = ErrorCode.UNREACHABLE;

const BY_CODE: Record<string, ExitCode> = {
  [ErrorCode.BAD_USER_INPUT]: ExitCode.USAGE,
  [ErrorCode.QUERY_TOO_COMPLEX]: ExitCode.USAGE,
  GRAPHQL_VALIDATION_FAILED: ExitCode.USAGE,
  GRAPHQL_PARSE_FAILED: ExitCode.USAGE,
  [ErrorCode.UNAUTHENTICATED]: ExitCode.AUTH,
  [ErrorCode.FORBIDDEN]: ExitCode.AUTH,
  [ErrorCode.NOT_FOUND]: ExitCode.STATE,
  [ErrorCode.CONFLICT]: ExitCode.STATE,
  [ErrorCode.INVALID_STATE]: ExitCode.STATE,
  [ErrorCode.ALREADY_COUPLED]: ExitCode.STATE,
  [ErrorCode.NOT_COUPLED]: ExitCode.STATE,
  [ErrorCode.DEPENDENCY_NOT_COUPLED]: ExitCode.STATE,
  [ErrorCode.WRITE_IN_PRODUCT_NOT_SET]: ExitCode.STATE,
  [ErrorCode.SYNC_ALREADY_RUNNING]: ExitCode.STATE,
  [ErrorCode.SERVICE_UNAVAILABLE]: ExitCode.UNREACHABLE,
  [ErrorCode.UNREACHABLE]: ExitCode.UNREACHABLE,
};

/** The exit code for an error code; anything unknown is a failure (1). */
export function exitCodeFor(code: string): ExitCode {
  return BY_CODE[code] ?? ExitCode.FAILED;
}

/** An error a client command ends with: printed as `CODE: message`, exits with the code's exit code. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: ExitCode = exitCodeFor(code),
  ) {
    super(message);
  }
}
