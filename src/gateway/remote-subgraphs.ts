import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { execute, ExecutionArgs, ExecutionResult, GraphQLError, parse, print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Config, SUBGRAPH_NAMES, SubgraphName } from '../shared/config';
import { ErrorCode, TandemError } from '../shared/errors';
import { describeUrl } from '../shared/log';
import { composeSupergraph } from './compose';
import type { GatewayContext } from './context';
import type { Subgraphs } from './subgraphs';

/** The error a field gets when the subgraph that owns it does not answer (the rest of the query still does, where the plan allows). */
export function subgraphUnavailable(name: string, why: string): TandemError {
  return new TandemError(ErrorCode.SERVICE_UNAVAILABLE, `The ${name} subgraph is not answering (${why}); the fields it serves are unavailable`, { subgraph: name });
}

/** A subgraph's HTTP response as @apollo/gateway hands it over. */
type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/**
 * A remote subgraph over HTTP that passes the caller's `Authorization` and request id on (the
 * subgraph applies the same keys and roles), says plainly when the subgraph is down, and keeps
 * the subgraph's own error codes on a refused request (limits answer HTTP 400 with a GraphQL body).
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const forward = (context as Partial<GatewayContext>).forward;
    if (forward?.authorization) request.http?.headers.set('authorization', forward.authorization);
    if (forward?.requestId) request.http?.headers.set('x-request-id', forward.requestId);
  }

  override didEncounterError(error: Error): void {
    if (error instanceof GraphQLError && typeof error.extensions.code === 'string' && error.extensions.code !== ErrorCode.SERVICE_UNAVAILABLE) throw error;
    if (error instanceof TandemError) throw error;
    const cause = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    throw subgraphUnavailable(this.name, cause ?? (error.message || 'no answer'));
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if (response.status >= 500) return subgraphUnavailable(this.name, `HTTP ${response.status}`);
    const body = (await this.parseBody(response).catch(() => undefined)) as { errors?: Array<{ message?: string; extensions?: Record<string, unknown> }> } | undefined;
    const first = typeof body === 'object' ? body?.errors?.[0] : undefined;
    if (first?.message && typeof first.extensions?.code === 'string') return new GraphQLError(first.message, { extensions: { code: first.extensions.code } });
    return subgraphUnavailable(this.name, `HTTP ${response.status}`);
  }
}

/** An API key of this process's own list, for the gateway's own calls to remote subgraphs (they share TANDEM_API_KEYS). */
function ownKey(config: Config): string | undefined {
  return [...config.apiKeys.keys()][0];
}

/** Readiness probes of the remote subgraphs: each one's public `/readyz`. */
export function remoteProbes(remote: Partial<Record<SubgraphName, string>>): Record<string, () => Promise<unknown>> {
  return Object.fromEntries(
    Object.entries(remote).map(([name, url]) => [
      name,
      async () => {
        const res = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2000) });
        if (!res.ok) throw new Error(`${name} subgraph at ${describeUrl(url!)} answers /readyz with ${res.status}`);
      },
    ]),
  );
}

const SERVICE_QUERY = parse('{ _service { sdl } }');

/** The SDL a subgraph of this version answers in `_service { sdl }` (what a router composes). */
export async function localServiceSdl(subgraphs: Subgraphs, name: SubgraphName): Promise<string> {
  const result = (await execute({ schema: subgraphs[name].schema, document: SERVICE_QUERY })) as ExecutionResult<{ _service: { sdl: string } }>;
  return result.data!._service.sdl;
}

async function remoteServiceSdl(config: Config, name: SubgraphName, url: string): Promise<string> {
  const key = ownKey(config);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
    signal: AbortSignal.timeout(5000),
  });
  const body = (await res.json()) as { data?: { _service?: { sdl?: string } }; errors?: Array<{ message: string }> };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`the ${name} subgraph at ${describeUrl(url)} did not answer _service { sdl } (${body.errors?.[0]?.message ?? `HTTP ${res.status}`})`);
  return sdl;
}

