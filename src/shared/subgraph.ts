import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import { buildSchema, BuildSchemaOptions, createResolversMap } from 'type-graphql';
import { roleAuthChecker } from './auth';
import { validateArgument } from './validation';

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

/** A subgraph's schemas: the type-graphql schema (for SDL output) and the federated one (served). */
export interface Subgraph {
  name: string;
  schema: GraphQLSchema;
  sdl: string;
}

/** Merges resolver maps type by type (later maps add fields to earlier ones). */
export function mergeResolvers(...maps: Array<Record<string, object>>): Record<string, object> {
  const out: Record<string, object> = {};
  for (const map of maps) for (const [type, fields] of Object.entries(map)) out[type] = { ...(out[type] ?? {}), ...fields };
  return out;
}

/**
 * Builds a Federation 2 subgraph from type-graphql resolvers, as in type-graphql's federation
 * example: print the schema with its directives, then let @apollo/subgraph add the entity
 * machinery, keeping type-graphql's resolvers (validation, auth) plus the reference resolvers.
 */
export async function buildSubgraph(
  name: string,
  options: Pick<BuildSchemaOptions, 'resolvers' | 'orphanedTypes' | 'pubSub'>,
  referenceResolvers: Record<string, object> = {},
  extraSdl = '',
): Promise<Subgraph> {
  const schema = await buildSchema({
    ...options,
    skipCheck: true,
    validateFn: validateArgument,
    authChecker: roleAuthChecker,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}${extraSdl ? `\n\n${extraSdl}\n` : ''}`;
  const federated = buildSubgraphSchema({
    typeDefs: parse(sdl),
    resolvers: mergeResolvers(createResolversMap(schema), referenceResolvers) as GraphQLResolverMap<unknown>,
  });
  return { name, schema: federated, sdl };
}
