import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { listFiles } from './helpers/files.mjs';
import { packageName, repository, workspace } from './helpers/package.mjs';
import { run } from './helpers/process.mjs';

/** The installed package's folder: the tarball's contents as npm unpacked them. */
async function installed() {
  const { consumer } = await workspace();
  return join(consumer, 'node_modules', packageName);
}

/** @param {string} folder */
const pathsBelow = async (folder) =>
  (await listFiles(folder)).map((file) => file.path);

test('the tarball holds the entry, the declarations with maps and sources, README, LICENSE and CHANGELOG', async () => {
  const sources = (await readdir(join(repository, 'src'))).map((name) =>
    name.replace(/\.ts$/, ''),
  );
  const expected = [
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'index.js',
    'package.json',
    ...sources.flatMap((name) => [
      `dist/${name}.d.ts`,
      `dist/${name}.d.ts.map`,
      `src/${name}.ts`,
    ]),
  ].sort();
  assert.deepEqual(await pathsBelow(await installed()), expected);
});

test('the tarball ships at most 64 bytes of JavaScript', async () => {
  const scripts = (await listFiles(await installed())).filter((file) =>
    /\.[cm]?js$/.test(file.path),
  );
  const bytes = scripts.reduce((sum, file) => sum + file.size, 0);
  const names = scripts.map((file) => file.path).join(', ');
  assert.ok(bytes <= 64, `${bytes} bytes of JavaScript in ${names}`);
});

test('the manifest: no dependencies, install-time scripts or side effects, two entry points', async () => {
  const manifest = JSON.parse(
    await readFile(join(await installed(), 'package.json'), 'utf8'),
  );
  for (const field of [
    'dependencies',
    'peerDependencies',
    'optionalDependencies',
    'bundleDependencies',
  ]) {
    assert.deepEqual(Object.keys(manifest[field] ?? {}), [], field);
  }
  assert.deepEqual(
    Object.keys(manifest.exports),
    ['.', './package.json'],
    'exports expose the package root and package.json only',
  );
  // Lets bundlers drop the import that verbatimModuleSyntax keeps.
  assert.equal(manifest.sideEffects, false, 'sideEffects: false');
  const scripts = Object.keys(manifest.scripts ?? {});
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
    assert.ok(!scripts.includes(hook), `no ${hook} script`);
  }
});

test('declaration maps lead to sources in the tarball', async () => {
  const folder = await installed();
  const maps = (await pathsBelow(folder)).filter((name) =>
    name.endsWith('.d.ts.map'),
  );
  assert.ok(maps.length > 0, 'the tarball has declaration maps');
  for (const map of maps) {
    const { sources } = JSON.parse(await readFile(join(folder, map), 'utf8'));
    for (const source of sources) {
      const target = join(folder, dirname(map), source);
      await assert.doesNotReject(stat(target), `${map} → ${source}`);
    }
  }
});

test('attw finds no problem in any resolution mode', async () => {
  const { tarball } = await workspace();
  const checked = await run(join(repository, 'node_modules', '.bin', 'attw'), [
    tarball,
    '--format',
    'table-flipped',
    '--no-color',
  ]);
  assert.equal(checked.code, 0, checked.stdout + checked.stderr);
});

test('publint --strict reports no error, warning or suggestion', async () => {
  const { tarball } = await workspace();
  const { buffer } = await readFile(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: buffer },
    level: 'suggestion',
    strict: true,
  });
  assert.deepEqual(
    messages.map((message) => formatMessage(message, pkg, { color: false })),
    [],
  );
});
