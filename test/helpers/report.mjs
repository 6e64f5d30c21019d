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
 * @returns {string} A paragraph per root cause, or '' when there is none:
 *   the line it points at, and each thing found there, as the newest
 *   compiler said it, with the cells it was found in.
 */
export function rootCauses(failures) {
  /** @type {Map<string, Map<string, Failure[]>>} */
  const causes = new Map();
  for (const failure of failures) {
    const found = causes.get(failure.location) ?? new Map();
    const key = failure.key ?? failure.message;
    found.set(key, [...(found.get(key) ?? []), failure]);
    causes.set(failure.location, found);
  }
  return [...causes]
    .map(([location, found]) => {
      const things = [...found.values()].map((cells) => {
        const [latest] = [...cells].sort(
          (a, b) => rank(b.version) - rank(a.version),
        );
        return `${latest?.message}\n  in ${where(cells)}`;
      });
      return things.length === 1
        ? `${location}: ${things[0]}`
        : `${location}:\n${things.join('\n').replace(/^/gm, '  ')}`;
    })
    .join('\n');
}

/** @param {Failure[]} cells @returns {string} Each cell, by compilers. */
function where(cells) {
  /** @type {Map<string, Set<string>>} */
  const versions = new Map();
  for (const { cell, version } of cells) {
    versions.set(cell, (versions.get(cell) ?? new Set()).add(version));
  }
  return [...versions]
    .map(([cell, of]) => {
      const sorted = [...of].sort((a, b) => rank(a) - rank(b));
      return `${cell}: ${sorted.join(', ')}`;
    })
    .join('; ');
}
