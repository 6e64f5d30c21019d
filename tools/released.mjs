// The release this one replaces. package.json installs it under an npm
// alias, `"<alias>": "npm:<package name>@<version>"`, the one place that
// names its version.
import { join } from 'node:path';
import { listFiles } from './files.mjs';
import { manifest, packageName, repository } from './package.mjs';

const [alias = '', spec = ''] =
  Object.entries(manifest.devDependencies).find(([, target]) =>
    target.startsWith(`npm:${packageName}@`),
  ) ?? [];
if (!alias) throw new Error(`no devDependency "npm:${packageName}@<version>"`);

/**
 * The replaced release: its version, the name it is installed under and the
 * folder it is installed in.
 */
export const released = {
  version: spec.slice(`npm:${packageName}@`.length),
  alias,
  folder: join(repository, 'node_modules', alias),
};

/** The replaced release's files, relative to its folder. */
export const releasedFiles = async () =>
  (await listFiles(released.folder)).map(({ path }) => path);

/**
 * Every specifier that reaches into a package without an exports map, as
 * the replaced release was: the root; each folder, with and without a
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
  return [...subpaths].map((subpath) => packageName + subpath);
}
