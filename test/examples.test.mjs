import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { docsFolder, readMarkdown, typescriptBlocks } from './helpers/docs.mjs';
import { packageName, repository, workspace } from './helpers/package.mjs';
import {
  firstError,
  strictCompilerOptions,
  tsc,
  typescriptPackage,
  typescriptVersions,
  writeProject,
} from './helpers/typescript.mjs';

// Every TypeScript example of the reference and of the README, by where it is.
const pages = await readMarkdown(docsFolder);
pages.set(
  '../README.md',
  await readFile(join(repository, 'README.md'), 'utf8'),
);
// The newest TypeScript of the matrix checks the examples, as the one a user
// pasting them today most likely has; the compatibility suite covers the rest.
const version = typescriptVersions.at(-1) ?? '';
const examples = [...pages].flatMap(([page, markdown]) =>
  typescriptBlocks(markdown).map((code, index) => ({
    name: `${page.replace(/^\.\.\//, '')} example ${index + 1}`,
    code,
  })),
);

test('the docs hold examples', () => {
  assert.ok(examples.length > 0);
});

// Each example is its own project, so that nothing one of them declares, such
// as a module augmentation, can help or break another.
describe(
  'every example compiles alone against the packed package',
  { concurrency: 2 },
  () => {
    for (const [index, { name, code }] of examples.entries()) {
      test(name, async () => {
        assert.match(
          code,
          new RegExp(`^import type \\{[^}]*\\} from '${packageName}';$`, 'm'),
          `${name} imports its types from the package`,
        );
        const { consumer } = await workspace();
        const folder = join(consumer, 'examples', String(index));
        await writeProject(folder, {
          compilerOptions: {
            ...strictCompilerOptions(version),
            module: 'nodenext',
            noEmit: true,
          },
          type: 'module',
          files: { 'example.ts': code },
        });
        const checked = await tsc(typescriptPackage(version), folder);
        assert.equal(checked.code, 0, `${name}: ${firstError(checked)}`);
      });
    }
  },
);
