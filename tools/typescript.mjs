import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { repository } from './package.mjs';
import { runCommand } from './process.mjs';

/**
 * A TypeScript the package is tested with.
 *
 * @typedef {object} Compiler
 * @property {string} version - Its major and minor version, such as `5.0`.
 * @property {string} packageName - The devDependency that holds it.
 */

/** @param {string} version - Such as `5.0` or `5.0.4`. */
const numeric = (version) => {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major * 100 + minor;
};

/**
 * @param {string} version - A TypeScript version, such as `5.0` or `5.0.4`.
 * @param {string} minimum - The first version with a feature.
 */
export const atLeast = (version, minimum) =>
  numeric(version) >= numeric(minimum);

/** @type {{ devDependencies: Record<string, string> }} */
const manifest = JSON.parse(
  readFileSync(join(repository, 'package.json'), 'utf8'),
);

/**
 * Every TypeScript the package is tested with, oldest first: the
 * devDependency `typescript`, which also builds the package and its
 * reference, and each npm alias `typescript-<major>.<minor>`. package.json is
 * the one list of them, and the lockfile pins each.
 *
 * @type {Compiler[]}
 */
export const compilers = Object.entries(manifest.devDependencies)
  .flatMap(([packageName, spec]) => {
    const version = /^(?:npm:typescript@)?(\d+\.\d+)\.\d+$/.exec(spec)?.[1];
    return /^typescript(-\d+\.\d+)?$/.test(packageName) && version
      ? [{ version, packageName }]
      : [];
  })
  .sort((a, b) => numeric(a.version) - numeric(b.version));

/**
 * One kind of source file in a module mode: its extension, the extension of
 * the JavaScript tsc writes for it, and how that JavaScript loads the package
 * at run time.
 *
 * @typedef {object} SourceFormat
 * @property {'.ts' | '.cts' | '.mts'} extension
 * @property {'.js' | '.cjs' | '.mjs'} emittedExtension
 * @property {'require' | 'import'} loader
 */

/**
 * A way to compile and load a consumer: the compiler options that select it,
 * the `type` of the consumer's package.json, the source formats it has, and
 * the TypeScript versions that have it.
 *
 * @typedef {object} ModuleMode
 * @property {string} label
 * @property {'commonjs' | 'module'} packageType
 * @property {SourceFormat[]} formats
 * @property {(version: string) => boolean} supportedBy
 * @property {(version: string) => Record<string, unknown>} compilerOptions
 */

/** @typedef {'node10' | 'node16' | 'bundler'} ModeName */

/**
 * The module modes a consumer can be in. node16 checks a CommonJS (`.cts`)
 * and an ES module (`.mts`) consumer in one program.
 *
 * @type {Record<ModeName, ModuleMode>}
 */
export const moduleModes = {
  node10: {
    label: 'node10',
    packageType: 'commonjs',
    formats: [{ extension: '.ts', emittedExtension: '.js', loader: 'require' }],
    // TypeScript 7.0 removed `moduleResolution: node`.
    supportedBy: (version) => !atLeast(version, '7.0'),
    compilerOptions: (version) => ({
      module: 'commonjs',
      moduleResolution: 'node',
      ...(atLeast(version, '6.0') ? { ignoreDeprecations: '6.0' } : {}),
    }),
  },
  node16: {
    label: 'node16 (.cts and .mts)',
    // The file extensions decide the module format.
    packageType: 'commonjs',
    formats: [
      { extension: '.cts', emittedExtension: '.cjs', loader: 'require' },
      { extension: '.mts', emittedExtension: '.mjs', loader: 'import' },
    ],
    supportedBy: (version) => atLeast(version, '4.7'),
    compilerOptions: () => ({ module: 'node16', moduleResolution: 'node16' }),
  },
  bundler: {
    label: 'bundler',
    // Bundlers take ES modules; so does Node when the package type says so.
    packageType: 'module',
    formats: [{ extension: '.ts', emittedExtension: '.js', loader: 'import' }],
    supportedBy: (version) => atLeast(version, '5.0'),
    compilerOptions: () => ({ module: 'esnext', moduleResolution: 'bundler' }),
  },
};

/**
 * The name of the JavaScript file tsc writes for a source file of a mode.
 *
 * @param {ModuleMode} mode
 * @param {string} source - The source file's name.
 */
export function emittedName(mode, source) {
  const format = mode.formats.find(({ extension }) =>
    source.endsWith(extension),
  );
  if (!format) throw new Error(`${source} is no source of ${mode.label}`);
  return source.slice(0, -format.extension.length) + format.emittedExtension;
}

