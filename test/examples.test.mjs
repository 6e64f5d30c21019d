import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { packageName, repository } from '../tools/package.mjs';
import {
  buildProjects,
  compilers,
  strictCompilerOptions,
  writeProject,
} from '../tools/typescript.mjs';
import {
  codeBlocks,
  docsFolder,
  readMarkdown,
  sections,
} from './helpers/docs.mjs';
import { workspace } from './helpers/workspace.mjs';

// Every TypeScript and JavaScript example of the reference and of the
// README, by where it is.
const pages = await readMarkdown(docsFolder);
pages.set(
  '../README.md',
  await readFile(join(repository, 'README.md'), 'utf8'),
);
const examples = [...pages].flatMap(([page, markdown]) =>
  codeBlocks(markdown)
    .filter(({ language }) => language === 'ts' || language === 'js')
    .map(({ language, code }, index) => ({
      name: `${page.replace(/^\.\.\//, '')} example ${index + 1} (${language})`,
      language,
      code,
    })),
);
// What the README warns does not compile, each with the error it names on
// its first line.
const counterFolder = join(repository, 'test', 'fixtures', 'counter-examples');
const counterExamples = await Promise.all(
  (await readdir(counterFolder)).map(async (file) => {
    const code = await readFile(join(counterFolder, file), 'utf8');
    return {
      name: file,
      language: file.slice(file.lastIndexOf('.') + 1),
      code,
      fails: /^\/\/ Fails with (TS\d+)/.exec(code)?.[1] ?? '',
    };
  }),
);
// The newest TypeScript of the matrix checks the examples, as the one a user
// pasting them today most likely has; the compatibility suite covers the rest.
const newest = compilers.at(-1);

test('the docs hold TypeScript and JavaScript examples', () => {
  assert.ok(examples.some(({ language }) => language === 'ts'));
  assert.ok(examples.some(({ language }) => language === 'js'));
});

// Each example is its own project, so that nothing one of them declares,
// such as a module augmentation, can help or break another; one `tsc -b`
// checks them all.
describe('every example compiles alone against the packed package', () => {
  /** @type {Map<string, import('../tools/typescript.mjs').CompilerError[]>} */
  let errors = new Map();
  /** @param {string} name */
  const folderOf = (name) => join(root, name.replace(/\W+/g, '-'));
  let root = '';
  before(async () => {
    assert.ok(newest, 'the matrix has a TypeScript');
    root = join((await workspace()).consumer, 'examples');
    for (const { name, language, code } of [...examples, ...counterExamples]) {
      await writeProject(folderOf(name), {
        compilerOptions: {
          ...strictCompilerOptions(newest.version),
          module: 'nodenext',
          noEmit: true,
          // A library author who copies a TypeScript example gets code that
          // compiles under isolatedDeclarations; JavaScript is checked as
          // with // @ts-check.
          ...(language === 'ts'
            ? { declaration: true, isolatedDeclarations: true }
            : { allowJs: true, checkJs: true }),
        },
        type: 'module',
        files: { [`example.${language}`]: code },
      });
    }
    errors = await buildProjects(
      newest.packageName,
      [...examples, ...counterExamples].map(({ name }) => folderOf(name)),
    );
  });

  for (const { name, code } of examples) {
    test(name, () => {
      assert.ok(
        code.includes(`'${packageName}'`),
        `${name} uses the package by its name`,
      );
      const found = errors.get(folderOf(name)) ?? [];
      assert.equal(found.length, 0, `${name}: ${found[0]?.text}`);
    });
  }

  for (const { name, fails } of counterExamples) {
    test(`${name} fails as the README says`, () => {
      assert.match(fails, /^TS\d+$/, `${name} names the error it fails with`);
      const found = errors.get(folderOf(name)) ?? [];
      assert.deepEqual(
        found.map(({ text }) => /error (TS\d+)/.exec(text)?.[1]),
        [fails],
        found.map(({ text }) => text).join('\n'),
      );
    });
  }

  test('the README quotes the error of an undeclared @ballware/meta-interface', () => {
    const readme = pages.get('../README.md') ?? '';
    const upgrading = sections(readme).find(
      ({ title }) => title === 'Upgrading from 6.0.2',
    );
    const [quote] = codeBlocks(upgrading?.text ?? '').filter(
      ({ language }) => language === 'text',
    );
    const [error] = errors.get(folderOf('undeclared-meta-interface.ts')) ?? [];
    assert.ok(quote && error, 'a quote, and an error to compare it with');
    assert.equal(quote.code.trim(), error.text.replace(/^.*?: (?=error)/, ''));
  });
});
