import { createClient, Client } from 'graphql-ws';

/** Where the API key lives: this tab only, forgotten on sign-out or when the tab closes. */
export const KEY_STORAGE = 'tandem.apiKey';

/** The state of the graphql-ws connection, for the reconnect banner. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

/** A GraphQL error as the server sends it: message and `extensions.code`, never a stack trace. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

type Listener = (state: ConnectionState) => void;

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/** A close event with a code, or anything else a socket can fail with. */
function closeCode(e: unknown): number | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'number' ? (e as { code: number }).code : undefined;
}

function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (Array.isArray(e) && e.length) {
    const first = e[0] as { message?: string; extensions?: { code?: string; field?: string } };
    return new ApiError(first.message ?? 'Request failed', first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.extensions?.field);
  }
  const code = closeCode(e);
  if (code === 4403 || code === 4401) return new ApiError('The API key is not valid (or is missing)', 'UNAUTHENTICATED');
  if (e instanceof Error) return new ApiError(e.message, 'NETWORK_ERROR');
  return new ApiError('The gateway cannot be reached', 'NETWORK_ERROR');
}

/**
 * The console's one GraphQL client: queries, mutations and subscriptions all travel over
 * graphql-ws on the gateway's own origin, with the API key in the connection params.
 * A lost connection reconnects by itself (and says so through `onState`).
 */
export class Api {
  private client: Client;
  private state: ConnectionState = 'connecting';
  private readonly listeners = new Set<Listener>();
  private everConnected = false;

  constructor(readonly apiKey: string | null) {
    this.client = createClient({
      url: wsUrl(),
      lazy: false,
      // A refused key or a lost socket is reported by the requests and the banner, not the console.
      onNonLazyError: () => undefined,
      connectionParams: () => (apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      retryAttempts: Infinity,
      retryWait: async (retries) => new Promise((r) => setTimeout(r, Math.min(500 * 2 ** retries, 5000))),
      // A refused key will not become valid by retrying.
      shouldRetry: (e) => closeCode(e) !== 4403 && closeCode(e) !== 4401,
      keepAlive: 10_000,
      on: {
        connected: () => {
          this.everConnected = true;
          this.setState('connected');
        },
        closed: () => this.setState(this.everConnected ? 'reconnecting' : 'connecting'),
      },
    });
  }

  private setState(state: ConnectionState): void {
    this.state = state;
    for (const l of this.listeners) l(state);
  }

  /** Follows the connection state; returns the unsubscribe function. */
  onState(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** One query or mutation; rejects with an ApiError carrying the server's code. */
  request<T, V extends object = Record<string, never>>(query: string, variables?: V): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let result: { data?: unknown; errors?: unknown } | undefined;
      this.client.subscribe<T>(
        { query, variables: variables as Record<string, unknown> | undefined },
        {
          next: (r) => (result = r as never),
          error: (e) => reject(toApiError(e)),
          complete: () => {
            if (result?.errors) reject(toApiError(result.errors));
            else if (result?.data) resolve(result.data as T);
            else reject(new ApiError('No answer from the gateway', 'NETWORK_ERROR'));
          },
        },
      );
    });
  }

  /** A subscription: `onData` for every event; returns the function that stops it. */
  subscribe<T, V extends object = Record<string, never>>(
    query: string,
    variables: V,
    onData: (data: T) => void,
    onError?: (e: ApiError) => void,
    onComplete?: () => void,
  ): () => void {
    return this.client.subscribe<T>(
      { query, variables: variables as Record<string, unknown> },
      {
        next: (r) => {
          if (r.errors) onError?.(toApiError(r.errors));
          else if (r.data) onData(r.data as T);
        },
        error: (e) => onError?.(toApiError(e)),
        complete: () => onComplete?.(),
      },
    );
  }

  /** Closes the socket (sign-out, or a new key). */
  dispose(): void {
    void this.client.dispose();
  }
}
