import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { listFiles } from '../tools/files.mjs';
import { packageName, repository } from '../tools/package.mjs';
import { runCommand } from '../tools/process.mjs';
import { releasedEntryPoints } from './helpers/released.mjs';
import { workspace } from './helpers/workspace.mjs';

/** The installed package's folder: the tarball's contents as npm unpacked them. */
async function installed() {
  const { consumer } = await workspace();
  return join(consumer, 'node_modules', packageName);
}

/** @param {string} folder */
const pathsBelow = async (folder) =>
  (await listFiles(folder)).map((file) => file.path);

test('the tarball holds the entry, one declaration file per source, README, LICENSE and CHANGELOG', async () => {
  const sources = (await readdir(join(repository, 'src'))).map((name) =>
    name.replace(/\.ts$/, ''),
  );
  // Each declaration ships once, with its documentation: no sources, no maps.
  const expected = [
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'index.js',
    'package.json',
    ...sources.map((name) => `dist/${name}.d.ts`),
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

test('the manifest: no dependencies, install-time scripts or side effects, the entry points of 6.0.2', async () => {
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
  const released = await releasedEntryPoints();
  assert.deepEqual(
    Object.keys(manifest.exports).sort(),
    [
      ...new Set([
        '.',
        './package.json',
        ...released.types,
        ...released.runtime,
      ]),
    ].sort(),
    'exports expose the root, package.json and the entry points of 6.0.2',
  );
  // Lets bundlers drop the import that verbatimModuleSyntax keeps.
  assert.equal(manifest.sideEffects, false, 'sideEffects: false');
  const scripts = Object.keys(manifest.scripts ?? {});
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
    assert.ok(!scripts.includes(hook), `no ${hook} script`);
  }
});

test('attw finds no problem in any resolution mode', async () => {
  const { tarball } = await workspace();
  const manifest = JSON.parse(
    await readFile(join(repository, 'package.json'), 'utf8'),
  );
  // The bundles of 6.0.2 never had types; they are entry points for
  // require() and import() only, which the entry-points test covers.
  const untyped = Object.entries(manifest.exports)
    .filter(([, target]) => typeof target === 'string')
    .map(([subpath]) => subpath.slice(2))
    .filter((subpath) => subpath.endsWith('.js'));
  const checked = await runCommand(
    join(repository, 'node_modules', '.bin', 'attw'),
    [
      tarball,
      '--format',
      'table-flipped',
      '--no-color',
      '--exclude-entrypoints',
      ...untyped,
    ],
  );
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
