import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface, GatewayLoadResult } from '@apollo/server-gateway-interface';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import type { PlanNode, SubscriptionNode } from '@apollo/query-planner';
import { DocumentNode, execute, getOperationAST, GraphQLSchema, Kind, OperationTypeNode, validate, visit, BREAK } from 'graphql';
import { LocalFederation } from './local-federation';
import { withoutMissing } from './owned-value';

/**
 * How an operation is executed: by one subgraph's schema directly, by the merged schema of the
 * local subgraphs, or (null) by the gateway's plan.
 */
type Route = { schema: GraphQLSchema; way: 'direct' | 'merged' } | null;

/** Operations executed each way so far (tests check which way an operation went). */
export interface ExecutionCounts {
  direct: number;
  merged: number;
  planned: number;
}

/** The subgraphs a plan fetches from, or undefined when it has a node merged execution does not do (defer, rewrites). */
function servicesOf(node: PlanNode | SubscriptionNode, into = new Set<string>()): Set<string> | undefined {
  switch (node.kind) {
    case 'Fetch':
      if (node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length) return undefined;
      into.add(node.serviceName);
      return into;
    case 'Flatten':
      return servicesOf(node.node, into);
    case 'Sequence':
    case 'Parallel':
      return node.nodes.every((n) => servicesOf(n, into)) ? into : undefined;
    case 'Condition':
      return [node.ifClause, node.elseClause].every((n) => !n || servicesOf(n, into)) ? into : undefined;
    default:
      return undefined;
  }
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
 * (resolvers, roles, errors with their codes). An operation across subgraphs that are all
 * served here runs on their merged schema (`LocalFederation`): one execution calling each
 * subgraph's resolvers, where the plan would send each subgraph an operation and merge and
 * reshape the answers. Anything else (a remote subgraph in the plan, introspection,
 * subscriptions, a type the merged schema leaves out) goes through the gateway's plan as before.
 * The route of a document is decided once (Apollo hands back the same parsed document for the
 * same text).
 */
export class DirectExecution implements GatewayInterface {
  /** Operations executed each way so far. */
  readonly counts: ExecutionCounts = { direct: 0, merged: 0, planned: 0 };
  /** Why operations across subgraphs go through the plan, when the local subgraphs cannot be merged. */
  mergedOff?: string;
  private federation?: LocalFederation;
  private readonly routes = new WeakMap<DocumentNode, Map<string, Route>>();
  private planner?: QueryPlanner;
  private apiSchema?: ReturnType<Supergraph['apiSchema']>;

  constructor(
    private readonly gateway: GatewayInterface,
    private readonly supergraphSdl: string,
    private readonly subgraphs: Record<string, GraphQLSchema>,
    private readonly merge = true,
  ) {}

  async load(options: Parameters<GatewayInterface['load']>[0]): Promise<GatewayLoadResult> {
    const loaded = await this.gateway.load(options);
    const supergraph = Supergraph.build(this.supergraphSdl);
    this.planner = new QueryPlanner(supergraph);
    this.apiSchema = supergraph.apiSchema();
    const all = supergraph.subgraphs().names();
    if (!this.merge) this.mergedOff = 'TANDEM_MERGED_EXECUTION=0';
    else if (all.every((name) => this.subgraphs[name])) {
      const built = LocalFederation.build(this.apiSchema.toGraphQLJSSchema(), this.subgraphs);
      if (typeof built === 'string') this.mergedOff = built;
      else this.federation = built;
    } else this.mergedOff = 'some subgraphs are not served in this process';
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
      this.counts[route.way] += 1;
      const result = execute({
        schema: route.schema,
        document: requestContext.document,
        variableValues: requestContext.request.variables,
        operationName: requestContext.request.operationName,
        contextValue: requestContext.context,
      });
      return route.way === 'merged' ? withoutMissing(await result) : result;
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
    const kind = getOperationAST(document, operationName)?.operation;
    if (!node || (kind !== OperationTypeNode.QUERY && kind !== OperationTypeNode.MUTATION)) return null;
    if (document.definitions.some((d) => d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION)) return null;
    if (node.kind === 'Fetch' && !node.requires && !node.inputRewrites?.length && !node.outputRewrites?.length && !node.contextRewrites?.length) {
      const schema = this.subgraphs[node.serviceName];
      // Every definition of the document must be valid for the subgraph as it is (fragments included).
      if (schema && validate(schema, document).length === 0) return { schema, way: 'direct' };
    }
    const services = servicesOf(node);
    if (!this.federation || !services || [...services].some((s) => !this.subgraphs[s]) || !this.federation.supports(document)) return null;
    // The merged schema parses literals with the subgraphs' scalars: a literal one refuses is the plan's to report, as a subgraph does.
    if (validate(this.federation.schema, document).length > 0) return null;
    return { schema: this.federation.schema, way: 'merged' };
  }
}
