// The released version, the one this package replaces. package.json
// installs it under an npm alias, `"<alias>": "npm:<package name>@<version>"`,
// the one place that names its version.
import { join } from 'node:path';
import { listFiles } from './files.mjs';
import * as repository from './repository.mjs';

const prefix = `npm:${repository.packageName}@`;
const [aliasName = '', spec = ''] =
  Object.entries(repository.manifest.devDependencies).find(([, target]) =>
    target.startsWith(prefix),
  ) ?? [];
if (!aliasName) throw new Error(`no devDependency "${prefix}<version>"`);

/** Its version, such as `6.0.2`. */
export const version = spec.slice(prefix.length);

/** The name it is installed under. */
export const alias = aliasName;

/** The folder it is installed in. */
export const folder = join(repository.root, 'node_modules', alias);

/** @returns {Promise<string[]>} Its files, relative to its folder. */
export const files = async () =>
  (await listFiles(folder)).map(({ path }) => path);

/**
 * Every specifier that reaches into a package without an exports map, as
 * the released version was: the root; each folder, with and without a
 * trailing slash; each file with and without its extension; and each
 * declaration file also as the `.js` file it declares.
 *
 * @param {string[]} paths - The package's files, relative to its folder.
 * @returns {string[]} Such as `@ballware/identity-interface/dist/auth`.
 */
export function specifiersOf(paths) {
  const subpaths = new Set(['']);
  for (const path of paths) {
    const folders = path.split('/').slice(0, -1);
    folders.forEach((_, depth) => {
      const folder = folders.slice(0, depth + 1).join('/');
      subpaths.add(`/${folder}`).add(`/${folder}/`);
    });
    const stem = path.replace(/(\.d\.ts|\.[^./]+)$/, '');
    subpaths.add(`/${path}`).add(`/${stem}`);
    if (path.endsWith('.d.ts')) subpaths.add(`/${stem}.js`);
  }
  return [...subpaths].map((subpath) => repository.packageName + subpath);
}
