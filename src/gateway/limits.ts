import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, getOperationAST, GraphQLError, Kind, SelectionSetNode } from 'graphql';
import { getComplexity, simpleEstimator, ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../shared/errors';
import { DEFAULT_PAGE_SIZE } from '../shared/pagination';

/** Deepest selection nesting a query may have. */
export const MAX_DEPTH = 12;
/** Highest estimated cost of one operation (fields, multiplied by the page sizes above them). */
export const MAX_COST = 25_000;

function depthOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, fragments, seen) : 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      if (seen.has(name) || !fragments[name]) continue; // cycles are refused by graphql's own rules
      max = Math.max(max, depthOf(fragments[name].selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return max;
}

/** Depth of the operation's deepest field (fragments expanded). */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const op = getOperationAST(document, operationName ?? undefined);
  return op ? depthOf(op.selectionSet, fragments, new Set()) : 0;
}

/** Rows assumed for a list that has no `first` argument (a customer's contacts, a document's lines). */
const ASSUMED_LIST_SIZE = 10;

/**
 * A paged field costs its page size (`first`, else the default page size) times what each row
 * selects; other lists cost an assumed size times their rows; `nodes` is already counted by its
 * connection.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field, type: parent }) => {
  // Introspection (schema tools, the contract check) is free.
  if (field.name.startsWith('__') || parent.name.startsWith('__')) return 0;
  const child = Math.max(childComplexity, 1);
  const type = String(field.type);
  if (typeof args.first === 'number') return 1 + Math.max(args.first, 1) * child;
  if (/Connection!?$/.test(type)) return 1 + DEFAULT_PAGE_SIZE * child;
  if (type.startsWith('[') && field.name !== 'nodes') return 1 + ASSUMED_LIST_SIZE * child;
  return undefined as unknown as number;
};

/**
 * Apollo plugin: refuses operations nested deeper than `maxDepth` or whose estimated cost
 * exceeds `maxCost`, before any resolver runs (code QUERY_TOO_COMPLEX).
 */
export function queryLimitsPlugin(maxDepth = MAX_DEPTH, max = MAX_COST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const depth = operationDepth(document, request.operationName);
          if (depth > maxDepth) {
            throw new GraphQLError(`Query depth ${depth} exceeds the limit of ${maxDepth}`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, depth, limit: maxDepth, http: { status: 400 } },
            });
          }
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > max) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${max}; ask for smaller pages or fewer fields`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost, limit: max, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
