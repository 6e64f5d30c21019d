// Reports what the compilers of the matrix found by root cause: the
// repository file and line each error points at, once, with what the newest
// compiler said and every compiler and mode it fails in.
import { compilers } from '../../tools/compilers.mjs';

/**
 * An error in one cell of the matrix: the repository line it points at, what
 * the compiler said, and the cell, a compiler's version and a mode.
 *
 * @typedef {{ location: string, message: string, version: string, mode: string }} Failure
 */

/** @param {string} version @returns Its place among the compilers. */
const rank = (version) =>
  compilers.findIndex((compiler) => compiler.version === version);

/**
 * @param {Failure[]} failures
 * @returns {string} A paragraph per root cause, or '' when there is none.
 */
export function rootCauses(failures) {
  /** @type {Map<string, Failure[]>} */
  const causes = new Map();
  for (const failure of failures) {
    causes.set(failure.location, [
      ...(causes.get(failure.location) ?? []),
      failure,
    ]);
  }
  return [...causes.values()]
    .map((cells) => {
      const [latest] = [...cells].sort(
        (a, b) => rank(b.version) - rank(a.version),
      );
      /** @type {Map<string, Set<string>>} */
      const modes = new Map();
      for (const { mode, version } of cells) {
        modes.set(mode, (modes.get(mode) ?? new Set()).add(version));
      }
      const where = [...modes].map(([mode, versions]) => {
        const sorted = [...versions].sort((a, b) => rank(a) - rank(b));
        return `${mode}: ${sorted.join(', ')}`;
      });
      return `${latest?.location}: ${latest?.message}\n  in ${where.join('; ')}`;
    })
    .join('\n');
}
