import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  isEnumType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator, ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../shared/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/pagination';
import { LruCache } from '../shared/lru';

/** Deepest selection nesting a query may have (introspection's `ofType` wrappers excepted). */
export const MAX_DEPTH = 12;
/** Highest estimated cost of one operation (see `fieldEstimator`). */
export const MAX_COST = 25_000;
/** Most selections one operation may have with every fragment spread expanded. */
export const MAX_NODES = 5_000;
/** Most lexical tokens a document may have (the parser stops past it, before any validation). */
export const MAX_TOKENS = 20_000;

/**
 * What a field costs on top of one unit per value returned. A unit is roughly the work of one value
 * in a response; a store round trip is worth about 50 of them (measured: ~0.4 ms against ~8 µs).
 */
export const COSTS = {
  /** A root query field reads its store once per alias (no DataLoader spans root fields). */
  storeRead: 50,
  /** A root connection counts its filtered rows and reads a page (a scan when searching). */
  storeScan: 250,
  /** A mutation writes in its own transaction. */
  storeWrite: 100,
  /** Fields that scan whole stores (every mapping, both sides) or start such work. */
  fullScan: 10_000,
} as const;

/** Fields whose cost is not the default of their kind. `Type.field` → extra cost per call. */
const FIELD_COSTS: Record<string, number> = {
  'Query.previewFullSynchronization': COSTS.fullScan,
  // One query per job row (no DataLoader: each job asks for its own first N errors).
  'SyncJob.errors': COSTS.storeRead,
  'Mutation.coupleByMatch': COSTS.fullScan,
  'Mutation.runFullSynchronization': COSTS.fullScan,
  'Mutation.runIncrementalSynchronization': COSTS.fullScan / 4,
  'Mutation.restoreSkippedCouplings': COSTS.storeScan,
};

/** Rows assumed for a list that has no `first` argument (a customer's contacts, a document's lines). */
const ASSUMED_LIST_SIZE = 10;

/** A client mistake refused before anything runs (HTTP 400, and the same error over graphql-ws). */
export function limitError(code: ErrorCode | ApolloServerErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

interface Shape {
  /** Selections, every fragment spread expanded. */
  nodes: number;
  /** Deepest field nesting. */
  depth: number;
}

/**
 * Size and depth of a selection set with fragments expanded, each fragment computed once per
 * document (memoised), so the time is linear in the document even when fragments spread each
 * other twice per level (where the expanded size doubles per fragment).
 */
function shapeOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, memo: Map<string, Shape>, active: Set<string>): Shape {
  let nodes = 0;
  let depth = 0;
  for (const sel of set?.selections ?? []) {
    nodes += 1;
    if (sel.kind === Kind.FIELD) {
      const child = shapeOf(sel.selectionSet, fragments, memo, active);
      nodes += child.nodes;
      // `ofType` unwraps a list or non-null of a type reference: a wrapper, not a level of data.
      depth = Math.max(depth, (sel.name.value === 'ofType' ? 0 : 1) + child.depth);
    } else {
      let child: Shape;
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        child = shapeOf(sel.selectionSet, fragments, memo, active);
      } else {
        const name = sel.name.value;
        const known = memo.get(name);
        if (known) {
          child = known;
        } else if (active.has(name) || !fragments.has(name)) {
          child = { nodes: 0, depth: 0 }; // cycles and unknown fragments are refused by validation
        } else {
          active.add(name);
          child = shapeOf(fragments.get(name)!.selectionSet, fragments, memo, active);
          active.delete(name);
          memo.set(name, child);
        }
      }
      nodes += child.nodes;
      depth = Math.max(depth, child.depth);
    }
  }
  return { nodes, depth };
}

/** Size and depth of one operation of a document (linear in the document). */
export function operationShape(document: DocumentNode, operation: OperationDefinitionNode): Shape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return shapeOf(operation.selectionSet, fragments, new Map(), new Set());
}

/** Averages of the schema, for the lists introspection returns. */
interface SchemaStats {
  types: number;
  directives: number;
  fields: number;
  args: number;
  inputFields: number;
  enumValues: number;
  interfaces: number;
  possibleTypes: number;
  fieldsByType: Map<string, number>;
}

const statsCache = new WeakMap<GraphQLSchema, SchemaStats>();

