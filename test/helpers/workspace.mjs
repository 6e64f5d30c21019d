import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as npm from '../../tools/package.mjs';
import { released } from '../../tools/released.mjs';

/**
 * Below a temporary `root`: the packed package's `tarball`; a `consumer`
 * project it is `installed` in, with @ballware/meta-interface declared, as 6.1
 * asks, and 6.0.2 under its alias; a `released` project with 6.0.2 under the
 * package's name and the @ballware/meta-interface it brought along; and a
 * `bare` project with the package alone.
 *
 * @typedef {{ root: string, tarball: string, consumer: string, installed: string, released: string, bare: string }} Workspace
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
  const consumer = join(root, 'consumer');
  const project = join(root, 'released');
  const bare = join(root, 'bare');
  const meta = '@ballware/meta-interface';
  const metaFolder = join(npm.repository, 'node_modules', meta);
  try {
    const tarball = await npm.pack(root);
    await npm.installInto(consumer, tarball, { offline: true });
    await link(consumer, meta, metaFolder);
    await link(consumer, released.alias, released.folder);
    await link(project, npm.packageName, released.folder);
    await link(project, meta, metaFolder);
    const installed = join(consumer, 'node_modules', npm.packageName);
    await link(bare, npm.packageName, installed);
    return { root, tarball, consumer, installed, released: project, bare };
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
export async function workspace() {
  const shared = process.env[workspaceVariable];
  if (shared) return JSON.parse(shared);
  own ??= createWorkspace().then((created) => {
    process.once('exit', () => rmSync(created.root, { recursive: true }));
    return created;
  });
  return own;
}
