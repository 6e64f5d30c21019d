import ts from 'typescript';

/**
 * Reads declaration files as a user's compiler does, with the
 * TypeScript API.
 *
 * @param {string[]} files - Paths of declaration files.
 */
export function readDeclarations(files) {
  const program = ts.createProgram(files, { noLib: true, types: [] });
  const checker = program.getTypeChecker();
  /** @param {string} file @returns {ts.Symbol[]} What it exports. */
  const symbolsOf = (file) => {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`${file} is no module`);
    return checker.getExportsOfModule(module);
  };
  return {
    program,
    checker,
    symbolsOf,
    /** @param {string} file @returns {string[]} Its exports' names, sorted. */
    exportsOf: (file) =>
      symbolsOf(file)
        .map(({ name }) => name)
        .sort(),
  };
}
