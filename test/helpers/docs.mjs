// Reads markdown as its readers do: by headings, links, code blocks and
// text, not by the markup a generator happens to write.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../../tools/files.mjs';
import { repository } from '../../tools/package.mjs';

/** The folder the API reference is generated into. */
export const docsFolder = join(repository, 'docs');

/**
 * Every file below `folder` with its text.
 *
 * @param {string} folder
 * @returns {Promise<Map<string, string>>} Relative path → text.
 */
export async function readMarkdown(folder) {
  /** @type {Map<string, string>} */
  const pages = new Map();
  for (const { path } of await listFiles(folder)) {
    pages.set(path, await readFile(join(folder, path), 'utf8'));
  }
  return pages;
}

/**
 * The fenced code blocks of a markdown text, with their language.
 *
 * @param {string} markdown
 * @returns {Array<{ language: string, code: string }>}
 */
export function codeBlocks(markdown) {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(
    ([, language = '', code = '']) => ({ language, code }),
  );
}

/**
 * Markdown as plain text: link texts without their targets, and no
 * emphasis, code spans, quote marks or escapes.
 *
 * @param {string} markdown
 */
export function plainText(markdown) {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^> /gm, '')
    .replace(/\\(.)/g, '$1')
    .replace(/[`*]/g, '');
}

/**
 * The sections of a page: each heading, as plain text, with everything up to
 * the next heading of the same or a higher level.
 *
 * @param {string} markdown
 * @returns {Array<{ level: number, title: string, text: string }>}
 */
export function sections(markdown) {
  const lines = markdown.split('\n');
  /** @type {Array<{ level: number, title: string, start: number }>} */
  const headings = [];
  let fenced = false;
  lines.forEach((line, index) => {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6}) (.*)$/.exec(line);
    if (heading?.[1] && heading[2] !== undefined) {
      headings.push({
        level: heading[1].length,
        title: plainText(heading[2]).trim(),
        start: index,
      });
    }
  });
  return headings.map(({ level, title, start }, index) => {
    const next = headings
      .slice(index + 1)
      .find((candidate) => candidate.level <= level);
    const text = lines.slice(start + 1, next?.start).join('\n');
    return { level, title, text };
  });
}

/**
 * The anchor GitHub gives a heading: lower case, punctuation but hyphens and
 * underscores dropped, spaces turned into hyphens.
 *
 * @param {string} title - The heading as plain text.
 */
export const anchorOf = (title) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/**
 * The links of a markdown text.
 *
 * @param {string} markdown
 * @returns {Array<{ text: string, target: string }>}
 */
export function links(markdown) {
  return [...markdown.matchAll(/\[([^\]]*)\]\(([^)\s]+)\)/g)].map(
    ([, text = '', target = '']) => ({ text, target }),
  );
}
