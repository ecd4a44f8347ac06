import { buildSchema, OperationDefinitionNode, parse, FragmentDefinitionNode, Kind } from 'graphql';
import { childSets, columnsOf, rowNeeds } from '../../../src/shared/selection';

const schema = buildSchema(`
  interface Named { name: String }
  type Customer implements Named { no: ID! name: String city: String salespersonCode: String salesperson: Salesperson contacts: [String] extra: String }
  type Salesperson implements Named { code: ID! name: String }
  type Page { nodes: [Customer] total: Int }
  type Query { customers: Page }
`);
const needs = rowNeeds('Customer', ['no', 'name', 'city', 'salespersonCode'], { salesperson: ['salespersonCode'], contacts: ['no'] }, ['no']);

/** The columns `columnsOf` finds for the `nodes` of a `customers` query. */
function columns(query: string): string[] | undefined {
  const doc = parse(query);
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const info = { schema, fragments };
  const customers = childSets(info, [op.selectionSet], 'customers');
  return columnsOf(info, childSets(info, customers, 'nodes'), needs);
}

describe('columnsOf', () => {
  it('should name the selected columns, the columns of field resolvers and the key', () => {
    expect(columns('{ customers { nodes { name } } }')).toEqual(['name', 'no']);
    expect(columns('{ customers { nodes { city salesperson { name } contacts } } }')).toEqual(['city', 'no', 'salespersonCode']);
    expect(columns('{ customers { total nodes { __typename } } }')).toEqual(['no']);
  });

  it('should answer one order of columns whatever the order of the fields (one statement, one cache entry per set)', () => {
    expect(columns('{ customers { nodes { salesperson { name } city name } } }')).toEqual(columns('{ customers { nodes { name city salesperson { name } } } }'));
  });

  it('should follow aliases, inline fragments and named fragments (spread twice, once counted)', () => {
    expect(
      columns('{ customers { ...P ...P } } fragment P on Page { nodes { a: city ... on Customer { name } ...C ...C } } fragment C on Customer { salesperson { code } }'),
    ).toEqual(['city', 'name', 'no', 'salespersonCode']);
  });

  it('should leave out fragments on other object types and give up on abstract ones or undeclared fields', () => {
    expect(columns('{ customers { nodes { name ... on Salesperson { code } } } }')).toEqual(['name', 'no']);
    expect(columns('{ customers { nodes { ... on Named { name } } } }')).toBeUndefined();
    expect(columns('{ customers { nodes { name extra } } }')).toBeUndefined();
    expect(columns('{ customers { nodes { ...Missing } } }')).toBeUndefined();
  });
});
