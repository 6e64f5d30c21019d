// Packs and installs packages with npm, as users install them.
import { execFile } from 'node:child_process';
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as repository from './repository.mjs';

const run = promisify(execFile);

/**
 * Copies the repository's working tree to `folder`, and links its
 * installed dev dependencies there: what is built in the copy, by `npm pack`
 * among others, leaves the repository's own files alone.
 *
 * @param {string} folder
 */
export async function copyRepository(folder) {
  await cp(repository.root, folder, {
    recursive: true,
    filter: (path) => !/[\\/](node_modules|\.git)$/.test(path),
  });
  await symlink(
    join(repository.root, 'node_modules'),
    join(folder, 'node_modules'),
  );
}

/**
 * Writes a tarball with `npm pack`.
 *
 * @param {string} spec - What to pack: a folder, or `name@version` from the
 *   registry.
 * @param {string} destination - The folder the tarball is written to.
 * @returns {Promise<string>} The tarball's path.
 */
export async function pack(spec, destination) {
  await mkdir(destination, { recursive: true });
  const args = ['pack', spec, '--silent', '--pack-destination', destination];
  const { stdout } = await run('npm', args, { cwd: destination });
  return join(destination, stdout.trim().split('\n').at(-1) ?? '');
}

/**
 * Creates a project in `folder` and installs `spec` into it as a user would.
 *
 * @param {string} folder
 * @param {string} spec - A tarball's path, or a registry spec.
 * @param {{ offline?: boolean }} [options] - `offline` for a tarball with no
 *   dependencies, which needs nothing from the registry.
 */
export async function install(folder, spec, { offline = false } = {}) {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'package.json'), '{ "private": true }\n');
  const flags = ['--no-audit', '--no-fund', '--no-package-lock'];
  if (offline) flags.push('--offline');
  await run('npm', ['install', ...flags, spec], { cwd: folder });
}
