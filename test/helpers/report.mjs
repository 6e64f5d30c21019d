// Reports what the compilers of the matrix found by root cause: the
// repository file and line each finding points at, once, with what the
// newest compiler said and every cell it was found in.
import * as compilers from '../../harness/compilers.mjs';

/**
 * A finding in one cell of the matrix: the repository line it points at,
 * what was found, what makes it the same finding in another cell (the
 * error's code, or else the message), and the cell: a compiler's version
 * and what else sets the program apart, such as its format.
 *
 * @typedef {{ location: string, message: string, key?: string, version: string, cell: string }} Failure
 */

/** @param {string} version @returns Its place among the compilers. */
const rank = (version) =>
  compilers.all.findIndex((compiler) => compiler.version === version);

/**
 * @param {Failure[]} failures
 * @returns {string} A paragraph per root cause, or '' when there is none.
 */
export function rootCauses(failures) {
  /** @type {Map<string, Failure[]>} */
  const causes = new Map();
  for (const failure of failures) {
    const key = `${failure.location}\n${failure.key ?? failure.message}`;
    causes.set(key, [...(causes.get(key) ?? []), failure]);
  }
  return [...causes.values()]
    .map((found) => {
      const [latest] = [...found].sort(
        (a, b) => rank(b.version) - rank(a.version),
      );
      /** @type {Map<string, Set<string>>} */
      const cells = new Map();
      for (const { cell, version } of found) {
        cells.set(cell, (cells.get(cell) ?? new Set()).add(version));
      }
      const where = [...cells].map(([cell, versions]) => {
        const sorted = [...versions].sort((a, b) => rank(a) - rank(b));
        return `${cell}: ${sorted.join(', ')}`;
      });
      return `${latest?.location}: ${latest?.message}\n  in ${where.join('; ')}`;
    })
    .join('\n');
}
