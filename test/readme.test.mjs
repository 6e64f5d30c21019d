// What the README claims, held against what the suite uses and shows.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import * as compilers from '../harness/compilers.mjs';
import { readFolder } from '../harness/files.mjs';
import { readSources } from '../harness/programs.mjs';
import * as repository from '../harness/repository.mjs';
import { readDeclarations } from './helpers/declarations.mjs';
import { expectationsOf } from './helpers/expectations.mjs';
import * as markdown from './helpers/markdown.mjs';
import { sharedWorkspace } from './helpers/workspace.mjs';

const compatibility = markdown.section(markdown.readme, 'Compatibility');

test('each type the README opens with is one the package root exports', async () => {
  const { packageFolder } = await sharedWorkspace();
  const index = join(packageFolder, 'dist/index.d.ts');
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
  const labels = Object.values(compilers.modes).map(({ label }) => label);
  assert.deepEqual(header, ['TypeScript', ...labels], 'a column per mode');
  const documented = rows.flatMap(([version, ...cells]) =>
    cells.flatMap((cell, index) =>
      cell === '✓' ? [`${version} · ${labels[index]}`] : [],
    ),
  );
  const tested = compilers.all.flatMap(({ version }) =>
    compilers
      .modesOf(version)
      .map((name) => `${version} · ${compilers.modes[name].label}`),
  );
  assert.deepEqual(documented, tested);
  const minimum = `Needs TypeScript ${compilers.all[0]?.version} or later.`;
  assert.ok(markdown.plainText(compatibility).includes(minimum), minimum);
});

test('every TypeScript version the README names is one the suite compiles with or tells apart', () => {
  const known = [
    ...compilers.all.map(({ version }) => version),
    ...Object.values(compilers.firstVersionWith),
  ];
  const prose = markdown.readme.filter(({ type }) => type === 'inline');
  const named = markdown
    .plainText(prose)
    .match(/(?<=TypeScript (?:[\d.]+ to )?)\d+\.\d+/g);
  assert.ok(named?.length, 'the README names versions');
  assert.deepEqual(
    named.filter((version) => !known.includes(version)),
    [],
  );
});

test('the README names the compiler options the matrix uses', () => {
  const { newest } = compilers;
  const expected = [
    ...Object.entries(compilers.strictestOptions(newest.version)),
    ...Object.entries(compilers.corpusOverrides),
    ...Object.entries(compilers.declarationsUnchecked),
    ...Object.entries(compilers.libraryAuthorOptions),
  ].map((option) => JSON.stringify(option));
  // Every span that names a compiler option, as `name: value` or as `name`
  // when it is true, but for those that select a mode, which the table shows.
  const selectsMode = (/** @type {string} */ name) =>
    Object.values(compilers.modes).some(
      (mode) => name in mode.compilerOptions(newest.version),
    );
  const isOption = (/** @type {string} */ name) =>
    !selectsMode(name) &&
    !ts
      .convertCompilerOptionsFromJson({ [name]: true }, repository.root)
      // Unknown compiler option, with or without a suggestion.
      .errors.some(({ code }) => code === 5023 || code === 5025);
  const stated = markdown
    .codeSpans(compatibility)
    .map((span) => span.split(': '))
    .filter(([name = '']) => isOption(name))
    .map(([name, value = 'true']) => JSON.stringify([name, JSON.parse(value)]));
  assert.deepEqual([...new Set(stated)].sort(), expected.sort());
});

test('every error code the README or the reference names links to a fixture that fails with it where the text says', async () => {
  const fixtures = await readSources('test/fixtures');
  const docs = await readFolder(markdown.docsFolder);
  /** @type {Array<[string, markdown.Token[]]>} */
  const pages = [
    ['README.md', markdown.readme],
    ...Object.entries(docs).map(
      ([page, text]) =>
        /** @type {[string, markdown.Token[]]} */ ([
          `docs/${page}`,
          markdown.parse(text),
        ]),
    ),
  ];
  for (const [page, tokens] of pages) {
    for (const inline of tokens.filter(({ type }) => type === 'inline')) {
      // Each code, with what the text beside it says of where it fails.
      const text = markdown.plainText([inline]);
      const codes = text.match(/TS\d{4}/g) ?? [];
      const linked = markdown
        .linksWithText([inline])
        .filter(({ text }) => /^TS\d{4}$/.test(text));
      assert.equal(linked.length, codes.length, `${page}: each code is a link`);
      for (const { text: code, target } of linked) {
        const path = join(page, '..', target);
        const fixture = fixtures.find(({ file }) => file === path);
        assert.ok(
          fixture,
          `${page}: ${code} links to a fixture, not ${target}`,
        );
        const claims = expectationsOf(fixture)
          .filter(({ codes }) => codes.includes(code))
          .map(({ claim }) => claim);
        assert.ok(
          claims.length,
          `${page}: ${path} does not say it fails with ${code}`,
        );
        // The whole claim: not "on TypeScript 3.0" where the text goes on
        // "to 4.1".
        const says = (/** @type {string} */ claim) =>
          new RegExp(
            `${claim.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w|\\.\\d| to \\d)`,
          ).test(text);
        assert.ok(
          claims.some(says),
          `${page}: "${claims.join('" or "')}" beside the link, as ${path} says`,
        );
      }
    }
  }
});
