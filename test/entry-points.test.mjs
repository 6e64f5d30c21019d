// Neither the released version nor the package has an exports map, so every
// path into the tarball is an entry point. These tests load each path of the
// released version at run time, as users do, check what each declaration
// file exports, and let arethetypeswrong resolve every file the package
// ships; compat.test.mjs imports each path with every compiler.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as attw from '@arethetypeswrong/core';
import { listFiles } from '../harness/files.mjs';
import * as released from '../harness/released.mjs';
import * as repository from '../harness/repository.mjs';
import { readDeclarations } from './helpers/declarations.mjs';
import { sharedWorkspace } from './helpers/workspace.mjs';

const { projects, packageFolder } = await sharedWorkspace();
const releasedFiles = await released.files();

/**
 * @param {string} project
 * @returns {Promise<{ loaded: Array<{ path: string, way: string, keys?: string[] }>, added: string[] }>}
 *   What loaded from the project, with what a script exports, and the
 *   globals loading added.
 */
async function loadEach(project) {
  const loader = pathToFileURL(
    join(repository.root, 'test/helpers/load-paths.mjs'),
  );
  const paths = released.specifiersOf(releasedFiles);
  // Run from the project, whose import() the loader is handed.
  const script = `import { report } from '${loader}';
    await report(${JSON.stringify(project)}, ${JSON.stringify(paths)},
      (path, options) => import(path, options));`;
  const args = ['--input-type=module', '--eval', script];
  const run = promisify(execFile);
  const { stdout } = await run(process.execPath, args, { cwd: project });
  return JSON.parse(stdout);
}

const withReleased = await loadEach(projects.released);
const withPackage = await loadEach(projects.package);

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
  const declarations = releasedFiles.filter((path) => /\.ts$/.test(path));
  // A source of the released version's src/ is now a declaration file in
  // its place.
  const inPackage = (/** @type {string} */ path) =>
    join(packageFolder, path.replace(/(?<!\.d)\.ts$/, '.d.ts'));
  const { exportsOf } = readDeclarations(
    declarations.flatMap((path) => [
      join(released.folder, path),
      inPackage(path),
    ]),
  );
  for (const path of declarations) {
    const names = exportsOf(join(released.folder, path));
    // The root may add names; a deep path gives exactly what it gave.
    const root = /\/index\.d?\.?ts$/.test(path);
    const given = exportsOf(inPackage(path)).filter(
      (name) => !root || names.includes(name),
    );
    assert.deepEqual(given, names, path);
  }
});

test('arethetypeswrong resolves every declaration file the package ships, as the script it declares and without extension, and finds no other problem', async () => {
  // attw's packages hold their files below this folder.
  const prefix = `/node_modules/${repository.packageName}/`;
  const shipped = (await listFiles(packageFolder)).map(({ path }) => path);
  const texts = await Promise.all(
    shipped.map(async (path) => [
      prefix + path,
      await readFile(join(packageFolder, path)),
    ]),
  );
  const pkg = new attw.Package(
    Object.fromEntries(texts),
    repository.packageName,
    packageFolder,
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
