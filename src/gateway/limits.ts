import { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode, ValidationContext,
} from 'graphql';
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

/** Validation rule: refuses operations nested deeper than `max` fields. */
export function depthLimit(max = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = Object.fromEntries(
      context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`Query depth ${depth} exceeds the limit of ${max}`, { nodes: [node], extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }),
          );
        }
      },
    };
  };
}

/** A list field costs its page size (`first`, else the default page size) times what each row selects. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const isConnection = /Connection!?$/.test(String(field.type));
  if (typeof args.first === 'number') return 1 + Math.max(args.first, 1) * Math.max(childComplexity, 1);
  if (isConnection) return 1 + DEFAULT_PAGE_SIZE * Math.max(childComplexity, 1);
  return undefined as unknown as number;
};

/** Apollo plugin: refuses operations whose estimated cost exceeds `max`, before any resolver runs. */
export function costLimitPlugin(max = MAX_COST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
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
