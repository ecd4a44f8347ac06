import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildSchema, execute, parse } from 'graphql';
import { LocalFederation } from '../../../src/gateway/local-federation';

/** A one-subgraph graph whose enum stands for other values inside (`X` is `x` to the resolvers). */
function graph(argument: string) {
  const sdl = `enum R { X Y } type Query { echo(${argument}): String }`;
  const subgraph = buildSubgraphSchema({
    typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) ${sdl}`),
    resolvers: { R: { X: 'x', Y: 'y' }, Query: { echo: (_: unknown, args: { r?: string }) => `got ${args.r}` } } as never,
  });
  return LocalFederation.build(buildSchema(sdl), { one: subgraph });
}

describe('LocalFederation', () => {
  it("should hand resolvers the subgraph's enum values, from literals and variables", async () => {
    const federation = graph('r: R');
    if (typeof federation === 'string') throw new Error(federation);
    const literal = await execute({ schema: federation.schema, document: parse('{ echo(r: Y) }') });
    expect(literal).toEqual({ data: { echo: 'got y' } });
    const variable = await execute({ schema: federation.schema, document: parse('query($r: R) { echo(r: $r) }'), variableValues: { r: 'X' } });
    expect(variable).toEqual({ data: { echo: 'got x' } });
  });

  it('should refuse to merge a schema with a default the API spells otherwise than the subgraph (the plans serve it)', () => {
    expect(graph('r: R = X')).toBe("default value of Query.r in the subgraphs' terms");
  });
});
