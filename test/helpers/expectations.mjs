// What a fixture says of itself: each of its first comment lines that
// starts with "Fails with" names the errors the file fails with, and where.
// A cell that no such line names must compile the file without an error.
import * as compilers from '../../harness/compilers.mjs';
import * as released from '../../harness/released.mjs';

/**
 * Where a program is compiled: a compiler's version, a format, the options,
 * and the side, the released version or the package.
 *
 * @typedef {object} Cell
 * @property {string} version
 * @property {import('../../harness/compilers.mjs').Format} format
 * @property {Record<string, unknown>} options
 * @property {'released' | 'package'} side
 */

/**
 * A line such as `// Fails with TS2322 on TypeScript 3.0: why`.
 *
 * @typedef {object} Expectation
 * @property {string[]} codes - Such as `TS2322`, sorted.
 * @property {string} claim - What the README says of it, such as
 *   `TS2322 on TypeScript 3.0`.
 * @property {number} line - Its line in the file.
 * @property {string | undefined} option - The compiler option it needs on.
 * @property {(cell: Cell) => boolean} covers
 */

const grammar =
  /^\/\/ Fails with (?<claim>(?<codes>TS\d+(?:(?:, | and )TS\d+)*)(?<scope>[^:,]*))(?<both>, against (?<version>[\d.]+) as well)?:/;

/**
 * @param {string} scope - Such as ` on TypeScript 4.7 to 6.0 with
 *   exactOptionalPropertyTypes`.
 * @param {string} where - For the error message.
 * @returns {(cell: Cell) => boolean}
 */
function coverage(scope, where) {
  /** @type {Array<(cell: Cell) => boolean>} */
  const tests = [];
  let rest = scope;
  const take = (/** @type {RegExp} */ pattern) => {
    const match = pattern.exec(rest);
    if (match) rest = rest.replace(pattern, '');
    return match;
  };
  const range = take(/ on TypeScript ([\d.]+)(?: to ([\d.]+))?/);
  if (range) {
    const [, from = '', to = from] = range;
    tests.push(
      ({ version }) =>
        compilers.compareVersions(version, from) >= 0 &&
        compilers.compareVersions(version, to) <= 0,
    );
  }
  const since = take(/ from TypeScript ([\d.]+)/);
  if (since) {
    const [, from = ''] = since;
    tests.push(({ version }) => compilers.compareVersions(version, from) >= 0);
  }
  const place = take(/ in (\w+)(?:'s (\.\w+) files)?/);
  if (place) {
    const [, mode, extension] = place;
    tests.push(
      ({ format }) =>
        format.mode === mode && (!extension || format.extension === extension),
    );
  }
  const option = take(/ with (\w+)/);
  if (option) {
    const [, name = ''] = option;
    tests.push(({ options }) => options[name] === true);
  }
  if (rest.trim()) throw new Error(`${where}: cannot read "${rest.trim()}"`);
  return (cell) => tests.every((test) => test(cell));
}

/**
 * @param {import('../../harness/programs.mjs').Source} source
 * @returns {Expectation[]} What its first comment lines say.
 */
export function expectationsOf({ text, file }) {
  const header = text.split('\n');
  const end = header.findIndex((line) => !line.startsWith('//'));
  return header.slice(0, end).flatMap((text, index) => {
    const where = `${file}:${index + 1}`;
    if (!text.startsWith('// Fails with')) return [];
    const found = grammar.exec(text)?.groups;
    if (!found) throw new Error(`${where}: not "// Fails with TSn…: why"`);
    const { claim = '', codes = '', scope = '', both, version } = found;
    if (both && version !== released.version) {
      throw new Error(`${where}: the released version is ${released.version}`);
    }
    const inScope = coverage(scope, where);
    return [
      {
        codes: codes.split(/, | and /).sort(),
        claim,
        line: index + 1,
        option: / with (\w+)/.exec(scope)?.[1],
        covers: (cell) =>
          (Boolean(both) || cell.side === 'package') && inScope(cell),
      },
    ];
  });
}

/**
 * @param {Expectation[]} expectations
 * @param {Cell} cell
 * @returns {Expectation | undefined} The last line that covers the cell, as
 *   a later line narrows an earlier one.
 */
export const expectationIn = (expectations, cell) =>
  expectations.findLast((expectation) => expectation.covers(cell));
