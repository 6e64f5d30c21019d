import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { succeed } from './process.mjs';

/** The repository's root folder. */
export const repository = fileURLToPath(new URL('..', import.meta.url));

/**
 * The repository's package.json.
 *
 * @type {{ name: string, version: string, devDependencies: Record<string, string> }}
 */
export const manifest = JSON.parse(
  readFileSync(join(repository, 'package.json'), 'utf8'),
);

/** The package's name, as consumers import it. */
export const packageName = manifest.name;

/**
 * Writes a package's tarball with `npm pack`: by default this repository's,
 * which `prepack` builds first, or a published version's, from the registry.
 *
 * @param {string} destination - The folder the tarball is written to.
 * @param {string} [spec] - What to pack, such as `name@version`.
 * @returns {Promise<string>} The tarball's path.
 */
export async function pack(destination, spec = '.') {
  await mkdir(destination, { recursive: true });
  const args = ['pack', spec, '--silent', '--pack-destination', destination];
  const printed = (await succeed('npm', args, { cwd: repository }))
    .trim()
    .split('\n');
  return join(destination, printed.at(-1) ?? '');
}

/**
 * Creates a project in `folder` and installs `spec` into it as a user would.
 *
 * @param {string} folder
 * @param {string} spec - A tarball's path, or a registry spec.
 * @param {{ offline?: boolean }} [options] - `offline` for a tarball with no
 *   dependencies, which needs nothing from the registry.
 */
export async function installInto(folder, spec, { offline = false } = {}) {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'package.json'), '{ "private": true }\n');
  const flags = ['--no-audit', '--no-fund', '--no-package-lock'];
  if (offline) flags.push('--offline');
  await succeed('npm', ['install', ...flags, spec], { cwd: folder });
}
