import { ApolloServerErrorCode } from '@apollo/server/errors';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { checkLimits, COSTS, MAX_DEPTH, MAX_NODES, operationCost, operationShape } from '../../../src/gateway/limits';
import { ErrorCode } from '../../../src/shared/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../src/shared/pagination';

/** A small schema of the same shape as the gateway's: connections, nested objects, a recursive type. */
const schema = buildSchema(`
  type Query { customers(first: Int, after: String): CustomerConnection! customer(no: String!): Customer tree: Node }
  type Mutation { rename(no: String!, name: String!): Customer }
  type CustomerConnection { nodes: [Customer!]! totalCount: Int! }
  type Customer { no: String! name: String! contacts: [Contact!]! }
  type Contact { name: String! }
  type Node { name: String! child: Node }
`);

const check = (query: string, variables?: Record<string, unknown>, operationName?: string) => {
  const error = checkLimits({ schema, document: parse(query), operationName, variables });
  return error && { code: error.extensions.code, message: error.message, status: (error.extensions.http as { status: number }).status };
};
/** A query `depth` fields deep: tree, child..., name. */
const nested = (depth: number) => `{ tree ${'{ child '.repeat(depth - 2)}{ name }${' }'.repeat(depth - 2)} }`;

describe(checkLimits.name, () => {
  it('should let an ordinary query through', () => {
    expect(check('{ customers(first: 10) { totalCount nodes { no name contacts { name } } } }')).toBeNull();
  });

  it('should refuse an unknown or unnamed operation as Apollo would', () => {
    expect(check('query A { customer(no: "1") { no } }', {}, 'B')).toEqual({
      code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
      message: 'Unknown operation named "B".',
      status: 400,
    });
    expect(check('query A { tree { name } } query B { tree { name } }')?.message).toBe('Must provide operation name if query contains multiple operations.');
  });

  it('should refuse variables that do not fit their types', () => {
    expect(check('query($no: String!) { customer(no: $no) { no } }', {})).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, status: 400 });
  });

  it('should refuse a query deeper than the limit, and accept one at it', () => {
    expect(check(nested(MAX_DEPTH))).toBeNull();
    expect(check(nested(MAX_DEPTH + 1))).toMatchObject({ code: ErrorCode.QUERY_TOO_COMPLEX, message: `Query depth ${MAX_DEPTH + 1} exceeds the limit of ${MAX_DEPTH}` });
  });

  it('should count fragment spreads expanded, so doubling fragments cannot hide their size', () => {
    const levels = 14;
    const fragments = Array.from({ length: levels }, (_, i) => (i === 0 ? 'fragment F0 on Node { name }' : `fragment F${i} on Node { ...F${i - 1} ...F${i - 1} }`)).join('\n');
    const refusal = check(`{ tree { ...F${levels - 1} } }\n${fragments}`);
    expect(refusal).toMatchObject({ code: ErrorCode.QUERY_TOO_COMPLEX });
    expect(refusal?.message).toContain(`more than the limit of ${MAX_NODES}`);
  });

  it('should refuse a page larger than the largest page', () => {
    expect(check(`{ customers(first: ${MAX_PAGE_SIZE + 1}) { nodes { no } } }`)).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: `first: ${MAX_PAGE_SIZE + 1} on Query.customers is more than the largest page of ${MAX_PAGE_SIZE}`,
    });
  });

  it('should refuse a query whose estimated cost is over the limit', () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `c${i}: customers(first: ${MAX_PAGE_SIZE}) { nodes { no contacts { name } } }`).join(' ');
    expect(check(`{ ${aliases} }`)).toMatchObject({ code: ErrorCode.QUERY_TOO_COMPLEX, message: expect.stringMatching(/^Query cost \d+ exceeds the limit of 25000/) });
  });
});

describe(operationCost.name, () => {
  const cost = (query: string) => {
    const document = parse(query);
    return operationCost(schema, document, getOperationAST(document)!);
  };

  it('should charge a root connection a scan and multiply its rows by the page size', () => {
    expect(cost('{ customers(first: 10) { nodes { no } } }')).toBeGreaterThan(COSTS.storeScan + 10);
    expect(cost('{ customers { nodes { no } } }')).toBeGreaterThan(COSTS.storeScan + DEFAULT_PAGE_SIZE);
    expect(cost('{ customers(first: 100) { nodes { no } } }')).toBeGreaterThan(cost('{ customers(first: 10) { nodes { no } } }'));
  });

  it('should charge a mutation a write', () => {
    expect(cost('mutation { rename(no: "1", name: "x") { no } }')).toBeGreaterThan(COSTS.storeWrite);
  });
});

describe(operationShape.name, () => {
  it('should give selections and depth with fragments expanded once per spread', () => {
    const document = parse('{ tree { ...F child { ...F } } } fragment F on Node { name }');
    expect(operationShape(document, getOperationAST(document)!)).toEqual({ nodes: 6, depth: 3 });
  });
});
