// Reads markdown with markdown-it, as its readers see it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { slug } from 'github-slugger';
import MarkdownIt from 'markdown-it';
import * as repository from '../../harness/repository.mjs';

/** @typedef {import('markdown-it').Token} Token */

const parser = new MarkdownIt();

/** @param {string} markdown @returns {Token[]} Its block tokens. */
export const parse = (markdown) => parser.parse(markdown, {});

/** The README's block tokens. */
export const readme = parse(
  await readFile(join(repository.root, 'README.md'), 'utf8'),
);

/** The folder of the API reference. */
export const docsFolder = join(repository.root, 'docs');

/** @param {Token[]} tokens */
const inline = (tokens) => tokens.flatMap((token) => token.children ?? []);

/** @param {Token[]} tokens @returns {string} The text, without markup. */
export const plainText = (tokens) =>
  inline(tokens)
    .map(({ type, content }) => (type === 'softbreak' ? ' ' : content))
    .join('');

/** @param {Token[]} tokens @returns {string[]} The code spans. */
export const codeSpans = (tokens) =>
  inline(tokens).flatMap(({ type, content }) =>
    type === 'code_inline' ? [content] : [],
  );

/**
 * @param {Token[]} tokens
 * @returns {Array<{ text: string, target: string }>} The links.
 */
export const linksWithText = (tokens) =>
  inline(tokens).flatMap((token, index, all) => {
    if (token.type !== 'link_open') return [];
    const text = all[index + 1]?.content ?? '';
    return [{ text, target: token.attrGet('href') ?? '' }];
  });

/** @param {Token[]} tokens @returns {string[]} The links' targets. */
export const links = (tokens) =>
  linksWithText(tokens).map(({ target }) => target);

/**
 * @param {Token[]} tokens
 * @returns The fenced code blocks, with the line their code starts on.
 */
export const codeBlocks = (tokens) =>
  tokens.flatMap(({ type, info, content, map }) =>
    type === 'fence'
      ? [{ language: info, code: content, line: (map?.[0] ?? 0) + 2 }]
      : [],
  );

/**
 * @param {Token[]} tokens
 * @returns Each heading, as plain text, with the tokens up to the next
 *   heading of the same or a higher level.
 */
export function sections(tokens) {
  const level = (/** @type {Token | undefined} */ token) =>
    token?.type === 'heading_open' ? Number(token.tag.slice(1)) : 7;
  return tokens.flatMap((token, start) => {
    if (level(token) > 6) return [];
    const after = tokens.slice(start + 3);
    const end = after.findIndex((next) => level(next) <= level(token));
    const title = plainText(tokens.slice(start + 1, start + 2));
    const body = end === -1 ? after : after.slice(0, end);
    return [{ level: level(token), title, tokens: body }];
  });
}

/**
 * @param {Token[]} tokens
 * @param {string} title
 * @returns {Token[]} The tokens of the one section titled `title`.
 */
export function section(tokens, title) {
  const found = sections(tokens).filter((each) => each.title === title);
  if (found.length !== 1) throw new Error(`not one section "${title}"`);
  return found[0]?.tokens ?? [];
}

/** @param {Token[]} tokens @returns {string[][]} The tables' rows' cells. */
export function tableRows(tokens) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[] | undefined} */
  let row;
  for (const token of tokens) {
    if (token.type === 'tr_open') rows.push((row = []));
    if (token.type === 'tr_close') row = undefined;
    if (token.type === 'inline') row?.push(plainText([token]));
  }
  return rows;
}

/**
 * @param {string} title - A heading, as plain text.
 * @returns {string} The anchor GitHub gives it.
 */
export const anchorOf = (title) => slug(title);
