import { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { ApolloServer } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { DocumentNode, ExecutionArgs, ExecutionResult, getOperationAST, GraphQLError, GraphQLSchema, OperationTypeNode, parse, print, subscribe, validate } from 'graphql';
import { Config, Role } from '../shared/config';
import { ErrorCode } from '../shared/errors';
import { authenticate } from './auth';
import { AllServices, createContext, GatewayContext } from './context';
import { formatGatewayError } from './errors';
import { guardRequest } from './guards';
import { MAX_BODY_BYTES } from './http';
import { checkLimits, limitError, MAX_TOKENS } from './limits';

/** Operations (subscriptions, and queries or mutations in flight) one socket may hold at once. */
export const MAX_OPERATIONS_PER_SOCKET = 50;
/** Operations one API key (or, without keys, all loopback clients together) may hold at once over all its sockets. */
export const MAX_OPERATIONS_PER_KEY = 200;
/** Initialised sockets one API key (or all loopback clients together) may hold open at once. */
export const MAX_SOCKETS_PER_KEY = 50;
/** Close code of a socket refused because its key holds MAX_SOCKETS_PER_KEY already. */
export const TOO_MANY_SOCKETS = 4429;

interface Extra extends Record<PropertyKey, unknown> {
  role?: Role;
  principal?: string;
  /** Ids of this socket's operations counted against the caps. */
  open?: Set<string>;
  /** Whether this socket counts against its key's MAX_SOCKETS_PER_KEY. */
  counted?: boolean;
  /** The `authorization` the client sent in `connection_init`, passed on to a remote sync subgraph. */
  authorization?: string;
}

/** What the graphql-ws endpoint needs. */
export interface WsDeps {
  config: Config;
  apollo: ApolloServer<GatewayContext>;
  /** The services of the subgraphs this process runs in process. */
  services: Partial<AllServices>;
  /** The sync subgraph's schema: it owns every Subscription field. */
  subscriptionSchema: GraphQLSchema;
  /** The client API schema, to validate queries and mutations sent over the socket. */
  apiSchema: () => GraphQLSchema;
  log: (detail: unknown) => void;
  /** Counts an operation Apollo does not see: subscriptions, and operations refused before execution. */
  countOperation?: (operation: 'query' | 'mutation' | 'subscription' | 'unknown', ok: boolean) => void;
  /** When the sync subgraph is remote: runs a checked subscription there (over graphql-ws) instead of against the local schema. */
  remoteSubscribe?: (args: ExecutionArgs) => Promise<AsyncIterable<ExecutionResult> | ExecutionResult>;
}

/** The same codes HTTP answers: graphql-js's own errors carry none. */
function coded(errors: readonly GraphQLError[], code: ApolloServerErrorCode): GraphQLError[] {
  return errors.map((e) =>
    e.extensions?.code ? e : new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, extensions: { ...e.extensions, code } }),
  );
}

/** Whether a finished operation's result is already shaped by Apollo (queries and mutations go through it). */
const viaApollo = new WeakSet<object>();

/**
 * graphql-ws on the same server and path as HTTP. Every operation gets the checks HTTP applies
 * (parse with the token limit, validation, operation resolution, variables, expanded size, depth,
 * cost, `first`), answered as an error of that operation alone: the socket and its other
 * subscriptions go on. Subscriptions execute against the sync subgraph's schema (Apollo Gateway
 * does not execute subscriptions); queries and mutations go through the gateway like HTTP ones.
 * Upgrades pass the Host and Origin guards; API keys come in `connection_init` as
 * `{ authorization: "Bearer KEY" }`; frames are limited to the HTTP body limit.
 */
