// ESLint flat config: typescript-eslint's recommended rules and import-x's no-cycle over the
// server (src, test, scripts, bench, migrations) and the console (web/src). Formatting belongs
// to Prettier alone (eslint-config-prettier, last, turns off every rule that could disagree).
//
// import-x/no-cycle skips `import type` by design; `npm run lint` therefore also runs
// `npm run deps:cycles` (madge), which counts type-only imports too.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'data/**', 'coverage/**', 'node_modules/**', 'schema/**', 'src/client/generated.ts', 'web/src/api/generated.ts', 'web/dist/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // How import-x reads the modules it follows (without these it parses no .ts file and sees no cycle).
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json', 'web/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // `_name` marks a parameter or binding kept on purpose (a resolver's decorated argument, a
      // destructured field left out of a copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['test/**'],
    rules: {
      // Tests read GraphQL JSON whose shape the query text itself states; typing every answer
      // again would only repeat the query.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/**', 'test/**', 'scripts/**', 'bench/**', 'migrations/**', '*.js', '*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['web/**'],
    languageOptions: { globals: globals.browser },
  },
  prettier,
);
