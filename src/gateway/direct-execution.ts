import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface, GatewayLoadResult } from '@apollo/server-gateway-interface';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { DocumentNode, execute, GraphQLSchema, Kind, OperationTypeNode, validate, visit, BREAK } from 'graphql';

/** How an operation is executed: by one subgraph's schema directly, or by the gateway's plan. */
type Route = { schema: GraphQLSchema } | null;

/** Operations executed each way so far (tests check which way an operation went). */
export interface ExecutionCounts {
  direct: number;
  planned: number;
}

/** True when a document asks for introspection (`__schema`, `__type`): the gateway answers those from the API schema. */
function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Apollo Gateway with a shortcut for in-process subgraphs. An operation whose query plan is a
 * single fetch from one subgraph (no entity lookups, no rewrites) is executed by that
 * subgraph's schema directly, as the document the client sent: the gateway would send the same
 * selection to the same resolvers, then copy the answer field by field into the response shape
 * (its per-request operation rebuild, plan walk and result shaping were a third of a flat
 * list's time). Everything before execution is unchanged (parsing, validation against the API
 * schema, the query limits and text checks of the plugins), and so is everything inside it
 * (resolvers, roles, errors with their codes). Anything else, and any document the subgraph's
 * schema does not validate, goes through the gateway's plan as before. The route of a document
 * is decided once (Apollo hands back the same parsed document for the same text).
 */
export class DirectExecution implements GatewayInterface {
  /** Operations executed each way so far. */
  readonly counts: ExecutionCounts = { direct: 0, planned: 0 };
  private readonly routes = new WeakMap<DocumentNode, Map<string, Route>>();
  private planner?: QueryPlanner;
  private apiSchema?: ReturnType<Supergraph['apiSchema']>;

  constructor(
    private readonly gateway: GatewayInterface,
    private readonly supergraphSdl: string,
    private readonly subgraphs: Record<string, GraphQLSchema>,
  ) {}

  async load(options: Parameters<GatewayInterface['load']>[0]): Promise<GatewayLoadResult> {
    const loaded = await this.gateway.load(options);
    const supergraph = Supergraph.build(this.supergraphSdl);
    this.planner = new QueryPlanner(supergraph);
    this.apiSchema = supergraph.apiSchema();
    return { ...loaded, executor: loaded.executor && this.executor(loaded.executor) };
  }

  onSchemaLoadOrUpdate(callback: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]): ReturnType<GatewayInterface['onSchemaLoadOrUpdate']> {
    return this.gateway.onSchemaLoadOrUpdate(callback);
  }

  stop(): Promise<void> {
    return this.gateway.stop();
  }

  private executor(planned: GatewayExecutor): GatewayExecutor {
    return async (requestContext: GatewayGraphQLRequestContext) => {
      const route = this.routeOf(requestContext.document, requestContext.request.operationName ?? undefined);
      if (!route) {
        this.counts.planned += 1;
        return planned(requestContext);
      }
      this.counts.direct += 1;
      return execute({
        schema: route.schema,
        document: requestContext.document,
        variableValues: requestContext.request.variables,
        operationName: requestContext.request.operationName,
        contextValue: requestContext.context,
      });
    };
  }

  /** The route of one operation of a document, decided on its first request. */
  private routeOf(document: DocumentNode, operationName: string | undefined): Route {
    let byName = this.routes.get(document);
    if (!byName) this.routes.set(document, (byName = new Map()));
    const key = operationName ?? '';
    if (!byName.has(key)) byName.set(key, this.decide(document, operationName));
    return byName.get(key)!;
  }

  private decide(document: DocumentNode, operationName: string | undefined): Route {
    if (!this.planner || !this.apiSchema || asksIntrospection(document)) return null;
    let plan;
    try {
      plan = this.planner.buildQueryPlan(operationFromDocument(this.apiSchema, document, { operationName, validate: false }));
    } catch {
      return null; // the gateway reports whatever is wrong in its own words
    }
    const node = plan.node;
    if (!node || node.kind !== 'Fetch' || node.requires || node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length) return null;
    if (node.operationKind !== OperationTypeNode.QUERY && node.operationKind !== OperationTypeNode.MUTATION) return null;
    const schema = this.subgraphs[node.serviceName];
    // Every definition of the document must be valid for the subgraph as it is (fragments included).
    if (!schema || document.definitions.some((d) => d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION)) return null;
    if (validate(schema, document).length > 0) return null;
    return { schema };
  }
}
