/**
 * The limits the package keeps, in one table: `npm test` checks the bytes of
 * JavaScript the tarball ships, `npm run bench` the ratios to the replaced
 * release of what an install adds to node_modules and of the types and
 * instantiations the compiler makes for the corpus.
 */
export const budgets = {
  javascriptBytes: 64,
  nodeModulesRatio: 0.25,
  typesRatio: 1.01,
  instantiationsRatio: 1.01,
};
