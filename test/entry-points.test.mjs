// Neither 6.0.2 nor the package has an exports map, so every path into the
// tarball is an entry point. These tests load each of 6.0.2's paths at run
// time, as users do, check what each declaration file exports, and let
// arethetypeswrong resolve every file the package ships; compat.test.mjs
// imports each path with every compiler.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import * as attw from '@arethetypeswrong/core';
import { listFiles } from '../tools/files.mjs';
import { packageName } from '../tools/package.mjs';
import { succeed } from '../tools/process.mjs';
import * as release from '../tools/released.mjs';
import { readDeclarations } from './helpers/declarations.mjs';
import { workspace } from './helpers/workspace.mjs';

const { released } = release;
const projects = await workspace();
const { installed } = projects;
const files = await release.releasedFiles();

/**
 * Loads every path into 6.0.2's tarball from `project` in each way users
 * do: with Node's require() and import(), and with require() of the file a
 * resolver that ignores exports finds, as webpack 4, Jest before 28 and
 * Node 10 do; in a process of its own, which nothing has loaded before.
 *
 * @param {string} project
 * @returns {Promise<{ loaded: Array<{ path: string, way: string, keys?: string[] }>, added: string[] }>}
 *   What loaded, with what a script exports, and the globals added.
 */
async function loadEach(project) {
  const script = `
    import { createRequire } from 'node:module';
    import resolve from ${JSON.stringify(import.meta.resolve('resolve'))};
    const require = createRequire(${JSON.stringify(join(project, 'index.js'))});
    const json = (path) => (path.endsWith('.json') ? { with: { type: 'json' } } : {});
    const ways = {
      require,
      import: async (path) => (await import(path, json(path))).default,
      'ignoring exports': (path) => require(resolve.sync(path, { basedir: ${JSON.stringify(project)} })),
    };
    const script = (path) => { try { return require.resolve(path).endsWith('.js'); } catch { return false; } };
    const globals = Object.keys(globalThis);
    const loaded = [];
    for (const path of ${JSON.stringify(release.specifiersOf(files))}) {
      for (const [way, load] of Object.entries(ways)) {
        const value = await (async () => load(path))().catch(() => null);
        if (value) loaded.push({ path, way, keys: script(path) ? Object.keys(value) : undefined });
      }
    }
    const added = Object.keys(globalThis).filter((name) => !globals.includes(name));
    console.log(JSON.stringify({ loaded, added }));`;
  const args = ['--input-type=module', '--eval', script];
  return JSON.parse(await succeed(process.execPath, args, { cwd: project }));
}

const withReleased = await loadEach(projects.released);
const withPackage = await loadEach(projects.consumer);

test(`every path into ${released.version}'s tarball that loads with ${released.version} loads with the package, in each way`, () => {
  const lost = withReleased.loaded.filter(
    (loaded) =>
      !withPackage.loaded.some(
        ({ path, way }) => path === loaded.path && way === loaded.way,
      ),
  );
  assert.deepEqual(lost, []);
});

test('every script the package loads is empty and adds no global', () => {
  const exporting = withPackage.loaded.filter(({ keys }) => keys?.length);
  assert.deepEqual(exporting, [], 'scripts that export something');
  assert.deepEqual(withPackage.added, [], 'globals');
});

test(`each declaration file exports what its file of ${released.version} did`, () => {
  const declarations = files.filter((path) => /\.ts$/.test(path));
  // A source of 6.0.2's src/ is now a declaration file in its place.
  const now = (/** @type {string} */ path) =>
    join(installed, path.replace(/(?<!\.d)\.ts$/, '.d.ts'));
  const { exportsOf } = readDeclarations(
    declarations.flatMap((path) => [join(released.folder, path), now(path)]),
  );
  for (const path of declarations) {
    const names = exportsOf(join(released.folder, path));
    // The root may add names; a deep path gives exactly what it gave.
    const root = /\/index\.d?\.?ts$/.test(path);
    const given = exportsOf(now(path)).filter(
      (n) => !root || names.includes(n),
    );
    assert.deepEqual(given, names, path);
  }
});

test('arethetypeswrong resolves every declaration file the package ships, as the script it declares and without extension, and finds no other problem', async () => {
  // attw's packages hold their files below this folder.
  const prefix = `/node_modules/${packageName}/`;
  const shipped = (await listFiles(installed)).map(({ path }) => path);
  const texts = await Promise.all(
    shipped.map(async (path) => [
      prefix + path,
      await readFile(join(installed, path)),
    ]),
  );
  const pkg = new attw.Package(
    Object.fromEntries(texts),
    packageName,
    installed,
  );
  const subpaths = shipped.flatMap((path) => {
    const stem = `./${path.slice(0, -'.d.ts'.length)}`;
    return path.endsWith('.d.ts') ? [`${stem}.js`, stem] : [];
  });
  const entrypoints = ['.', ...subpaths];
  const analysis = await attw.checkPackage(pkg, { entrypoints });
  if (!analysis.types) assert.fail('the package has types');
  // Node resolves no path without its extension in an ES module.
  const refused = (/** @type {string} */ subpath, /** @type {string} */ kind) =>
    kind === 'node16-esm' && !subpath.endsWith('.js');
  for (const { subpath, resolutions } of Object.values(analysis.entrypoints)) {
    for (const { resolutionKind, resolution } of Object.values(resolutions)) {
      if (subpath === '.' || refused(subpath, resolutionKind)) continue;
      const file = `${prefix}${subpath.slice(2).replace(/\.js$/, '')}.d.ts`;
      assert.equal(resolution?.fileName, file, `${subpath} ${resolutionKind}`);
    }
  }
  const problems = analysis.problems.filter(
    (problem) =>
      !(
        problem.kind === 'NoResolution' &&
        refused(problem.entrypoint, problem.resolutionKind)
      ),
  );
  assert.deepEqual(problems, []);
});
