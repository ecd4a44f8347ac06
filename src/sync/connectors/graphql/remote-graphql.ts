import { ErrorCode, TandemError } from '../../../shared/errors';
import { withRetry } from '../../../shared/retry';

/** Where a GraphQL connector reaches an ERP or CRM subgraph, and the API key it sends (never logged). */
export interface RemoteEndpoint {
  url: string;
  apiKey?: string;
}

/** The code of a remote subgraph that cannot be reached or answers 5xx/429: transient, like a store that is briefly down. */
export const REMOTE_UNAVAILABLE = 'REMOTE_UNAVAILABLE';

/** A remote subgraph that is briefly unavailable (connection refused or reset, timeout, 5xx, 429). */
export class RemoteUnavailableError extends Error {
  readonly code = REMOTE_UNAVAILABLE;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Options of a RemoteGraphQL client. */
export interface RemoteGraphQLOptions {
  /** Longest wait for one answer (a bulk write of a chunk included); default 60 s. */
  timeoutMs?: number;
  /** How long idempotent calls are retried on transient errors before the error reaches the job; default 15 s. */
  retryMs?: number;
  log?: (error: unknown, attempt: number) => void;
}

const OUR_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * A minimal GraphQL-over-HTTP client for the record-access API of one subgraph. Transport
 * failures become RemoteUnavailableError (transient: the job runner retries the pass with backoff,
 * as after a store error); GraphQL errors become TandemErrors with the subgraph's code, so a
 * refused record fails the same way it fails on the embedded store.
 */
export class RemoteGraphQL {
  private readonly where: string;

  constructor(
    readonly name: string,
    private readonly endpoint: RemoteEndpoint,
    private readonly options: RemoteGraphQLOptions = {},
  ) {
    const url = new URL(endpoint.url);
    url.username = url.password = '';
    this.where = `${name} subgraph at ${url.toString()}`;
  }

  /** A call that may be repeated (a read, an update of the same values): transient errors are retried for a while first. */
  idempotent<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    return withRetry(() => this.once<T>(query, variables), { maxMs: this.options.retryMs ?? 15_000, log: this.options.log });
  }

  /**
   * A write under keys (or a number) chosen beforehand, retried on transient errors as `idempotent`
   * is. After a transient failure its answer may have been lost with the write done: a CONFLICT on
   * a retry then asks `landed` whether the write is there, and counts as done when it is.
   */
  write(query: string, variables: Record<string, unknown>, landed: () => Promise<boolean>): Promise<void> {
    let unsure = false;
    return withRetry(
      async () => {
        try {
          await this.once(query, variables);
        } catch (error) {
          if (unsure && error instanceof TandemError && error.code === ErrorCode.CONFLICT && (await landed())) return;
          if (error instanceof RemoteUnavailableError) unsure = true;
          throw error;
        }
      },
      { maxMs: this.options.retryMs ?? 15_000, log: this.options.log },
    );
  }

  /** One attempt; a write that is not idempotent goes through here (its recovery is the caller's: keys chosen beforehand). */
  async once<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (this.endpoint.apiKey) headers.authorization = `Bearer ${this.endpoint.apiKey}`;
    let res: Response;
    try {
      res = await fetch(this.endpoint.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const why = (error as Error).name === 'TimeoutError' ? 'no answer in time' : (cause?.code ?? cause?.message ?? (error as Error).message);
      throw new RemoteUnavailableError(`The ${this.where} is unavailable: ${why}`, { cause: error });
    }
    const text = await res.text().catch(() => '');
    if (res.status >= 500 || res.status === 429) throw new RemoteUnavailableError(`The ${this.where} is unavailable: HTTP ${res.status}`);
    let body: { data?: T; errors?: Array<{ message?: string; extensions?: Record<string, unknown> & { code?: string } }> };
    try {
      body = JSON.parse(text);
    } catch {
      throw new TandemError(ErrorCode.UNREACHABLE, `The ${this.where} answered HTTP ${res.status} with something that is not GraphQL`);
    }
    const first = body.errors?.[0];
    if (first) {
      const code = String(first.extensions?.code ?? '');
      if (code === ErrorCode.SERVICE_UNAVAILABLE || code === ErrorCode.TOO_MANY_REQUESTS) throw new RemoteUnavailableError(`The ${this.where} is unavailable: ${first.message}`);
      // The subgraph's details (a refused record's empty fields...) come along, as from the embedded store.
      const { code: _code, ...details } = first.extensions ?? {};
      throw new TandemError(OUR_CODES.has(code) ? (code as ErrorCode) : ErrorCode.UNREACHABLE, `${this.name}: ${first.message ?? 'error'}`, details);
    }
    if (!body.data) throw new TandemError(ErrorCode.UNREACHABLE, `The ${this.where} answered HTTP ${res.status} without data`);
    return body.data;
  }
}

/**
 * Readiness probes of the GraphQL connectors' subgraphs (`ERP connector`, `CRM connector` in
 * /readyz): each answers a `{ __typename }` within 2 s, with the connector's key.
 */
export function connectorProbes(connectors: Partial<Record<'erp' | 'crm', RemoteEndpoint>>): Record<string, () => Promise<unknown>> {
  return Object.fromEntries(
    Object.entries(connectors).map(([side, endpoint]) => {
      const remote = new RemoteGraphQL(side.toUpperCase(), endpoint!, { timeoutMs: 2000 });
      return [`${side.toUpperCase()} connector`, () => remote.once('{ __typename }', {})];
    }),
  );
}
