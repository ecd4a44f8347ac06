/** `npm run schema`: writes schema/*.graphql from the code (subgraph SDLs, supergraph, client API). */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getSubgraphs } from '../src/gateway/subgraphs';
import { schemaFiles, SCHEMA_DIR } from '../src/gateway/schema-files';

getSubgraphs()
  .then((subgraphs) => {
    mkdirSync(SCHEMA_DIR, { recursive: true });
    for (const [name, sdl] of Object.entries(schemaFiles(subgraphs))) {
      writeFileSync(join(SCHEMA_DIR, name), sdl);
      console.log(`wrote schema/${name}`);
    }
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
