// The TypeScript projects that the suite and the benchmark compile: their
// sources, where each comes from, and their layout for a compiler and mode.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { has, moduleModes } from './compilers.mjs';
import { readFolder } from './files.mjs';
import { repository } from './package.mjs';

/**
 * A source of a program, and the repository file and line its text starts
 * on there.
 *
 * @typedef {{ name: string, text: string, file: string, line: number }} Source
 */

/**
 * @typedef {object} Project
 * @property {string} folder
 * @property {Record<string, unknown>} compilerOptions
 * @property {'commonjs' | 'module'} type - Its package.json's.
 * @property {Source[]} sources
 */

/** @param {Project} project */
export async function writeProject({ folder, compilerOptions, type, sources }) {
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
  const texts = await readFolder(join(repository, folder));
  return Object.entries(texts).map(([name, text]) => {
    return { name, text, file: `${folder}/${name}`, line: 1 };
  });
}

/** The corpus: code written against the replaced release. */
export const readCorpus = () => readSources('test/fixtures/corpus');

/**
 * `text` with each `import type` written, on the same line, as the plain
 * `import` that means the same to TypeScript before 3.8.
 *
 * @param {string} text
 */
function withPlainImports(text) {
  const source = ts.createSourceFile('source.ts', text, ts.ScriptTarget.Latest);
  return source.statements
    .flatMap((statement) =>
      ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly
        ? [statement.importClause.getStart(source)]
        : [],
    )
    .reverse()
    .reduce(
      (kept, at) => kept.slice(0, at) + kept.slice(at + 'type '.length),
      text,
    );
}

/**
 * Lays sources out for a program of `version` in `mode`: a copy per format
 * of the mode, with its extension, `import type` spelled as `version` reads
 * it. Left out are an augmentation of a package's root where `version` does
 * not merge it; a `*.require.ts` or `*.import.ts` in a format that loads the
 * package the other way; and a source that exports, in a CommonJS format
 * under verbatimModuleSyntax. An augmentation comes once, as an application
 * writes it once: TypeScript 4.7 loses the package's own members when two
 * files augment it.
 *
 * @param {string} version
 * @param {import('./compilers.mjs').ModeName} mode
 * @param {Record<string, unknown>} compilerOptions - The program's.
 * @param {Source[]} sources
 * @returns {Source[]}
 */
export function layout(version, mode, compilerOptions, sources) {
  return sources.flatMap((source) => {
    // A module name with nothing after the package's name.
    const root = /^declare module '(@[\w-]+\/)?[\w-]+'/m.test(source.text);
    if (root && !has(version, 'rootAugmentation')) return [];
    const [, stem, loader, language] =
      /^(.+?)(?:\.(require|import))?\.(ts|js)$/.exec(source.name) ?? [];
    const esmOnly =
      /^export /m.test(source.text) && compilerOptions['verbatimModuleSyntax'];
    const fits = moduleModes[mode].formats.filter(
      (format) =>
        format.loader === (loader ?? format.loader) &&
        !(esmOnly && format.loader === 'require'),
    );
    const text = has(version, 'typeOnlyImports')
      ? source.text
      : withPlainImports(source.text);
    const placed = /^declare module /m.test(text) ? fits.slice(0, 1) : fits;
    return placed.map(({ extension }) => {
      // A script's extension: .js, .cjs or .mjs.
      const script =
        language === 'js' ? extension.replace('t', 'j') : extension;
      return { ...source, name: `${stem}${script}`, text };
    });
  });
}
