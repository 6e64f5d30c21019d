// The package as npm installs it from the tarball.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import ts from 'typescript';
import { budgets } from '../tools/budgets.mjs';
import { listFiles } from '../tools/files.mjs';
import { repository } from '../tools/package.mjs';
import * as release from '../tools/released.mjs';
import { readDeclarations } from './helpers/declarations.mjs';
import { workspace } from './helpers/workspace.mjs';

const { installed, tarball } = await workspace();
const files = await listFiles(installed);
const paths = files.map((file) => file.path);
/** @param {string} folder */
const manifestIn = async (folder) =>
  JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
const manifest = await manifestIn(installed);

test('the tarball holds the entries, a declaration file per source, README, LICENSE and CHANGELOG', async () => {
  const sources = await readdir(join(repository, 'src'));
  const scripts = (await release.releasedFiles()).filter((path) =>
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
    // Each script file of the replaced release.
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

test(`the manifest keeps the author, license and links of ${release.released.version}`, async () => {
  const before = await manifestIn(release.released.folder);
  for (const field of ['author', 'license', 'homepage', 'bugs', 'repository']) {
    assert.deepEqual(manifest[field], before[field], field);
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

test('every {@link} in the shipped declarations names something in its file', () => {
  const declarations = paths
    .filter((path) => path.endsWith('.d.ts'))
    .map((path) => join(installed, path));
  const { program, checker } = readDeclarations(declarations);
  /** @type {string[]} */
  const unresolved = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (
      ts.isJSDocLink(node) ||
      ts.isJSDocLinkCode(node) ||
      ts.isJSDocLinkPlain(node)
    ) {
      if (!node.name || !checker.getSymbolAtLocation(node.name)) {
        const file = relative(installed, node.getSourceFile().fileName);
        unresolved.push(`${file}: ${node.getText()}`);
      }
    }
    ts.forEachChild(node, visit);
    if (!ts.isJSDoc(node)) ts.getJSDocCommentsAndTags(node).forEach(visit);
  };
  for (const file of declarations) {
    const source = program.getSourceFile(file);
    assert.ok(source, file);
    visit(source);
  }
  assert.deepEqual(unresolved, []);
});