function schemaStats(schema: GraphQLSchema): SchemaStats {
  const cached = statsCache.get(schema);
  if (cached) return cached;
  const types = Object.values(schema.getTypeMap());
  let fields = 0,
    args = 0,
    inputFields = 0,
    enumValues = 0,
    interfaces = 0,
    possible = 0;
  const fieldsByType = new Map<string, number>();
  for (const t of types) {
    if (isObjectType(t) || isInterfaceType(t)) {
      const f = Object.values(t.getFields());
      fields += f.length;
      args += f.reduce((n, x) => n + x.args.length, 0);
      interfaces += t.getInterfaces().length;
      fieldsByType.set(t.name, f.length);
    } else if (isInputObjectType(t)) {
      inputFields += Object.keys(t.getFields()).length;
      fieldsByType.set(t.name, Object.keys(t.getFields()).length);
    } else if (isEnumType(t)) {
      enumValues += t.getValues().length;
      fieldsByType.set(t.name, t.getValues().length);
    }
    if (isUnionType(t) || isInterfaceType(t)) possible += schema.getPossibleTypes(t).length;
  }
  // Averages over all types: each type has only its own kind of list (an enum has no fields).
  const n = Math.max(types.length, 1);
  const stats: SchemaStats = {
    types: types.length,
    directives: schema.getDirectives().length,
    fields: fields / n,
    args: args / Math.max(fields, 1),
    inputFields: inputFields / n,
    enumValues: enumValues / n,
    interfaces: interfaces / n,
    possibleTypes: possible / n,
    fieldsByType,
  };
  statsCache.set(schema, stats);
  return stats;
}

/**
 * Introspection costs what it returns, like any other selection: its lists count as many entries
 * as the schema has on average (`__schema.types` as many as there are types), `__type(name:)` as
 * many fields as that type really has, and an `ofType` half of what it selects (type references
 * are at most a few wrappers deep: the rest of a TypeRef chain is null).
 */
function introspectionCost(stats: SchemaStats, parent: string, field: string, child: number, args: Record<string, unknown>): number {
  const rows = (n: number) => 1 + n * Math.max(child, 1);
  switch (`${parent}.${field}`) {
    case '__Schema.types':
      return rows(stats.types);
    case '__Schema.directives':
      return rows(stats.directives);
    case '__Type.fields':
      return rows(stats.fields);
    case '__Type.inputFields':
      return rows(stats.inputFields);
    case '__Type.enumValues':
      return rows(stats.enumValues);
    case '__Type.interfaces':
      return rows(stats.interfaces);
    case '__Type.possibleTypes':
      return rows(stats.possibleTypes);
    case '__Field.args':
    case '__Directive.args':
      return rows(stats.args);
    case '__Directive.locations':
      return rows(ASSUMED_LIST_SIZE);
    case '__Type.ofType':
      return 1 + child / 2;
    default:
      if (field === '__type') {
        // Its lists were counted at the average size; scale them to the type asked for.
        const own = stats.fieldsByType.get(String(args.name)) ?? stats.fields;
        return 1 + child * Math.max(1, own / Math.max(stats.fields, 1));
      }
      return 1 + child;
  }
}

/** A `first` over the largest page, found while costing (reported after the walk). */
interface Findings {
  pageTooLarge?: { field: string; first: number };
}

/**
 * One unit per value, multiplied by the rows of the lists above it (`first`, else the default page
 * size of a connection, else an assumed size; `nodes` is counted by its connection), plus the work
 * of the field itself (`COSTS`, `FIELD_COSTS`): store round trips of root fields, scans.
 */
function fieldEstimator(schema: GraphQLSchema, findings: Findings): ComplexityEstimator {
  const stats = schemaStats(schema);
  const roots = new Map<string, number>([
    [schema.getQueryType()?.name ?? 'Query', COSTS.storeRead],
    [schema.getMutationType()?.name ?? 'Mutation', COSTS.storeWrite],
    [schema.getSubscriptionType()?.name ?? 'Subscription', 0],
  ]);
  return ({ args, childComplexity, field, type: parent }) => {
    if (field.name.startsWith('__') || parent.name.startsWith('__')) return introspectionCost(stats, parent.name, field.name, childComplexity, args);
    const child = Math.max(childComplexity, 1);
    const type = String(field.type);
    const named = getNamedType(field.type).name;
    const isConnection = /Connection$/.test(named);
    let own = FIELD_COSTS[`${parent.name}.${field.name}`] ?? roots.get(parent.name) ?? 0;
    if (isConnection && parent.name === schema.getQueryType()?.name && !(`${parent.name}.${field.name}` in FIELD_COSTS)) own = COSTS.storeScan;
    if (typeof args.first === 'number') {
      if (args.first > MAX_PAGE_SIZE && !findings.pageTooLarge) findings.pageTooLarge = { field: `${parent.name}.${field.name}`, first: args.first };
      return 1 + own + Math.max(args.first, 1) * child;
    }
    if (isConnection) return 1 + own + DEFAULT_PAGE_SIZE * child;
    if (type.startsWith('[') && field.name !== 'nodes') return 1 + own + ASSUMED_LIST_SIZE * child;
    return own === 0 ? (undefined as unknown as number) : 1 + own + childComplexity;
  };
}

