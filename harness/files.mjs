import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Every file below `folder`, by path relative to it, with its size, sorted by
 * path.
 *
 * @param {string} folder
 * @returns {Promise<Array<{ path: string, size: number }>>}
 */
export async function listFiles(folder) {
  const entries = await readdir(folder, {
    recursive: true,
    withFileTypes: true,
  });
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path: relative(folder, path), size: (await stat(path)).size };
      }),
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * The text of every file below `folder`, by path relative to it.
 *
 * @param {string} folder
 */
export async function readFolder(folder) {
  /** @type {Record<string, string>} */
  const files = {};
  for (const { path } of await listFiles(folder)) {
    files[path] = await readFile(join(folder, path), 'utf8');
  }
  return files;
}
