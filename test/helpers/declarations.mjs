import ts from 'typescript';

/**
 * Reads declaration files as a consumer's compiler does, with the
 * TypeScript API.
 *
 * @param {string[]} files - Paths of declaration files.
 */
export function readDeclarations(files) {
  const program = ts.createProgram(files, { noLib: true, types: [] });
  const checker = program.getTypeChecker();
  return {
    program,
    checker,
    /**
     * The names a module exports, sorted.
     *
     * @param {string} file
     */
    exportsOf(file) {
      const source = program.getSourceFile(file);
      const symbol = source && checker.getSymbolAtLocation(source);
      if (!symbol) throw new Error(`${file} is no module`);
      return checker
        .getExportsOfModule(symbol)
        .map(({ name }) => name)
        .sort();
    },
  };
}
