import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { consumerFiles } from '../tools/consumer.mjs';
import { repository } from '../tools/package.mjs';
import { runCommand } from '../tools/process.mjs';
import {
  atLeast,
  buildProjects,
  compilers,
  emittedName,
  modesOf,
  moduleModes,
  strictCompilerOptions,
  writeProject,
} from '../tools/typescript.mjs';
import { workspace } from './helpers/workspace.mjs';

const contractFolder = join(repository, 'test-d', 'contract');

/**
 * The contract cases of test-d/contract that `version` can check: all but
 * those whose first line names a later TypeScript (`// Needs TypeScript 4.4
 * or later…`), for a compiler option the older ones lack.
 *
 * @param {string} version
 * @returns {Promise<Record<string, string>>} File names and their text.
 */
async function contractCases(version) {
  /** @type {Record<string, string>} */
  const files = {};
  for (const name of await readdir(contractFolder)) {
    const text = await readFile(join(contractFolder, name), 'utf8');
    const minimum = /^\/\/ Needs TypeScript (\d+\.\d+) or later/.exec(text);
    if (!minimum?.[1] || atLeast(version, minimum[1])) files[name] = text;
  }
  return files;
}

/**
 * The lines, counted from 1, that a `// @ts-expect-error` directive in `text`
 * says must not compile: each directive's next line.
 *
 * @param {string} text
 */
const rejectedLines = (text) =>
  text
    .split('\n')
    .flatMap((line, index) =>
      line.trim().startsWith('// @ts-expect-error') ? [index + 2] : [],
    );

/**
 * Asserts that tsc reported exactly the errors the contract cases expect.
 * From TypeScript 3.9, tsc enforces the `// @ts-expect-error` directives
 * itself: an unused one is an error. TypeScript 3.8 reads them as plain
 * comments, so the errors it reports must fall on the lines they mark, and
 * every marked line must have one.
 *
 * @param {string} version
 * @param {string} folder - The contract project's folder.
 * @param {Record<string, string>} cases - Its files, by name.
 * @param {import('../tools/typescript.mjs').CompilerError[]} errors
 */
function assertContractErrors(version, folder, cases, errors) {
  const listed = (/** @type {typeof errors} */ list) =>
    list.map((error) => error.text).join('\n');
  if (atLeast(version, '3.9')) {
    assert.equal(errors.length, 0, listed(errors));
    return;
  }
  const expected = Object.entries(cases).flatMap(([name, text]) =>
    rejectedLines(text).map((line) => `${join(folder, name)}:${line}`),
  );
  const reported = new Set(errors.map(({ file, line }) => `${file}:${line}`));
  const unexpected = errors.filter(
    ({ file, line }) => !expected.includes(`${file}:${line}`),
  );
  assert.equal(unexpected.length, 0, listed(unexpected));
  const accepted = expected.filter((place) => !reported.has(place));
  assert.deepEqual(accepted, [], 'a rejected use compiles');
}

describe('every TypeScript of the matrix', { concurrency: 2 }, () => {
  for (const { version, packageName } of compilers) {
    test(`TypeScript ${version}`, async (t) => {
      const { consumer } = await workspace();
      const root = join(consumer, `typescript-${version}`);
      const modes = modesOf(version);

      /** @type {Map<string, Record<string, string>>} */
      const consumers = new Map();
      for (const name of modes) {
        const mode = moduleModes[name];
        const files = await consumerFiles(version, name);
        consumers.set(name, files);
        await writeProject(join(root, name), {
          compilerOptions: {
            ...strictCompilerOptions(version),
            ...mode.compilerOptions(version),
            outDir: 'out',
            noEmitOnError: true,
          },
          type: mode.packageType,
          files,
        });
      }
      // The cases are checked in a program of their own: the consumer's
      // augmentation would change the shapes they pin.
      const [contractMode = 'node16'] = modes;
      const cases = await contractCases(version);
      const contract = join(root, 'contract');
      await writeProject(contract, {
        compilerOptions: {
          ...strictCompilerOptions(version),
          ...moduleModes[contractMode].compilerOptions(version),
          noEmit: true,
        },
        type: moduleModes[contractMode].packageType,
        files: cases,
      });

      const errors = await buildProjects(packageName, [
        ...modes.map((name) => join(root, name)),
        contract,
      ]);

      for (const name of modes) {
        const mode = moduleModes[name];
        await t.test(`${mode.label}: type-checks and runs`, async () => {
          const folder = join(root, name);
          const found = errors.get(folder) ?? [];
          assert.equal(found.length, 0, found[0]?.text);
          // One Node process loads every emitted file, each the way its
          // format does; a failing scenario throws or rejects.
          const emitted = Object.keys(consumers.get(name) ?? {}).map(
            (source) =>
              pathToFileURL(join(folder, 'out', emittedName(mode, source)))
                .href,
          );
          const ran = await runCommand(process.execPath, [
            '--input-type=module',
            '--eval',
            `for (const url of ${JSON.stringify(emitted)}) await import(url);`,
          ]);
          assert.equal(ran.code, 0, `${mode.label}: ${ran.stderr}`);
        });
      }
      await t.test('keeps every promise of test-d/contract', () => {
        assertContractErrors(
          version,
          contract,
          cases,
          errors.get(contract) ?? [],
        );
      });
    });
  }
});

test('each TypeScript of the matrix is the version it is named after', async () => {
  for (const { version, packageName } of compilers) {
    const manifest = join(
      repository,
      'node_modules',
      packageName,
      'package.json',
    );
    const installed = JSON.parse(await readFile(manifest, 'utf8')).version;
    assert.ok(installed.startsWith(`${version}.`), `${version}: ${installed}`);
    assert.ok(
      packageName === 'typescript' || packageName === `typescript-${version}`,
      `${packageName} holds ${version}`,
    );
  }
});

test('the README compatibility table and minimum match the tested set-ups', async () => {
  const readme = await readFile(join(repository, 'README.md'), 'utf8');
  const section = readme.split(/^## Compatibility$/m)[1]?.split(/^## /m)[0];
  assert.ok(section, 'README.md has a "## Compatibility" section');
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const [header = [], , ...body] = rows;
  assert.deepEqual(
    header,
    ['TypeScript', ...Object.values(moduleModes).map((mode) => mode.label)],
    'the table has a column per module mode',
  );
  const documented = body.flatMap(([version, ...cells]) =>
    cells.flatMap((cell, index) =>
      cell === '✓' ? [`${version} · ${header[index + 1]}`] : [],
    ),
  );
  const tested = compilers.flatMap(({ version }) =>
    modesOf(version).map((name) => `${version} · ${moduleModes[name].label}`),
  );
  assert.deepEqual(documented, tested);
  assert.ok(
    section.includes(`Needs TypeScript ${compilers[0]?.version} or later.`),
    'the stated minimum is the oldest TypeScript of the matrix',
  );
});
