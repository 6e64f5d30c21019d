import { join } from 'node:path';
import ts from 'typescript';
import { listFiles } from '../../harness/files.mjs';

/**
 * Reads declaration or source files as a user's compiler does, with the
 * TypeScript API.
 *
 * @param {string[]} files - Their paths.
 * @param {ts.CompilerOptions} [options] - By default, no library at all,
 *   which reading what the files export needs none of.
 */
export function readDeclarations(files, options = { noLib: true, types: [] }) {
  const program = ts.createProgram(files, options);
  const checker = program.getTypeChecker();
  /** @param {string} file @returns {ts.Symbol[]} What it exports. */
  const symbolsOf = (file) => {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`${file} is no module`);
    return checker.getExportsOfModule(module);
  };
  return {
    checker,
    symbolsOf,
    /** @param {string} file @returns {string[]} Its exports' names, sorted. */
    exportsOf: (file) =>
      symbolsOf(file)
        .map(({ name }) => name)
        .sort(),
  };
}

/**
 * @param {string} folder - A package's.
 * @returns {Promise<string[]>} The paths of its dist/*.d.ts.
 */
export const declarationFilesOf = async (folder) =>
  (await listFiles(join(folder, 'dist')))
    .filter(({ path }) => path.endsWith('.d.ts'))
    .map(({ path }) => join(folder, 'dist', path));
