import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from './process.mjs';

/** The repository's root folder. */
export const repository = fileURLToPath(new URL('..', import.meta.url));

/** The package's name, as consumers import it. */
export const packageName = '@ballware/identity-interface';

/**
 * Writes a package's tarball with `npm pack`: by default this repository's,
 * which `prepack` builds first, or a published version's, fetched from the
 * registry.
 *
 * @param {string} destination - The folder the tarball is written to.
 * @param {string} [spec] - What to pack, such as `name@version`.
 * @returns {Promise<string>} The tarball's path.
 */
export async function pack(destination, spec = '.') {
  await mkdir(destination, { recursive: true });
  const packed = await runCommand(
    'npm',
    ['pack', spec, '--silent', '--pack-destination', destination],
    { cwd: repository },
  );
  if (packed.code !== 0) {
    throw new Error(`npm pack failed:\n${packed.stdout}${packed.stderr}`);
  }
  const [tarball] = (await readdir(destination)).filter((name) =>
    name.endsWith('.tgz'),
  );
  if (tarball === undefined) throw new Error('npm pack wrote no tarball');
  return join(destination, tarball);
}

/**
 * Creates a consumer project in `folder` and installs `spec` into it the way a
 * user would, with `npm install`.
 *
 * @param {string} folder - The new project's folder.
 * @param {string} spec - What to install: a tarball path or a registry spec.
 * @param {{ offline?: boolean }} [options] - `offline` for a tarball with no
 *   dependencies, which needs nothing from the registry.
 */
export async function installInto(folder, spec, options = {}) {
  await mkdir(folder, { recursive: true });
  await writeFile(
    join(folder, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`,
  );
  const installed = await runCommand(
    'npm',
    [
      'install',
      ...(options.offline ? ['--offline'] : []),
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      spec,
    ],
    { cwd: folder },
  );
  if (installed.code !== 0) {
    throw new Error(`npm install ${spec} failed:\n${installed.stderr}`);
  }
}
