import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, visit } from 'graphql';
import { ErrorCode } from '../shared/errors';
import { textProblem } from '../shared/text';

/** The first string in a variable value that cannot be stored as given, with its path. */
function findInValue(value: unknown, path: string): { path: string; problem: string } | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInValue(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findInValue(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

/** Documents already walked (Apollo hands back the same parsed document for the same text). */
const walked = new WeakMap<DocumentNode, { path: string; problem: string } | null>();

/** The first string literal of a document that cannot be stored as given (one walk per document). */
function findInDocument(document: DocumentNode): { path: string; problem: string } | null {
  const known = walked.get(document);
  if (known !== undefined) return known;
  const found = walkDocument(document);
  walked.set(document, found);
  return found;
}

function walkDocument(document: DocumentNode): { path: string; problem: string } | null {
  let found: { path: string; problem: string } | null = null;
  visit(document, {
    StringValue(node) {
      const problem = textProblem(node.value);
      if (problem && !found) found = { path: `a string literal at line ${node.loc?.startToken.line ?? '?'}`, problem };
    },
  });
  return found;
}

/**
 * Apollo plugin: refuses, before any resolver runs, an operation carrying text that no store
 * would keep as given (NUL, lone surrogates), so a name is never stored altered. It serves
 * HTTP and the queries and mutations sent over graphql-ws alike (both run through Apollo).
 */
export function textInputPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const found = findInValue(request.variables ?? {}, '$') ?? findInDocument(document);
          if (found) {
            const where = found.path.startsWith('$') ? `variable ${found.path.slice(2) || '$'}` : found.path;
            throw new GraphQLError(`Refused: ${where} must be ${found.problem}`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
