import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The operator console and the local GraphiQL, built into dist/web, which the gateway serves
 * from its own origin (src/gateway/console.ts). Everything is bundled from npm packages.
 */
const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(here, '../dist/web'),
    emptyOutDir: true,
    // GraphiQL's editor (Monaco) is large; the console page itself does not load it.
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    rolldownOptions: {
      // Libraries' "use client" directives mean nothing in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: { index: resolve(here, 'index.html'), graphiql: resolve(here, 'graphiql.html') },
    },
  },
  worker: { format: 'es' },
});
