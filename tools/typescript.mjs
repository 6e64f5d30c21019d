import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { manifest, repository } from './package.mjs';
import { runCommand } from './process.mjs';

/** @param {string} version - Such as `5.0` or `5.0.4`. */
const numeric = (version) => {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major * 100 + minor;
};

/** The first TypeScript version with each feature the suite relies on. */
const firstVersionWith = {
  // Before, `// @ts-expect-error` is a plain comment.
  expectError: '3.9',
  // Before, an augmentation of the package root does not reach the types the
  // root re-exports (TypeScript PR 37691).
  rootAugmentation: '3.9',
  noUncheckedIndexedAccess: '4.1',
  noPropertyAccessFromIndexSignature: '4.2',
  exactOptionalPropertyTypes: '4.4',
  node16: '4.7',
  bundler: '5.0',
  verbatimModuleSyntax: '5.0',
  // 6.0 deprecates `moduleResolution: node`; 7.0 removes it.
  node10Deprecated: '6.0',
  node10Removed: '7.0',
};

/**
 * @param {string} version - Such as `5.0`.
 * @param {keyof typeof firstVersionWith} feature
 */
export const has = (version, feature) =>
  numeric(version) >= numeric(firstVersionWith[feature]);

/**
 * Every TypeScript the package is tested with, oldest first: the
 * devDependency `typescript`, which also builds the package and its
 * reference, and each npm alias `typescript-<major>.<minor>`. package.json is
 * the one list of them, and the lockfile pins each.
 *
 * @type {Array<{ version: string, packageName: string }>}
 */
export const compilers = Object.entries(manifest.devDependencies)
  .filter(([name]) => /^typescript(-|$)/.test(name))
  .map(([name, spec]) => {
    const version = /^(?:npm:typescript@)?(\d+\.\d+)\.\d+$/.exec(spec)?.[1];
    if (!version || !['typescript', `typescript-${version}`].includes(name)) {
      throw new Error(
        `devDependency ${name}: "${spec}" names no exact TypeScript version, or not the one its name says`,
      );
    }
    return { version, packageName: name };
  })
  .sort((a, b) => numeric(a.version) - numeric(b.version));

/**
 * A way to compile and load a consumer: its source formats (the extension,
 * and how the JavaScript tsc writes for it loads the package at run time),
 * the `type` of its package.json, the compiler options that select it, and
 * the TypeScript versions that have it.
 *
 * @typedef {object} ModuleMode
 * @property {string} label
 * @property {Array<{ extension: string, loader: 'require' | 'import' }>} formats
 * @property {'commonjs' | 'module'} packageType
 * @property {(version: string) => Record<string, unknown>} compilerOptions
 * @property {(version: string) => boolean} supportedBy
 */

/** @typedef {'node10' | 'node16' | 'bundler'} ModeName */

/** @type {Record<ModeName, ModuleMode>} */
export const moduleModes = {
  node10: {
    label: 'node10',
    formats: [{ extension: '.ts', loader: 'require' }],
    packageType: 'commonjs',
    compilerOptions: (version) => ({
      module: 'commonjs',
      moduleResolution: 'node',
      ...(has(version, 'node10Deprecated') && { ignoreDeprecations: '6.0' }),
    }),
    supportedBy: (version) => !has(version, 'node10Removed'),
  },
  // A CommonJS and an ES module consumer in one program: the extensions
  // decide the format.
  node16: {
    label: 'node16 (.cts and .mts)',
    formats: [
      { extension: '.cts', loader: 'require' },
      { extension: '.mts', loader: 'import' },
    ],
    packageType: 'commonjs',
    compilerOptions: () => ({ module: 'node16', moduleResolution: 'node16' }),
    supportedBy: (version) => has(version, 'node16'),
  },
  bundler: {
    label: 'bundler',
    formats: [{ extension: '.ts', loader: 'import' }],
    packageType: 'module',
    compilerOptions: () => ({ module: 'esnext', moduleResolution: 'bundler' }),
    supportedBy: (version) => has(version, 'bundler'),
  },
};

/** @param {string} version @returns The module modes it has. */
export const modesOf = (version) =>
  /** @type {ModeName[]} */ (Object.keys(moduleModes)).filter((name) =>
    moduleModes[name].supportedBy(version),
  );

/**
 * The strictest settings a consumer may use, as far as `version` has them:
 * no DOM, no ambient types, and every declaration file checked but
 * TypeScript's own default libraries, which would tell nothing about the
 * package and cost each project the most time. The README's Compatibility
 * section names each of them.
 *
 * @param {string} version
 * @returns {Record<string, unknown>}
 */
export function consumerOptions(version) {
  const flags = /** @type {const} */ ([
    'noUncheckedIndexedAccess',
    'noPropertyAccessFromIndexSignature',
    'exactOptionalPropertyTypes',
    'verbatimModuleSyntax',
  ]).filter((flag) => has(version, flag));
  return {
    strict: true,
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    lib: ['es2020'],
    types: [],
    isolatedModules: true,
    ...Object.fromEntries(flags.map((flag) => [flag, true])),
  };
}

/**
 * How the corpus of code written for the replaced release is compiled
 * otherwise: it reads claims as `userinfo.email_verified`, as the index
 * signature of that release's types allows, and it skips the check of
 * declaration files, whose DOM types only that release needs. The README's
 * Compatibility section names each of them.
 */
export const corpusOverrides = {
  noPropertyAccessFromIndexSignature: false,
  skipLibCheck: true,
};

/**
 * The corpus's settings with `version`, without the flags it lacks.
 *
 * @param {string} version
 */
export function corpusOptions(version) {
  const strictest = consumerOptions(version);
  const overrides = Object.entries(corpusOverrides).filter(
    ([name]) => name in strictest,
  );
  return { ...strictest, ...Object.fromEntries(overrides) };
}

/**
 * Writes a TypeScript project: a tsconfig.json with `compilerOptions`, for
 * es2020 and with tsc's plain `file(line,col): error` lines, which
 * buildProjects reads; a package.json with `type`; and the source files.
 *
 * @param {string} folder
 * @param {{ compilerOptions: object, type: string, files: Record<string, string> }} project
 */
export async function writeProject(folder, { compilerOptions, type, files }) {
  await mkdir(folder, { recursive: true });
  const options = { target: 'es2020', pretty: false, ...compilerOptions };
  files = {
    'tsconfig.json': JSON.stringify({ compilerOptions: options }),
    'package.json': JSON.stringify({ type }),
    ...files,
  };
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(folder, name), text);
  }
}

/**
 * Runs tsc from one of the repository's TypeScript devDependencies.
 *
 * @param {string} packageName - `typescript`, or a compiler's `packageName`.
 * @param {readonly string[]} args
 */
export const tsc = (packageName, args) =>
  runCommand(process.execPath, [
    join(repository, 'node_modules', packageName, 'bin', 'tsc'),
    ...args,
  ]);

/** @typedef {{ file: string, line: number, text: string }} CompilerError */

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
  const built = await tsc(packageName, ['-b', ...folders]);
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
    (owner ? errors.get(owner) : unplaced)?.push(error);
  }
  if (built.code !== 0 && ![...errors.values(), unplaced].flat().length) {
    const output = `${built.stdout}${built.stderr}`.trim();
    unplaced.push({ file: '', line: 0, text: `tsc -b failed: ${output}` });
  }
  for (const list of errors.values()) list.push(...unplaced);
  return errors;
}
