import { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { ApolloServer } from '@apollo/server';
import { ExecutionResult, getOperationAST, GraphQLSchema, OperationTypeNode, parse, print } from 'graphql';
import { Config, Role } from '../shared/config';
import { authenticate } from './auth';
import { AllServices, createContext, GatewayContext } from './context';
import { formatGatewayError } from './errors';

interface Extra extends Record<PropertyKey, unknown> {
  role?: Role;
}

/** What the graphql-ws endpoint needs. */
export interface WsDeps {
  config: Config;
  apollo: ApolloServer<GatewayContext>;
  services: AllServices;
  /** The sync subgraph's schema: it owns every Subscription field. */
  subscriptionSchema: GraphQLSchema;
  /** The client API schema, to validate queries and mutations sent over the socket. */
  apiSchema: () => GraphQLSchema;
  log: (detail: unknown) => void;
}

function isSubscription(query: string, operationName?: string | null): boolean {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation === OperationTypeNode.SUBSCRIPTION;
  } catch {
    return false;
  }
}

/**
 * graphql-ws on the same server and path as HTTP. Subscriptions execute against the sync
 * subgraph's schema (Apollo Gateway does not execute subscriptions); queries and mutations sent
 * over the socket go through the gateway like HTTP ones. API keys come in `connection_init`
 * as `{ authorization: "Bearer KEY" }`.
 */
export function attachWebSocket(server: Server, deps: WsDeps): { close(): Promise<void> } {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const disposable = useServer<Record<string, unknown>, Extra>(
    {
      schema: (_ctx, _id, payload) => (isSubscription(payload.query, payload.operationName) ? deps.subscriptionSchema : deps.apiSchema()),
      onConnect: (ctx) => {
        const params = ctx.connectionParams ?? {};
        const auth = authenticate(deps.config, params.authorization ?? params.Authorization, ctx.extra.request.socket.remoteAddress);
        if (!auth.ok) return false;
        ctx.extra.role = auth.role;
        return true;
      },
      context: (ctx) => createContext(deps.services, ctx.extra.role ?? 'viewer'),
      execute: async (args): Promise<ExecutionResult> => {
        const result = await deps.apollo.executeOperation(
          { query: print(args.document), variables: args.variableValues ?? undefined, operationName: args.operationName ?? undefined },
          { contextValue: args.contextValue as GatewayContext },
        );
        if (result.body.kind !== 'single') throw new Error('incremental delivery is not supported over graphql-ws');
        return result.body.singleResult as ExecutionResult;
      },
      onNext: (_ctx, _id, _payload, _args, result) => ({
        ...result,
        errors: result.errors?.map((e) => formatGatewayError('toJSON' in e ? e.toJSON() : e, deps.log)),
      }),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatGatewayError(e.toJSON(), deps.log)),
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
