import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installInto, pack } from '../../tools/package.mjs';

/**
 * The packed package and a consumer project it is installed in, both below
 * a temporary `root`.
 *
 * @typedef {{ root: string, tarball: string, consumer: string }} Workspace
 */

/**
 * The environment variable through which test/run.mjs hands the workspace it
 * made to every test file, so that a run packs and installs only once.
 */
export const workspaceVariable = 'IDENTITY_INTERFACE_TEST_WORKSPACE';

/**
 * Packs the package and installs the tarball into a consumer project, both in
 * a new temporary folder.
 *
 * @returns {Promise<Workspace>}
 */
export async function createWorkspace() {
  const root = await mkdtemp(join(tmpdir(), 'identity-interface-'));
  try {
    const tarball = await pack(root);
    const consumer = join(root, 'consumer');
    await installInto(consumer, tarball, { offline: true });
    return { root, tarball, consumer };
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
    process.once('exit', () =>
      rmSync(created.root, { recursive: true, force: true }),
    );
    return created;
  });
  return own;
}
