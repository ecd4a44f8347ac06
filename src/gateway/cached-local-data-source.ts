import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { DocumentNode, execute, GraphQLError, GraphQLSchema, parse, validate } from 'graphql';
import { LruCache } from '../shared/lru';

/** Distinct subgraph operations kept parsed and validated per subgraph (the gateway's plans produce few). */
export const OPERATION_CACHE_SIZE = 1000;

/**
 * An in-process subgraph, like @apollo/gateway's `LocalGraphQLDataSource`, that parses and
 * validates each distinct operation text once. The query planner sends the same few operation
 * texts over and over (only their variables change), so parsing and validating them again on
 * every fetch was time spent for nothing. Execution is graphql-js's `execute`, as before: the
 * subgraph's resolvers, auth checks and errors are unchanged.
 */
export class CachedLocalDataSource<TContext extends Record<string, unknown> = Record<string, unknown>> implements GraphQLDataSource<TContext> {
  private readonly documents: LruCache<string, DocumentNode>;
  /** Parses and validations done so far (tests check that a repeated operation costs none). */
  compiled = 0;

  constructor(
    readonly schema: GraphQLSchema,
    capacity = OPERATION_CACHE_SIZE,
  ) {
    this.documents = new LruCache(capacity);
  }

  async process({ request, context }: GraphQLDataSourceProcessOptions<TContext>): Promise<GatewayGraphQLResponse> {
    const source = request.query ?? '';
    const document = this.documents.get(source) ?? this.compile(source);
    if (!('kind' in document)) return { errors: document };
    return execute({
      schema: this.schema,
      document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: context,
    }) as Promise<GatewayGraphQLResponse>;
  }

  /** Parses and validates an operation text; only a valid document is kept (errors are answered each time). */
  private compile(source: string): DocumentNode | readonly GraphQLError[] {
    this.compiled += 1;
    let document: DocumentNode;
    try {
      document = parse(source);
    } catch (error) {
      return [error as GraphQLError];
    }
    const errors = validate(this.schema, document);
    if (errors.length > 0) return errors;
    this.documents.set(source, document);
    return document;
  }
}
