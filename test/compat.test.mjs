import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { consumerFiles } from './helpers/consumer.mjs';
import { packageName, repository, workspace } from './helpers/package.mjs';
import { run } from './helpers/process.mjs';
import {
  firstError,
  moduleModes,
  strictCompilerOptions,
  tsc,
  typescriptPackage,
  typescriptVersions,
  writeProject,
} from './helpers/typescript.mjs';

/** Every supported pair of TypeScript version and module mode. */
const combinations = typescriptVersions.flatMap((version) =>
  Object.entries(moduleModes)
    .filter(([, mode]) => mode.supportedBy(version))
    .map(([name, mode]) => ({ version, name, mode })),
);

/** @param {string} name - A TypeScript source file's name. */
const emittedName = (name) =>
  name
    .replace(/\.ts$/, '.js')
    .replace(/\.cts$/, '.cjs')
    .replace(/\.mts$/, '.mjs');

describe('TypeScript version × module mode', { concurrency: 2 }, () => {
  for (const { version, name, mode } of combinations) {
    const label = `TypeScript ${version} · ${mode.label}`;
    test(label, async () => {
      const { consumer } = await workspace();
      const folder = join(consumer, `typescript-${version}-${name}`);
      const files = await consumerFiles(name);
      await writeProject(folder, {
        compilerOptions: {
          ...strictCompilerOptions(version),
          ...mode.compilerOptions(version),
          outDir: 'out',
          noEmitOnError: true,
        },
        type: mode.packageType,
        files,
      });

      const checked = await tsc(typescriptPackage(version), folder);
      assert.equal(checked.code, 0, `${label}: ${firstError(checked)}`);

      for (const source of Object.keys(files)) {
        const script = join(folder, 'out', emittedName(source));
        const ran = await run(process.execPath, [script]);
        assert.equal(
          ran.code,
          0,
          `${label}: node ${emittedName(source)} failed:\n${ran.stderr}`,
        );
      }
    });
  }
});

test('each TypeScript of the matrix is the version it is named after', async () => {
  for (const version of typescriptVersions) {
    const manifest = join(
      repository,
      'node_modules',
      typescriptPackage(version),
      'package.json',
    );
    const installed = JSON.parse(await readFile(manifest, 'utf8')).version;
    assert.ok(installed.startsWith(`${version}.`), `${version}: ${installed}`);
  }
});

describe('run time', () => {
  test('require() resolves to a module with no exports', async () => {
    const { consumer } = await workspace();
    const require = createRequire(join(consumer, 'package.json'));
    const globals = Object.keys(globalThis);
    const loaded = require(packageName);
    assert.deepEqual(Object.keys(loaded), []);
    assert.deepEqual(Object.keys(globalThis), globals, 'no global changed');
  });

  test('import resolves to a module with no exports', async () => {
    const { consumer } = await workspace();
    // The import has to start in the consumer to resolve as it would there.
    const probe = join(consumer, 'probe.mjs');
    await writeFile(probe, `export * as loaded from '${packageName}';\n`);
    const globals = Object.keys(globalThis);
    const { loaded } = await import(pathToFileURL(probe).href);
    // Node gives every CommonJS module a default export: its empty exports.
    assert.deepEqual(Object.keys(loaded), ['default']);
    assert.deepEqual(Object.keys(loaded.default), []);
    assert.deepEqual(Object.keys(globalThis), globals, 'no global changed');
  });
});

test('the README compatibility table lists exactly the tested set-ups', async () => {
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
  const tested = combinations.map(
    ({ version, mode }) => `${version} · ${mode.label}`,
  );
  assert.deepEqual(documented, tested);
});
