// The source files of the programs the suite compiles, laid out for a module
// mode and a TypeScript version.
import { join } from 'node:path';
import { readFolder } from './files.mjs';
import { packageName, repository } from './package.mjs';
import { has, moduleModes } from './typescript.mjs';

/** The corpus: code written against the replaced release. */
export const readCorpus = () =>
  readFolder(join(repository, 'test', 'fixtures', 'corpus'));

/**
 * Lays TypeScript sources out for a program of `version` in `mode`: a copy
 * of each per source format of the mode, with the format's extension. Left
 * out are an augmentation of the package root where `version` does not merge
 * it; a `*.require.ts` or `*.import.ts` in a format that loads the package
 * the other way; and a source with an `export` in a CommonJS format under
 * verbatimModuleSyntax. An augmentation comes once, in the first format it
 * fits: an application augments a package once, and TypeScript 4.7 loses the
 * package's own members when one comes from both a .cts and a .mts file.
 *
 * @param {string} version
 * @param {import('./typescript.mjs').ModeName} mode
 * @param {Record<string, unknown>} compilerOptions - The program's.
 * @param {Record<string, string>} sources - Texts by name, such as `auth.ts`.
 */
export function layout(version, mode, compilerOptions, sources) {
  /** @type {Record<string, string>} */
  const files = {};
  for (const [name, text] of Object.entries(sources)) {
    const root = text.includes(`declare module '${packageName}'`);
    if (root && !has(version, 'rootAugmentation')) continue;
    const [, stem, loader] =
      /^(.+?)(?:\.(require|import))?\.ts$/.exec(name) ?? [];
    const esmOnly =
      /^export /m.test(text) && compilerOptions['verbatimModuleSyntax'];
    const fits = moduleModes[mode].formats.filter(
      (format) =>
        format.loader === (loader ?? format.loader) &&
        !(esmOnly && format.loader === 'require'),
    );
    const placed = /^declare module /m.test(text) ? fits.slice(0, 1) : fits;
    for (const { extension } of placed) files[`${stem}${extension}`] = text;
  }
  return files;
}
