/**
 * The limits the package keeps, in one table: `npm test` checks the bytes of
 * JavaScript the tarball ships, `npm run bench` the ratios to the replaced
 * release of the bytes an install adds to node_modules that compilers and
 * loaders read, and of the types and instantiations the compiler makes for
 * the corpus.
 */
export const budgets = {
  javascriptBytes: 64,
  readBytesRatio: 0.2,
  typesRatio: 1.01,
  instantiationsRatio: 1.01,
};
