// Builds programs with one of the compilers, and reads the errors it prints.
import { join, resolve, sep } from 'node:path';
import { tsc } from '../../harness/compilers.mjs';
import { writeProgram } from '../../harness/programs.mjs';

/**
 * The option the reader below relies on: tsc then prints each error as
 * `file(line,col): error TSn: message`, the message's further lines
 * indented, whether or not it writes to a terminal.
 */
const plainOutput = { pretty: false };

/**
 * An error, and the program and source it is in, if it is in one of theirs.
 *
 * @template {import('../../harness/programs.mjs').Program} P
 * @typedef {object} Diagnostic
 * @property {P | undefined} program
 * @property {import('../../harness/programs.mjs').Source | undefined} source
 * @property {string} path - The file's absolute path, or '' for none.
 * @property {number} line - In the file tsc compiled.
 * @property {string} code - Such as `TS2322`.
 * @property {string} message - Such as `error TS2322: Type …`.
 */

/**
 * Writes programs and builds them with one `tsc -b`, which loads the
 * compiler and parses each library once for all of them.
 *
 * @template {import('../../harness/programs.mjs').Program} P
 * @param {import('../../harness/compilers.mjs').Compiler} compiler
 * @param {P[]} programs
 * @returns {Promise<Array<Diagnostic<P>>>}
 */
export async function build(compiler, programs) {
  for (const program of programs) {
    const compilerOptions = { ...program.compilerOptions, ...plainOutput };
    await writeProgram({ ...program, compilerOptions });
  }
  const folders = programs.map(({ folder }) => folder);
  const built = await tsc(compiler, ['-b', ...folders]);
  const printed = `${built.stdout}\n${built.stderr}`;
  /** @type {Array<Diagnostic<P>>} */
  const diagnostics = [];
  for (const report of printed.split(/\n(?! )/)) {
    const [, file = '', line = '1', message = '', code = ''] =
      /^(?:(.+?)\((\d+),\d+\): )?(error (TS\d+): [^]*)$/.exec(report.trim()) ??
      [];
    if (!message) continue;
    const path = file && resolve(file);
    const program = programs.find((p) => path.startsWith(p.folder + sep));
    const source = program?.sources.find(
      ({ name }) => join(program.folder, name) === path,
    );
    diagnostics.push({
      program,
      source,
      path,
      line: Number(line),
      code,
      message,
    });
  }
  if (built.code !== 0 && !diagnostics.length) {
    throw new Error(`tsc -b failed without an error:\n${printed.trim()}`);
  }
  return diagnostics;
}