/**
 * The module modes `version` has, by name.
 *
 * @param {string} version
 * @returns {ModeName[]}
 */
export const modesOf = (version) =>
  /** @type {ModeName[]} */ (Object.keys(moduleModes)).filter((name) =>
    moduleModes[name].supportedBy(version),
  );

/**
 * The strictest settings a consumer may use, as far as `version` has them:
 * no DOM, no ambient types, and every declaration file checked.
 *
 * @param {string} version
 * @returns {Record<string, unknown>}
 */
export function strictCompilerOptions(version) {
  return {
    target: 'es2020',
    lib: ['es2020'],
    types: [],
    strict: true,
    skipLibCheck: false,
    isolatedModules: true,
    // Plain `file(line,col): error` lines, which buildProjects reads.
    pretty: false,
    ...(atLeast(version, '4.1') ? { noUncheckedIndexedAccess: true } : {}),
    ...(atLeast(version, '4.2')
      ? { noPropertyAccessFromIndexSignature: true }
      : {}),
    ...(atLeast(version, '4.4') ? { exactOptionalPropertyTypes: true } : {}),
    ...(atLeast(version, '5.0') ? { verbatimModuleSyntax: true } : {}),
  };
}

/** @param {unknown} value */
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes a TypeScript project: a tsconfig.json with `compilerOptions`, a
 * package.json with `type`, and the given source files.
 *
 * @param {string} folder
 * @param {{
 *   compilerOptions: Record<string, unknown>,
 *   type: 'commonjs' | 'module',
 *   files: Record<string, string>,
 * }} project
 */
export async function writeProject(folder, { compilerOptions, type, files }) {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'tsconfig.json'), json({ compilerOptions }));
  await writeFile(join(folder, 'package.json'), json({ type }));
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(folder, name), text);
  }
}

/**
 * The path of tsc in one of the repository's TypeScript devDependencies.
 *
 * @param {string} packageName - `typescript`, or a compiler's `packageName`.
 */
const tscOf = (packageName) =>
  join(repository, 'node_modules', packageName, 'bin', 'tsc');

/**
 * Runs tsc from one of the repository's TypeScript devDependencies on the
 * project in `folder`.
 *
 * @param {string} packageName - `typescript`, or a compiler's `packageName`.
 * @param {string} folder
 * @param {readonly string[]} [extraArgs]
 */
export function tsc(packageName, folder, extraArgs = []) {
  return runCommand(process.execPath, [
    tscOf(packageName),
    '-p',
    folder,
    ...extraArgs,
  ]);
}

/**
 * An error tsc reported: the file and line it points at, if any, and its
 * text.
 *
 * @typedef {{ file: string, line: number, text: string }} CompilerError
 */

/**
 * Builds several projects with one `tsc -b`, which loads the compiler and
 * parses the default libraries once for all of them, and sorts the errors by
 * project.
 *
 * @param {string} packageName - `typescript`, or a compiler's `packageName`.
 * @param {readonly string[]} folders - The projects' folders.
 * @returns {Promise<Map<string, CompilerError[]>>} Each folder's errors. An
 *   error in no folder, such as a crash, is filed under every folder.
 */
export async function buildProjects(packageName, folders) {
  const built = await runCommand(process.execPath, [
    tscOf(packageName),
    '-b',
    ...folders,
  ]);
  /** @type {Map<string, CompilerError[]>} */
  const errors = new Map(folders.map((folder) => [folder, []]));
  /** @type {CompilerError[]} */
  const unplaced = [];
  // tsc indents the further lines of a message; each error starts a line.
  for (const report of `${built.stdout}\n${built.stderr}`.split(/\n(?! )/)) {
    if (!/error TS\d+/.test(report)) continue;
    const [, path = '', line = '0'] =
      /^(.+?)\((\d+),\d+\): error TS/.exec(report) ?? [];
    const file = path && resolve(path);
    const error = { file, line: Number(line), text: report.trim() };
    const owner = folders.find((folder) => file.startsWith(folder + sep));
    if (owner) errors.get(owner)?.push(error);
    else unplaced.push(error);
  }
  const found = unplaced.length + [...errors.values()].flat().length;
  if (built.code !== 0 && found === 0) {
    const output = `${built.stdout}${built.stderr}`.trim();
    unplaced.push({ file: '', line: 0, text: `tsc -b failed: ${output}` });
  }
  for (const list of errors.values()) list.push(...unplaced);
  return errors;
}
