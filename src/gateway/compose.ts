import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { Subgraphs } from './subgraphs';

/** The composed supergraph and the client-facing API schema derived from it. */
export interface Composition {
  supergraphSdl: string;
  apiSdl: string;
}

/** Composes the subgraphs with @apollo/composition; a composition error lists every problem. */
export function composeSupergraph(subgraphs: Subgraphs): Composition {
  const result = composeServices(Object.values(subgraphs).map((s) => ({ name: s.name, url: `local://${s.name}`, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return {
    supergraphSdl: result.supergraphSdl,
    apiSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()),
  };
}