/**
 * The estimated cost of one operation (graphql-query-complexity with `fieldEstimator`). Its walk
 * expands fragments without memoising, so call it only on operations whose expanded size is
 * known to be within MAX_NODES.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Record<string, unknown> | null,
  findings: Findings = {},
): number {
  const cost = getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operation.name?.value,
    // Never reached (the expanded size is checked first); above ours so its error cannot surface.
    maxQueryNodes: MAX_NODES * 2 + 10,
    estimators: [fieldEstimator(schema, findings), simpleEstimator({ defaultComplexity: 1 })],
  });
  return Math.ceil(cost);
}

/** What an operation is checked with. */
export interface LimitsRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * Every limit of one operation, in time linear in the document: the operation is found, its
 * variables are valid, its expanded size, depth and cost are within bounds and no `first` is over
 * the largest page. Answers the first client error, or null. The document must be valid.
 */
export function checkLimits({ schema, document, operationName, variables }: LimitsRequest): GraphQLError | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) {
    return limitError(
      ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
      operationName
        ? `Unknown operation named "${operationName}".`
        : operations.length > 1
          ? 'Must provide operation name if query contains multiple operations.'
          : 'Must provide an operation.',
    );
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 10 });
  if (coerced.errors) {
    return limitError(ErrorCode.BAD_USER_INPUT, coerced.errors.map((e) => e.message).join('; '));
  }
  const { nodes, depth } = operationShape(document, operation);
  if (nodes > MAX_NODES) {
    return limitError(ErrorCode.QUERY_TOO_COMPLEX, `The operation has ${nodes} selections with its fragments expanded, more than the limit of ${MAX_NODES}`, {
      nodes,
      limit: MAX_NODES,
    });
  }
  if (depth > MAX_DEPTH) {
    return limitError(ErrorCode.QUERY_TOO_COMPLEX, `Query depth ${depth} exceeds the limit of ${MAX_DEPTH}`, { depth, limit: MAX_DEPTH });
  }
  const findings: Findings = {};
  let cost: number;
  try {
    cost = operationCost(schema, document, operation, variables, findings);
  } catch (error) {
    return limitError(ErrorCode.QUERY_TOO_COMPLEX, `The cost of the operation cannot be estimated: ${(error as Error).message}`);
  }
  if (findings.pageTooLarge) {
    const { field, first } = findings.pageTooLarge;
    return limitError(ErrorCode.BAD_USER_INPUT, `first: ${first} on ${field} is more than the largest page of ${MAX_PAGE_SIZE}`, { limit: MAX_PAGE_SIZE });
  }
  if (cost > MAX_COST) {
    return limitError(ErrorCode.QUERY_TOO_COMPLEX, `Query cost ${cost} exceeds the limit of ${MAX_COST}; ask for smaller pages or fewer fields`, { cost, limit: MAX_COST });
  }
  return null;
}

/** Variable sets remembered as within the limits, per parsed document. */
const PASSED_PER_DOCUMENT = 32;
/** Longest variables text remembered (large inputs are rare reads and would cost memory). */
const PASSED_KEY_CHARS = 1024;

/**
 * Operations already found within the limits: `checkLimits` is a pure function of the schema,
 * the document, the operation name and the variables, and Apollo hands back the same parsed
 * document for the same text (its document store), so a repeated request with the same
 * variables needs no second walk. Only passes with short variables are kept: a refusal is
 * computed (and built anew) every time, and any other variables are checked in full.
 */
const passed = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, LruCache<string, true>>>();

function withinLimits(request: LimitsRequest): GraphQLError | null {
  let bySchema = passed.get(request.schema);
  if (!bySchema) passed.set(request.schema, (bySchema = new WeakMap()));
  let known = bySchema.get(request.document);
  if (!known) bySchema.set(request.document, (known = new LruCache(PASSED_PER_DOCUMENT)));
  const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
  if (known.get(key)) return null;
  const refusal = checkLimits(request);
  if (!refusal && key.length <= PASSED_KEY_CHARS) known.set(key, true);
  return refusal;
}

/**
 * Apollo plugin: applies `checkLimits` before any resolver runs (the query planner included).
 * graphql-ws applies the same function to every operation it receives.
 */
export function queryLimitsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const refusal = withinLimits({ schema, document, operationName: request.operationName, variables: request.variables });
          if (refusal) throw refusal;
        },
      };
    },
  };
}
