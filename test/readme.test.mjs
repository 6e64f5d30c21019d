// What the README claims, held against what the suite uses and shows.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import * as typescript from '../tools/compilers.mjs';
import { readFolder } from '../tools/files.mjs';
import { repository } from '../tools/package.mjs';
import { readDeclarations } from './helpers/declarations.mjs';
import * as markdown from './helpers/markdown.mjs';
import { workspace } from './helpers/workspace.mjs';

const { compilers, consumerOptions, moduleModes, newest } = typescript;
const compatibility = markdown.section(markdown.readme, 'Compatibility');

test('each type the README opens with is one the package root exports', async () => {
  const { installed } = await workspace();
  const index = join(installed, 'dist/index.d.ts');
  const [title] = markdown.sections(markdown.readme);
  const intro = title?.tokens ?? [];
  const end = intro.findIndex(({ type }) => type === 'paragraph_close');
  const named = markdown.codeSpans(intro.slice(0, end));
  const exported = readDeclarations([index]).exportsOf(index);
  assert.ok(named.length, 'the README opens with types');
  assert.deepEqual(
    named.filter((name) => !exported.includes(name)),
    [],
  );
});

test('the README compatibility table and minimum match the tested set-ups', () => {
  const [header = [], ...rows] = markdown.tableRows(compatibility);
  const labels = Object.values(moduleModes).map(({ label }) => label);
  assert.deepEqual(header, ['TypeScript', ...labels], 'a column per mode');
  const documented = rows.flatMap(([version, ...cells]) =>
    cells.flatMap((cell, index) =>
      cell === '✓' ? [`${version} · ${labels[index]}`] : [],
    ),
  );
  const tested = compilers.flatMap(({ version }) =>
    typescript
      .modesOf(version)
      .map((name) => `${version} · ${moduleModes[name].label}`),
  );
  assert.deepEqual(documented, tested);
  const minimum = `Needs TypeScript ${compilers[0]?.version} or later.`;
  assert.ok(markdown.plainText(compatibility).includes(minimum), minimum);
});

test('every TypeScript version the README names is one the suite compiles with or tells apart', () => {
  const known = [
    ...compilers.map(({ version }) => version),
    ...Object.values(typescript.firstVersionWith),
  ];
  const prose = markdown.readme.filter(({ type }) => type === 'inline');
  const named = markdown.plainText(prose).match(/(?<=TypeScript )\d+\.\d+/g);
  assert.ok(named?.length, 'the README names versions');
  assert.deepEqual(
    named.filter((version) => !known.includes(version)),
    [],
  );
});

test('the README names the compiler options the matrix uses', () => {
  const expected = [
    ...Object.entries(consumerOptions(newest.version)),
    ...Object.entries(typescript.corpusOverrides),
    ...Object.entries(typescript.libraryAuthorOptions),
  ].map((option) => JSON.stringify(option));
  // Every span that names a compiler option, as `name: value` or as `name`
  // when it is true, but for those that select a mode, which the table shows.
  const selectsMode = (/** @type {string} */ name) =>
    Object.values(moduleModes).some(
      (mode) => name in mode.compilerOptions(newest.version),
    );
  const isOption = (/** @type {string} */ name) =>
    !selectsMode(name) &&
    !ts
      .convertCompilerOptionsFromJson({ [name]: true }, repository)
      // Unknown compiler option, with or without a suggestion.
      .errors.some(({ code }) => code === 5023 || code === 5025);
  const stated = markdown
    .codeSpans(compatibility)
    .map((span) => span.split(': '))
    .filter(([name = '']) => isOption(name))
    .map(([name, value = 'true']) => JSON.stringify([name, JSON.parse(value)]));
  assert.deepEqual([...new Set(stated)].sort(), expected.sort());
});

test('every error code the README or the reference names links to a counter-example that fails with it', async () => {
  const docs = await readFolder(markdown.docsFolder);
  const pages = [
    ['README.md', markdown.readme],
    ...Object.entries(docs).map(([page, text]) => [
      `docs/${page}`,
      markdown.parse(text),
    ]),
  ];
  for (const [
    page,
    tokens,
  ] of /** @type {Array<[string, markdown.Token[]]>} */ (pages)) {
    const prose = tokens.filter(({ type }) => type === 'inline');
    const codes = markdown.plainText(prose).match(/TS\d{4}/g) ?? [];
    const linked = markdown.linksWithText(prose);
    for (const code of codes) {
      const link = linked.find(({ text }) => text === code);
      assert.ok(link, `${page}: ${code} links to its counter-example`);
      const file = join(repository, dirname(page), link.target);
      const [heading = ''] = (await readFile(file, 'utf8')).split('\n');
      // A test of compat.test.mjs holds each counter-example to its heading.
      assert.match(
        heading,
        new RegExp(`^// Fails with .*\\b${code}\\b`),
        `${page}: ${link.target}`,
      );
    }
  }
});