export function attachWebSocket(server: Server, deps: WsDeps): { close(): Promise<void> } {
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: MAX_BODY_BYTES,
    verifyClient: ({ req }, done) => {
      const refusal = guardRequest(deps.config, req);
      if (refusal) done(false, refusal.status, refusal.message);
      else done(true);
    },
  });
  const perKey = new Map<string, number>();
  const socketsPerKey = new Map<string, number>();
  const release = (extra: Extra, id: string) => {
    if (!extra.open?.delete(id) || !extra.principal) return;
    const n = (perKey.get(extra.principal) ?? 1) - 1;
    if (n > 0) perKey.set(extra.principal, n);
    else perKey.delete(extra.principal);
  };
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatGatewayError(e.toJSON(), deps.log, e));

  /** The checks HTTP applies, then the execution arguments; or the errors of a refused operation. */
  const prepare = (
    extra: Extra,
    id: string,
    payload: { query?: unknown; operationName?: string | null; variables?: Record<string, unknown> | null },
  ): ExecutionArgs | GraphQLError[] => {
    let document: DocumentNode;
    try {
      document = parse(String(payload.query ?? ''), { maxTokens: MAX_TOKENS });
    } catch (error) {
      return coded([error instanceof GraphQLError ? error : new GraphQLError(String(error))], ApolloServerErrorCode.GRAPHQL_PARSE_FAILED);
    }
    const operation = getOperationAST(document, payload.operationName ?? undefined);
    const isSubscription = operation?.operation === OperationTypeNode.SUBSCRIPTION;
    const schema = isSubscription ? deps.subscriptionSchema : deps.apiSchema();
    const invalid = validate(schema, document);
    if (invalid.length) return coded(invalid, ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED);
    const refusal = checkLimits({ schema, document, operationName: payload.operationName, variables: payload.variables });
    if (refusal) return [refusal];
    if (!extra.open || !extra.principal) return [limitError(ErrorCode.UNAUTHENTICATED, 'The connection is not initialised')];
    if (extra.open.size >= MAX_OPERATIONS_PER_SOCKET) {
      return [
        limitError(ErrorCode.TOO_MANY_REQUESTS, `This socket already holds ${MAX_OPERATIONS_PER_SOCKET} operations, the most one socket may; complete some first`, {
          limit: MAX_OPERATIONS_PER_SOCKET,
        }),
      ];
    }
    if ((perKey.get(extra.principal) ?? 0) >= MAX_OPERATIONS_PER_KEY) {
      return [
        limitError(ErrorCode.TOO_MANY_REQUESTS, `This API key already holds ${MAX_OPERATIONS_PER_KEY} operations over its sockets, the most one key may; complete some first`, {
          limit: MAX_OPERATIONS_PER_KEY,
        }),
      ];
    }
    extra.open.add(id);
    perKey.set(extra.principal, (perKey.get(extra.principal) ?? 0) + 1);
    return {
      schema,
      document,
      operationName: payload.operationName ?? undefined,
      variableValues: payload.variables ?? undefined,
      contextValue: createContext(deps.services, extra.role ?? 'viewer', { authorization: extra.authorization }),
    };
  };

  const disposable = useServer<Record<string, unknown>, Extra>(
    {
      onConnect: (ctx) => {
        const params = ctx.connectionParams ?? {};
        const auth = authenticate(deps.config, params.authorization ?? params.Authorization, ctx.extra.request.socket.remoteAddress);
        if (!auth.ok) return false;
        const sockets = socketsPerKey.get(auth.principal) ?? 0;
        if (sockets >= MAX_SOCKETS_PER_KEY) {
          ctx.extra.socket.close(TOO_MANY_SOCKETS, `This API key already holds ${MAX_SOCKETS_PER_KEY} sockets, the most one key may`);
          return false;
        }
        socketsPerKey.set(auth.principal, sockets + 1);
        ctx.extra.counted = true;
        ctx.extra.role = auth.role;
        ctx.extra.principal = auth.principal;
        ctx.extra.open = new Set();
        const given = params.authorization ?? params.Authorization;
        if (typeof given === 'string') ctx.extra.authorization = given;
        return true;
      },
      onSubscribe: (ctx, id, payload): ExecutionArgs | GraphQLError[] => {
        const args = prepare(ctx.extra, id, payload);
        // Queries and mutations are counted by Apollo, which executes them; the rest here.
        if (Array.isArray(args)) deps.countOperation?.('unknown', false);
        else if (getOperationAST(args.document, args.operationName)?.operation === OperationTypeNode.SUBSCRIPTION) deps.countOperation?.('subscription', true);
        return args;
      },
      execute: async (args): Promise<ExecutionResult> => {
        try {
          const result = await deps.apollo.executeOperation(
            { query: print(args.document), variables: args.variableValues ?? undefined, operationName: args.operationName ?? undefined },
            { contextValue: args.contextValue as GatewayContext },
          );
          if (result.body.kind !== 'single') throw new Error('incremental delivery is not supported over graphql-ws');
          const single = result.body.singleResult as ExecutionResult;
          viaApollo.add(single);
          return single;
        } catch (error) {
          deps.log(error);
          return { errors: [new GraphQLError('Internal server error', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } })] };
        }
      },
      subscribe: async (args) => {
        try {
          return await (deps.remoteSubscribe ? deps.remoteSubscribe(args) : subscribe(args));
        } catch (error) {
          deps.log(error);
          return { errors: [new GraphQLError('Internal server error', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } })] };
        }
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        // Apollo has already formatted what came through it; subscription events have not been.
        viaApollo.has(result) ? result : { ...result, errors: result.errors && format(result.errors as GraphQLError[]) },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onComplete: (ctx, id) => release(ctx.extra, id),
      onClose: (ctx) => {
        for (const id of [...(ctx.extra.open ?? [])]) release(ctx.extra, id);
        const principal = ctx.extra.principal;
        if (ctx.extra.counted && principal) {
          ctx.extra.counted = false;
          const n = (socketsPerKey.get(principal) ?? 1) - 1;
          if (n > 0) socketsPerKey.set(principal, n);
          else socketsPerKey.delete(principal);
        }
      },
    },
    wss,
  );
  return {
    close: async () => {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
