// The release this one replaces. package.json installs it under an npm
// alias, `"<alias>": "npm:<package name>@<version>"`, the one place that
// names its version.
import { join } from 'node:path';
import { listFiles } from './files.mjs';
import { manifest, packageName, repository } from './package.mjs';

const [alias, spec = ''] =
  Object.entries(manifest.devDependencies).find(([, target]) =>
    target.startsWith(`npm:${packageName}@`),
  ) ?? [];
if (!alias) throw new Error(`no devDependency "npm:${packageName}@<version>"`);

/** The replaced release: its version and the folder it is installed in. */
export const released = {
  version: spec.slice(`npm:${packageName}@`.length),
  folder: join(repository, 'node_modules', alias),
};

/**
 * The subpaths through which a package without an exports map is reached:
 * each declaration file for type imports, with and without `.js`, and each
 * JavaScript file for require() and import().
 *
 * @param {string[]} paths - The package's files, relative to its folder.
 */
export function entryPointsOf(paths) {
  const declarations = paths.filter((path) => path.endsWith('.d.ts'));
  const scripts = paths.filter((path) => path.endsWith('.js'));
  return {
    types: declarations.flatMap((path) => {
      const base = `./${path.slice(0, -'.d.ts'.length)}`;
      return [base, `${base}.js`];
    }),
    runtime: scripts.map((path) => `./${path}`),
  };
}

/** The entry points of the replaced release, which had no exports map. */
export const releasedEntryPoints = async () =>
  entryPointsOf((await listFiles(released.folder)).map((file) => file.path));
