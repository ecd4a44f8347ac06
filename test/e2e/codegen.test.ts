import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { parse } from 'yaml';

/*
 * The typed operations in src/client/generated.ts are what codegen.yml makes of schema/api.graphql
 * and src/client/*.graphql: this fails when someone changed either and forgot `npm run codegen`.
 */
describe('codegen.yml', () => {
  it('should generate exactly the committed src/client/generated.ts and web/src/api/generated.ts', async () => {
    const root = join(__dirname, '..', '..');
    const config = parse(readFileSync(join(root, 'codegen.yml'), 'utf8'));
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const files = (await generate({ ...config, silent: true }, false)) as Array<{ filename: string; content: string }>;
      for (const target of ['src/client/generated.ts', 'web/src/api/generated.ts']) {
        const generated = files.find((f) => f.filename.endsWith(target))!;
        expect({ target, content: generated.content }).toEqual({ target, content: readFileSync(join(root, target), 'utf8') });
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