const normalize = (sdl: string) => print(parse(sdl));

/**
 * Start-up check: the SDL each remote subgraph serves, composed with the in-process ones, gives
 * the committed supergraph the gateway plans with. A mismatch stops the start naming the
 * subgraphs whose SDL differs from this version's. A subgraph that does not answer yet is only
 * reported (it may start later; `/readyz` names it meanwhile) and answered in `unreachable`.
 */
export async function checkRemoteSubgraphs(config: Config, subgraphs: Subgraphs, supergraph: string): Promise<{ unreachable: string[] }> {
  const remote = config.remoteSubgraphs;
  const served: Partial<Record<SubgraphName, string>> = {};
  const unreachable: string[] = [];
  for (const name of SUBGRAPH_NAMES) {
    const url = remote[name];
    if (!url) continue;
    try {
      served[name] = await remoteServiceSdl(config, name, url);
    } catch (error) {
      unreachable.push(`${name}: ${(error as Error).message}`);
    }
  }
  if (Object.keys(served).length === 0) return { unreachable };
  const differing: SubgraphName[] = [];
  for (const name of Object.keys(served) as SubgraphName[]) if (normalize(served[name]!) !== normalize(await localServiceSdl(subgraphs, name))) differing.push(name);
  let composed: string | undefined;
  try {
    const merged = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, { ...subgraphs[n], sdl: served[n] ?? subgraphs[n].sdl }])) as unknown as Subgraphs;
    composed = composeSupergraph(merged).supergraphSdl;
  } catch {
    /* reported below */
  }
  if (composed === undefined || composed.trim() !== supergraph.trim()) {
    const names = differing.length ? differing : (Object.keys(served) as SubgraphName[]);
    throw new Error(
      `TANDEM_SUBGRAPHS: ${names.map((n) => `the ${n} subgraph at ${describeUrl(remote[n]!)}`).join(' and ')} serve${names.length === 1 ? 's' : ''} a schema that does not compose into schema/supergraph.graphql ` +
        `(${composed === undefined ? 'composition fails' : 'the composed supergraph differs'}); run the same Tandem version there, or an adapter that serves exactly schema/${names[0]}.graphql`,
    );
  }
  return { unreachable };
}

/** A GraphQL error as JSON (from the wire), made a GraphQLError again. */
function revive(e: { message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }): GraphQLError {
  return new GraphQLError(e.message, { path: e.path, extensions: e.extensions });
}

/**
 * Subscriptions when the sync subgraph is remote: the checked operation runs there over
 * graphql-ws with the caller's `authorization`, one socket per subscription (closed with it).
 */
export function remoteSubscriber(url: string) {
  const wsUrl = url.replace(/^http/, 'ws');
  return async (args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult>> => {
    const authorization = (args.contextValue as Partial<GatewayContext>).forward?.authorization;
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: 0,
      connectionParams: authorization ? { authorization } : {},
    });
    const iterator = client.iterate({
      query: print(args.document),
      operationName: args.operationName ?? undefined,
      variables: (args.variableValues ?? undefined) as Record<string, unknown> | undefined,
    });
    async function* relay(): AsyncGenerator<ExecutionResult> {
      try {
        // Errors arrive as JSON; the socket server formats GraphQLErrors, so they become ones again (code and path kept).
        for await (const result of iterator) yield (result.errors ? { ...result, errors: result.errors.map(revive) } : result) as ExecutionResult;
      } catch (error) {
        const errors = Array.isArray(error)
          ? error.map(revive)
          : [subgraphUnavailable('sync', (error as { code?: number; reason?: string }).reason || String((error as { code?: number }).code ?? (error as Error).message))];
        yield { errors };
      } finally {
        await iterator.return?.();
        await client.dispose();
      }
    }
    return relay();
  };
}
