// The programs the suite and the benchmark compile: their sources, where
// each comes from, and how they are written for a format.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readFolder } from './files.mjs';
import * as repository from './repository.mjs';

/**
 * A source of a program, and the repository file and line its text starts
 * on there.
 *
 * @typedef {{ name: string, text: string, file: string, line: number }} Source
 */

/**
 * What one tsc project compiles: its folder, options and sources, and the
 * `type` of the package.json beside them.
 *
 * @typedef {object} Program
 * @property {string} folder
 * @property {Record<string, unknown>} compilerOptions
 * @property {'commonjs' | 'module'} type
 * @property {Source[]} sources
 */

/** @param {Program} program */
export async function writeProgram({ folder, compilerOptions, type, sources }) {
  const files = [
    { name: 'tsconfig.json', text: JSON.stringify({ compilerOptions }) },
    { name: 'package.json', text: JSON.stringify({ type }) },
    ...sources,
  ];
  for (const { name, text } of files) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), text);
  }
}

/**
 * @param {string} folder - Relative to the repository.
 * @returns {Promise<Source[]>} Its files, each from its first line.
 */
export async function readSources(folder) {
  const texts = await readFolder(join(repository.root, folder));
  return Object.entries(texts).map(([name, text]) => {
    return { name, text, file: `${folder}/${name}`, line: 1 };
  });
}

/** The corpus: code written against the released version. */
export const readCorpus = () => readSources('test/fixtures/corpus');

/**
 * Sources as files of `format`: each TypeScript file with the format's
 * extension, each JavaScript file with the matching `.js`, `.cjs` or `.mjs`.
 *
 * @param {import('./compilers.mjs').Format} format
 * @param {Source[]} sources
 * @returns {Source[]}
 */
export const inFormat = ({ extension }, sources) =>
  sources.map((source) => ({
    ...source,
    name: source.name
      .replace(/\.ts$/, extension)
      .replace(/\.js$/, extension.replace('t', 'j')),
  }));
