import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { composeSupergraph } from './compose';
import { Subgraphs } from './subgraphs';

/** The project root: the nearest folder above this file with a package.json (works from src/ and dist/). */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Folder of the committed SDL files (schema/ at the project root). */
export const SCHEMA_DIR = join(projectRoot(), 'schema');

/** The SDL files the build emits, by file name: each subgraph, the supergraph and the client API. */
export function schemaFiles(subgraphs: Subgraphs): Record<string, string> {
  const { supergraphSdl, apiSdl } = composeSupergraph(subgraphs);
  return {
    'erp.graphql': `${subgraphs.erp.sdl.trim()}\n`,
    'crm.graphql': `${subgraphs.crm.sdl.trim()}\n`,
    'sync.graphql': `${subgraphs.sync.sdl.trim()}\n`,
    'supergraph.graphql': `${supergraphSdl.trim()}\n`,
    'api.graphql': `${apiSdl.trim()}\n`,
  };
}

/** The committed supergraph the gateway serves (composed at build time by `npm run schema`). */
export function readSupergraph(dir = SCHEMA_DIR): string {
  return readFileSync(join(dir, 'supergraph.graphql'), 'utf8');
}
