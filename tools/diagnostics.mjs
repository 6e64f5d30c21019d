// Builds projects with one of the compilers, and reads the errors it prints.
import { join, resolve, sep } from 'node:path';
import { tsc } from './compilers.mjs';
import { writeProject } from './projects.mjs';

/**
 * The option the reader below relies on: tsc then prints each error as
 * `file(line,col): error TSn: message`, the message's further lines
 * indented, whether or not it writes to a terminal.
 */
const plainOutput = { pretty: false };

/**
 * An error, and the project and source it is in, if it is in one of theirs.
 *
 * @template {import('./projects.mjs').Project} P
 * @typedef {object} Diagnostic
 * @property {P | undefined} project
 * @property {import('./projects.mjs').Source | undefined} source
 * @property {string} path - The file's absolute path, or '' for none.
 * @property {number} line - In the file tsc compiled.
 * @property {string} message - Such as `error TS2322: Type …`.
 */

/**
 * Writes projects and builds them with one `tsc -b`, which loads the
 * compiler and its default libraries once for all of them.
 *
 * @template {import('./projects.mjs').Project} P
 * @param {string} packageName - The compiler's.
 * @param {P[]} projects
 * @returns {Promise<Array<Diagnostic<P>>>}
 */
export async function build(packageName, projects) {
  for (const project of projects) {
    const compilerOptions = { ...project.compilerOptions, ...plainOutput };
    await writeProject({ ...project, compilerOptions });
  }
  const folders = projects.map(({ folder }) => folder);
  const built = await tsc(packageName, ['-b', ...folders]);
  const printed = `${built.stdout}\n${built.stderr}`;
  /** @type {Array<Diagnostic<P>>} */
  const diagnostics = [];
  for (const report of printed.split(/\n(?! )/)) {
    const [, file = '', line = '1', message] =
      /^(?:(.+?)\((\d+),\d+\): )?(error TS\d+: [^]*)$/.exec(report.trim()) ??
      [];
    if (!message) continue;
    const path = file && resolve(file);
    const project = projects.find((p) => path.startsWith(p.folder + sep));
    const source = project?.sources.find(
      ({ name }) => join(project.folder, name) === path,
    );
    diagnostics.push({ project, source, path, line: Number(line), message });
  }
  if (built.code !== 0 && !diagnostics.length) {
    throw new Error(`tsc -b failed without an error:\n${printed.trim()}`);
  }
  return diagnostics;
}
