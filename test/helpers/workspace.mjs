import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { installInto, pack, packageName } from '../../tools/package.mjs';
import { released } from '../../tools/released.mjs';

/**
 * Below a temporary `root`: the packed package, a `consumer` project it is
 * installed in, and a `released` project in which the replaced release is
 * installed under the package's name.
 *
 * @typedef {{ root: string, tarball: string, consumer: string, released: string }} Workspace
 */

/** How test/run.mjs hands its workspace to the test files it runs. */
export const workspaceVariable = 'IDENTITY_INTERFACE_TEST_WORKSPACE';

/** @returns {Promise<Workspace>} A new workspace. */
export async function createWorkspace() {
  const root = await mkdtemp(join(tmpdir(), 'identity-interface-'));
  try {
    const tarball = await pack(root);
    const consumer = join(root, 'consumer');
    await installInto(consumer, tarball, { offline: true });
    const project = join(root, 'released');
    const link = join(project, 'node_modules', packageName);
    await mkdir(dirname(link), { recursive: true });
    await symlink(released.folder, link);
    await writeFile(join(project, 'package.json'), '{}\n');
    return { root, tarball, consumer, released: project };
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
