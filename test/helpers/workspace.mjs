// The workspace of a test run: the packed package and the released
// version, each installed into a project of its own, below a temporary
// folder.
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as npm from '../../harness/npm.mjs';
import * as released from '../../harness/released.mjs';
import * as repository from '../../harness/repository.mjs';

/**
 * Below a temporary `root`: a `copy` of the repository, with a `leftover`
 * in its dist/, as a deleted source leaves its declarations there, which
 * `npm pack` has built and packed into the package's `tarball`; and three
 * projects: `package`, where the tarball is installed, at `packageFolder`,
 * with `@ballware/meta-interface` declared, as 6.1 asks, and the released
 * version under its alias; `released`, with the released version under the
 * package's name and the `@ballware/meta-interface` it brought along; and
 * `bare`, with the package alone.
 *
 * @typedef {object} Workspace
 * @property {string} root
 * @property {string} copy
 * @property {string[]} leftover - Relative to the copy.
 * @property {string} tarball
 * @property {{ package: string, released: string, bare: string }} projects
 * @property {string} packageFolder
 */

/** How test/run.mjs hands its workspace to the test files it runs. */
export const workspaceVariable = 'IDENTITY_INTERFACE_TEST_WORKSPACE';

/**
 * @param {string} project
 * @param {string} name - What the project imports.
 * @param {string} target - The folder it gets.
 */
async function link(project, name, target) {
  const path = join(project, 'node_modules', name);
  await mkdir(dirname(path), { recursive: true });
  await symlink(target, path);
}

/** @returns {Promise<Workspace>} A new workspace. */
export async function createWorkspace() {
  const root = await mkdtemp(join(tmpdir(), 'identity-interface-'));
  const projects = {
    package: join(root, 'package'),
    released: join(root, 'released'),
    bare: join(root, 'bare'),
  };
  const meta = '@ballware/meta-interface';
  const metaFolder = join(repository.root, 'node_modules', meta);
  try {
    const copy = join(root, 'repository');
    await npm.copyRepository(copy);
    const leftover = ['dist/leftover.d.ts', 'dist/leftover.js'];
    for (const path of leftover) await writeFile(join(copy, path), '');
    const tarball = await npm.pack(copy, root);
    await npm.install(projects.package, tarball, { offline: true });
    await link(projects.package, meta, metaFolder);
    await link(projects.package, released.alias, released.folder);
    await link(projects.released, repository.packageName, released.folder);
    await link(projects.released, meta, metaFolder);
    const packageFolder = join(
      projects.package,
      'node_modules',
      repository.packageName,
    );
    await link(projects.bare, repository.packageName, packageFolder);
    return { root, copy, leftover, tarball, projects, packageFolder };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** @type {Promise<Workspace> | undefined} */
let own;

/**
 * The workspace of this test run: the one test/run.mjs made, or, when a test
 * file runs on its own, a new one that is removed when the process exits.
 *
 * @returns {Promise<Workspace>}
 */
export async function sharedWorkspace() {
  const shared = process.env[workspaceVariable];
  if (shared) return JSON.parse(shared);
  own ??= createWorkspace().then((created) => {
    process.once('exit', () => rmSync(created.root, { recursive: true }));
    return created;
  });
  return own;
}
