import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from './files.mjs';
import { repository } from './package.mjs';

/** The folder the API reference is generated into. */
export const docsFolder = join(repository, 'docs');

/**
 * Every file below `folder` with its text.
 *
 * @param {string} folder
 * @returns {Promise<Map<string, string>>} Relative path → text.
 */
export async function readMarkdown(folder) {
  const pages = new Map();
  for (const { path } of await listFiles(folder)) {
    pages.set(path, await readFile(join(folder, path), 'utf8'));
  }
  return pages;
}

/**
 * The fenced TypeScript blocks of a markdown text.
 *
 * @param {string} markdown
 * @returns {string[]}
 */
export function typescriptBlocks(markdown) {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map(
    ([, code]) => code ?? '',
  );
}
