// The replaced release had no exports map, so every file of its tarball was
// an entry point. These tests lay it and the packed package side by side and
// try each of its entry points in every way a user reaches one: a type
// import in each resolution mode, and require() and import() at run time,
// with Node and with a resolver that ignores exports.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as attw from '@arethetypeswrong/core';
import resolve from 'resolve';
import { listFiles } from '../tools/files.mjs';
import { packageName } from '../tools/package.mjs';
import * as release from '../tools/released.mjs';
import { readDeclarations } from './helpers/declarations.mjs';
import { workspace } from './helpers/workspace.mjs';

const { released } = release;
const projects = await workspace();
const installed = join(projects.consumer, 'node_modules', packageName);
const paths = {
  before: (await listFiles(released.folder)).map(({ path }) => path),
  after: (await listFiles(installed)).map(({ path }) => path),
};
const before = release.entryPointsOf(paths.before);
const after = release.entryPointsOf(paths.after);

/**
 * Where each type entry point of the package in `folder` resolves in each
 * of attw's resolution modes: to which declaration file, if any.
 *
 * @param {string} folder
 * @param {string[]} paths - Its files.
 * @param {string[]} subpaths - The entry points.
 */
async function typeCells(folder, paths, subpaths) {
  // attw's packages hold their files below this folder.
  const prefix = `/node_modules/${packageName}/`;
  const files = await Promise.all(
    paths.map(async (path) => [
      prefix + path,
      await readFile(join(folder, path)),
    ]),
  );
  const pkg = new attw.Package(Object.fromEntries(files), packageName, folder);
  const analysis = await attw.checkPackage(pkg, { entrypoints: subpaths });
  assert.ok(analysis.types, `${folder} has types`);
  const cells = Object.values(analysis.entrypoints).flatMap(
    ({ subpath, resolutions }) =>
      Object.values(resolutions).map(({ resolutionKind, resolution }) => ({
        subpath,
        mode: resolutionKind,
        file: resolution?.isTypeScript
          ? resolution.fileName.slice(prefix.length)
          : undefined,
      })),
  );
  return { cells, problems: analysis.problems };
}

const subpaths = ['.', ...new Set([...before.types, ...after.types])];
const types = {
  before: await typeCells(released.folder, paths.before, subpaths),
  after: await typeCells(installed, paths.after, subpaths),
};

test(`every type import of ${released.version} resolves to the same file in every mode`, () => {
  const lost = types.before.cells.filter(
    (cell) =>
      cell.file &&
      !types.after.cells.some(
        ({ subpath, mode, file }) =>
          subpath === cell.subpath && mode === cell.mode && file === cell.file,
      ),
  );
  assert.deepEqual(lost, [], 'cells that resolve to another file or none');
});

test('every declaration file the package ships resolves in every mode', () => {
  for (const subpath of after.types) {
    const file = `${subpath.slice(2).replace(/\.js$/, '')}.d.ts`;
    const files = types.after.cells
      .filter((cell) => cell.subpath === subpath)
      .map((cell) => cell.file);
    assert.deepEqual(files, [file, file, file, file], subpath);
  }
});

test('attw finds no problem with the typed entry points', () => {
  assert.deepEqual(types.after.problems, []);
});

test(`each declaration file exports what its file of ${released.version} did`, () => {
  const declarations = paths.before.filter((path) => path.endsWith('.d.ts'));
  const { exportsOf } = readDeclarations(
    declarations.flatMap((path) => [
      join(released.folder, path),
      join(installed, path),
    ]),
  );
  for (const path of declarations) {
    const names = exportsOf(join(released.folder, path));
    const now = exportsOf(join(installed, path));
    // The root may add names; a deep path gives exactly what it gave.
    const kept =
      path === 'dist/index.d.ts'
        ? names.filter((name) => now.includes(name))
        : now;
    assert.deepEqual(kept, names, path);
  }
});

/** @typedef {(specifier: string) => Promise<unknown>} Loader */

/**
 * The ways code in a project loads a specifier: Node's require() and
 * import(), and require() of the file a resolver that ignores exports finds,
 * as webpack 4, Jest before 28 and Node 10 do.
 *
 * @param {string} project
 * @returns {Promise<Record<'require' | 'import' | 'ignoring exports', Loader>>}
 */
async function loadersOf(project) {
  const probe = join(project, 'probe.mjs');
  await writeFile(
    probe,
    `export default (specifier) =>
  import(specifier, specifier.endsWith('.json') ? { with: { type: 'json' } } : {});\n`,
  );
  const require = createRequire(join(project, 'package.json'));
  return {
    require: async (specifier) => require(specifier),
    import: (await import(pathToFileURL(probe).href)).default,
    'ignoring exports': async (specifier) =>
      require(resolve.sync(specifier, { basedir: project })),
  };
}

const loaders = {
  before: await loadersOf(projects.released),
  after: await loadersOf(projects.consumer),
};
const runtime = ['.', './package.json', ...before.runtime].map(
  (subpath) => packageName + subpath.slice(1),
);

for (const way of /** @type {const} */ ([
  'require',
  'import',
  'ignoring exports',
])) {
  test(`every run-time entry of ${released.version} loads (${way})`, async () => {
    /** @type {string[]} */
    const lost = [];
    for (const specifier of runtime) {
      const loads = async (/** @type {'before' | 'after'} */ side) =>
        loaders[side][way](specifier).then(Boolean, () => false);
      if ((await loads('before')) && !(await loads('after'))) {
        lost.push(specifier);
      }
    }
    assert.deepEqual(lost, [], 'entries that no longer load');
  });
}

test('every run-time entry is empty and changes nothing globally', async () => {
  const globals = Object.keys(globalThis);
  for (const [way, load] of Object.entries(loaders.after)) {
    for (const specifier of runtime.filter((s) => !s.endsWith('.json'))) {
      const loaded = Object(await load(specifier));
      const exports = way === 'import' ? Object(loaded.default) : loaded;
      assert.deepEqual(Object.keys(exports), [], `${specifier} (${way})`);
    }
  }
  assert.deepEqual(Object.keys(globalThis), globals, 'no global changed');
});
