// The matrix: every TypeScript of package.json, in every module mode it has.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { listFiles, readFolder } from '../tools/files.mjs';
import { layout, readCorpus } from '../tools/fixtures.mjs';
import { repository } from '../tools/package.mjs';
import { succeed } from '../tools/process.mjs';
import { released } from '../tools/released.mjs';
import * as typescript from '../tools/typescript.mjs';
import * as markdown from './helpers/markdown.mjs';
import { workspace } from './helpers/workspace.mjs';

const { compilers, consumerOptions, corpusOptions, moduleModes } = typescript;
const corpus = await readCorpus();
const cases = await readFolder(join(repository, 'test-d', 'contract'));
const examples = Object.fromEntries(
  markdown
    .codeBlocks(markdown.readme)
    .filter(({ language }) => language === 'ts')
    .map(({ code }, index) => [`readme-${index + 1}.ts`, code]),
);

/** @param {typescript.CompilerError[] | undefined} errors */
const listed = (errors = []) => errors.map(({ text }) => text).join('\n');

/**
 * Asserts that tsc reported exactly the errors the contract cases expect. A
 * compiler that knows `// @ts-expect-error` checks the directives itself. To
 * TypeScript 3.8 it is a plain comment, so every error must fall in a
 * top-level statement one marks, whatever its lines, and each marked
 * statement must have an error.
 *
 * @param {string} version
 * @param {string} folder - The contract project's folder.
 * @param {typescript.CompilerError[]} errors
 */
function assertContractErrors(version, folder, errors) {
  if (typescript.has(version, 'expectError')) {
    return assert.equal(errors.length, 0, listed(errors));
  }
  const marked = Object.entries(cases).flatMap(([name, text]) => {
    const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest);
    const line = (/** @type {number} */ position) =>
      source.getLineAndCharacterOfPosition(position).line + 1;
    return source.statements
      .filter((statement) =>
        text
          .slice(statement.getFullStart(), statement.getStart(source))
          .includes('// @ts-expect-error'),
      )
      .map((statement) => ({
        file: join(folder, name),
        lines: [line(statement.getStart(source)), line(statement.end)],
      }));
  });
  const markedBy = (/** @type {typescript.CompilerError} */ error) =>
    marked.find(
      ({ file, lines: [from = 0, to = 0] }) =>
        file === error.file && error.line >= from && error.line <= to,
    );
  assert.equal(listed(errors.filter((error) => !markedBy(error))), '');
  const failing = new Set(errors.map(markedBy));
  const accepted = marked.filter((statement) => !failing.has(statement));
  assert.deepEqual(accepted, [], 'a rejected use compiles');
}

describe('every TypeScript of the matrix', { concurrency: 2 }, () => {
  for (const { version, packageName } of compilers) {
    test(`TypeScript ${version}`, async (t) => {
      const projects = await workspace();
      /** @param {'consumer' | 'released'} side @param {string} name */
      const at = (side, name) =>
        join(projects[side], `typescript-${version}`, name);
      const modes = typescript.modesOf(version);
      for (const name of modes) {
        const { compilerOptions, formats, packageType } = moduleModes[name];
        /** @param {string} folder @param {Record<string, unknown>} options @param {Record<string, string>} sources */
        const write = (folder, options, sources) => {
          options = { ...options, ...compilerOptions(version) };
          return typescript.writeProject(folder, {
            compilerOptions: options,
            type: packageType,
            files: layout(version, name, options, sources),
          });
        };
        const forCorpus = corpusOptions(version);
        const emitting = { ...forCorpus, outDir: 'out', noEmitOnError: true };
        const checking = { ...forCorpus, noEmit: true };
        await write(at('consumer', name), emitting, corpus);
        await write(at('released', name), checking, corpus);
        // The examples are ES modules, which allow no verbatimModuleSyntax
        // in CommonJS: a mode without an ES module format leaves it out.
        const { verbatimModuleSyntax, ...rest } = consumerOptions(version);
        const esm = formats.some(({ loader }) => loader === 'import');
        const forExamples = {
          ...rest,
          noEmit: true,
          ...(esm && { verbatimModuleSyntax }),
        };
        await write(at('consumer', `${name}-readme`), forExamples, examples);
      }
      // The cases are a program of their own: the corpus's augmentations
      // would change the shapes they pin.
      const [contractMode = 'node16'] = modes;
      const contract = at('consumer', 'contract');
      await typescript.writeProject(contract, {
        compilerOptions: {
          ...consumerOptions(version),
          ...moduleModes[contractMode].compilerOptions(version),
          noEmit: true,
        },
        type: moduleModes[contractMode].packageType,
        files: cases,
      });

      const errors = await typescript.buildProjects(packageName, [
        ...modes.flatMap((name) => [
          at('consumer', name),
          at('released', name),
          at('consumer', `${name}-readme`),
        ]),
        contract,
      ]);

      const compiles = (/** @type {string} */ folder) =>
        assert.equal(listed(errors.get(folder)), '');
      for (const name of modes) {
        const { label } = moduleModes[name];
        await t.test(
          `${label}: the corpus compiles against ${released.version} and against the package, and runs`,
          async () => {
            compiles(at('released', name));
            compiles(at('consumer', name));
            // One Node process loads every emitted file, each the way its
            // format does; a failing file throws or rejects.
            const out = join(at('consumer', name), 'out');
            const urls = JSON.stringify(
              (await listFiles(out))
                .filter(({ path }) => /\.[cm]?js$/.test(path))
                .map(({ path }) => pathToFileURL(join(out, path)).href),
            );
            await succeed(process.execPath, [
              '--input-type=module',
              '--eval',
              `for (const url of ${urls}) await import(url);`,
            ]);
          },
        );
        await t.test(`${label}: the README's examples compile together`, () =>
          compiles(at('consumer', `${name}-readme`)),
        );
      }
      await t.test('keeps every promise of test-d/contract', () => {
        assertContractErrors(version, contract, errors.get(contract) ?? []);
      });
    });
  }
});

const compatibility = markdown.section(markdown.readme, 'Compatibility');

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

test('the README names the compiler options the matrix uses', () => {
  const newest = compilers.at(-1)?.version ?? '';
  const expected = [
    ...Object.entries(consumerOptions(newest)),
    ...Object.entries(typescript.corpusOverrides),
  ].map((option) => JSON.stringify(option));
  // Every span that names a compiler option, as `name: value` or as `name`
  // when it is true, but for those that select a mode, which the table shows.
  const selectsMode = (/** @type {string} */ name) =>
    Object.values(moduleModes).some((m) => name in m.compilerOptions(newest));
  const isOption = (/** @type {string} */ name) =>
    !selectsMode(name) &&
    !ts
      .convertCompilerOptionsFromJson({ [name]: true }, repository)
      .errors.some(({ code }) => code === 5023);
  const stated = markdown
    .codeSpans(compatibility)
    .map((span) => span.split(': '))
    .filter(([name = '']) => isOption(name))
    .map(([name, value = 'true']) => JSON.stringify([name, JSON.parse(value)]));
  assert.deepEqual([...new Set(stated)].sort(), expected.sort());
});
