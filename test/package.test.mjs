// The package as npm installs it from the tarball.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { budgets } from '../harness/budgets.mjs';
import { listFiles } from '../harness/files.mjs';
import * as released from '../harness/released.mjs';
import * as repository from '../harness/repository.mjs';
import { sharedWorkspace } from './helpers/workspace.mjs';

const { packageFolder, tarball } = await sharedWorkspace();
const files = await listFiles(packageFolder);
const paths = files.map((file) => file.path);
/** @param {string} folder */
const manifestIn = async (folder) =>
  JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
const manifest = await manifestIn(packageFolder);

test('the tarball holds the entries, a declaration file per source, README, LICENSE and CHANGELOG, and no leftover of dist/', async () => {
  const sources = await readdir(join(repository.root, 'src'));
  const scripts = (await released.files()).filter((path) =>
    path.endsWith('.js'),
  );
  const expected = [
    ...['CHANGELOG.md', 'LICENSE', 'README.md', 'index.js', 'package.json'],
    // Each declaration once, with its documentation: no sources, no maps;
    // and in src/, where 6.0.2 had sources, what they declared.
    ...sources.map((name) =>
      name.endsWith('.d.ts')
        ? `src/${name}`
        : `dist/${name.replace(/\.ts$/, '.d.ts')}`,
    ),
    // Each script file of the released version.
    ...scripts,
  ];
  assert.deepEqual(paths, expected.sort());
});

test(`the tarball ships at most ${budgets.javascriptBytes} bytes of JavaScript`, () => {
  const scripts = files.filter((file) => /\.[cm]?js$/.test(file.path));
  const bytes = scripts.reduce((sum, file) => sum + file.size, 0);
  assert.ok(bytes <= budgets.javascriptBytes, `${bytes} bytes`);
});

test('the manifest: no dependencies, install-time scripts or side effects', () => {
  for (const field of [
    'dependencies',
    'peerDependencies',
    'optionalDependencies',
    'bundleDependencies',
  ]) {
    assert.deepEqual(Object.keys(manifest[field] ?? {}), [], field);
  }
  // Lets bundlers drop the import that verbatimModuleSyntax keeps.
  assert.equal(manifest.sideEffects, false);
  const scripts = Object.keys(manifest.scripts ?? {});
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
    assert.ok(!scripts.includes(hook), `no ${hook} script`);
  }
});

test(`the manifest keeps the author, license and links of ${released.version}`, async () => {
  const releasedManifest = await manifestIn(released.folder);
  for (const field of ['author', 'license', 'homepage', 'bugs', 'repository']) {
    assert.deepEqual(manifest[field], releasedManifest[field], field);
  }
});

test('publint --strict reports no error, warning or suggestion', async () => {
  const { messages, pkg } = await publint({
    pack: { tarball: (await readFile(tarball)).buffer },
    level: 'suggestion',
    strict: true,
  });
  const found = messages.map((message) =>
    formatMessage(message, pkg, { color: false }),
  );
  assert.deepEqual(found, []);
});
