import { join } from 'node:path';
import { listFiles } from '../../tools/files.mjs';
import { repository } from '../../tools/package.mjs';

/** 6.0.2 as the repository installs it, under an npm alias. */
export const releasedFolder = join(
  repository,
  'node_modules',
  'ballware-identity-interface-6.0.2',
);

/**
 * The subpaths through which users reached 6.0.2, which had no exports map,
 * so that every file of its tarball was an entry point: each declaration
 * file for type imports, with and without `.js`, and each JavaScript file
 * for require() and import().
 *
 * @returns {Promise<{ types: string[], runtime: string[] }>} Subpaths such as
 *   `./dist/auth`.
 */
export async function releasedEntryPoints() {
  const paths = (await listFiles(releasedFolder)).map((file) => file.path);
  return {
    types: paths
      .filter((path) => path.endsWith('.d.ts'))
      .flatMap((path) => {
        const base = `./${path.slice(0, -'.d.ts'.length)}`;
        return [base, `${base}.js`];
      }),
    runtime: paths
      .filter((path) => path.endsWith('.js'))
      .map((path) => `./${path}`),
  };
}
