// The compilers of the matrix, the module formats they compile a program
// in, and the compiler options of what the suite and the benchmark compile.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as repository from './repository.mjs';

const run = promisify(execFile);

/** @param {string} version - Such as `5.0` or `5.0.4`. */
const numeric = (version) => {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major * 100 + minor;
};

/** @param {string} a @param {string} b - Versions, such as `5.0`. */
export const compareVersions = (a, b) => numeric(a) - numeric(b);

/** The first TypeScript version with each feature the suite relies on. */
export const firstVersionWith = {
  // Before, `target` and `lib` go up to es2018.
  es2020: '3.5',
  // `import type`, which the examples use.
  typeOnlyImports: '3.8',
  // Before, `// @ts-expect-error` is a plain comment.
  expectError: '3.9',
  noUncheckedIndexedAccess: '4.1',
  noPropertyAccessFromIndexSignature: '4.2',
  exactOptionalPropertyTypes: '4.4',
  node16: '4.7',
  bundler: '5.0',
  verbatimModuleSyntax: '5.0',
  // `@import` in JSDoc, which a JavaScript example uses.
  jsDocImport: '5.5',
  // 6.0 deprecates `moduleResolution: node`; 7.0 removes it.
  node10Deprecated: '6.0',
  node10Removed: '7.0',
};

/** @typedef {keyof typeof firstVersionWith} Feature */

/**
 * @param {string} version - Such as `5.0`.
 * @param {Feature} feature
 */
export const has = (version, feature) =>
  compareVersions(version, firstVersionWith[feature]) >= 0;

/**
 * A TypeScript the package is tested with.
 *
 * @typedef {{ version: string, packageName: string }} Compiler
 */

/**
 * Every TypeScript the package is tested with, oldest first: the
 * devDependency `typescript`, which also builds the package, and each npm
 * alias `typescript-<major>.<minor>`, pinned by the lockfile.
 *
 * @type {Compiler[]}
 */
export const all = Object.entries(repository.manifest.devDependencies)
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
  .sort((a, b) => compareVersions(a.version, b.version));

/** The newest compiler, the one a user who starts today most likely has. */
export const newest = /** @type {Compiler} */ (all.at(-1));

/** The compiler that builds the package: the devDependency `typescript`. */
export const build = /** @type {Compiler} */ (
  all.find(({ packageName }) => packageName === 'typescript')
);

/**
 * Runs tsc from one of the compilers. A non-zero exit is a result: tsc
 * exits so when it reports errors, which the caller reads.
 *
 * @param {Compiler} compiler
 * @param {readonly string[]} args
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export async function tsc({ packageName }, args) {
  const bin = join(repository.root, 'node_modules', packageName, 'bin', 'tsc');
  const options = { maxBuffer: 1 << 28 };
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [bin, ...args],
      options,
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const {
      code,
      stdout = '',
      stderr = '',
    } = /** @type {{ code?: number, stdout?: string, stderr?: string }} */ (
      error
    );
    if (typeof code !== 'number') throw error;
    return { code, stdout, stderr };
  }
}

/** @typedef {'node10' | 'node16' | 'bundler'} ModeName */

/**
 * A module mode of the compatibility table: how a project resolves the
 * package, and in which formats it writes its files.
 *
 * @typedef {object} Mode
 * @property {string} label - Its column in the README's table.
 * @property {(version: string) => boolean} supportedBy
 * @property {(version: string) => Record<string, unknown>} compilerOptions
 */

/** @type {Record<ModeName, Mode>} */
export const modes = {
  node10: {
    label: 'node10',
    supportedBy: (version) => !has(version, 'node10Removed'),
    compilerOptions: (version) => ({
      module: 'commonjs',
      moduleResolution: 'node',
      ...(has(version, 'node10Deprecated') && { ignoreDeprecations: '6.0' }),
    }),
  },
  node16: {
    label: 'node16 (.cts and .mts)',
    supportedBy: (version) => has(version, 'node16'),
    compilerOptions: () => ({ module: 'node16', moduleResolution: 'node16' }),
  },
  bundler: {
    label: 'bundler',
    supportedBy: (version) => has(version, 'bundler'),
    compilerOptions: () => ({ module: 'esnext', moduleResolution: 'bundler' }),
  },
};

/**
 * A format a program's files are written in: a mode, the extension of its
 * TypeScript files, whether its emitted JavaScript loads the package with
 * `require` or `import`, and the `type` of its project's package.json.
 *
 * @typedef {object} Format
 * @property {string} name - Such as `node16 .mts`.
 * @property {ModeName} mode
 * @property {'.ts' | '.cts' | '.mts'} extension
 * @property {'require' | 'import'} loader
 * @property {'commonjs' | 'module'} packageType
 */

/** @type {Format[]} */
export const formats = [
  {
    name: 'node10',
    mode: 'node10',
    extension: '.ts',
    loader: 'require',
    packageType: 'commonjs',
  },
  {
    name: 'node16 .cts',
    mode: 'node16',
    extension: '.cts',
    loader: 'require',
    packageType: 'commonjs',
  },
  {
    name: 'node16 .mts',
    mode: 'node16',
    extension: '.mts',
    loader: 'import',
    packageType: 'commonjs',
  },
  {
    name: 'bundler',
    mode: 'bundler',
    extension: '.ts',
    loader: 'import',
    packageType: 'module',
  },
];

/** @param {string} version @returns {ModeName[]} The modes it has. */
export const modesOf = (version) =>
  /** @type {ModeName[]} */ (Object.keys(modes)).filter((name) =>
    modes[name].supportedBy(version),
  );

/** @param {string} version @returns {Format[]} The formats it has. */
export const formatsOf = (version) =>
  formats.filter(({ mode }) => modes[mode].supportedBy(version));

/** @typedef {{ lib: string[], [option: string]: unknown }} Options */

/**
 * The strictest settings a user may choose, as far as `version` has them:
 * no DOM, no ambient types, and every declaration file checked but
 * TypeScript's own libraries, which tell nothing about the package and cost
 * each program the most time. The README names each of them.
 *
 * @param {string} version
 * @returns {Options}
 */
export function strictestOptions(version) {
  const flags = /** @type {const} */ ([
    'noUncheckedIndexedAccess',
    'noPropertyAccessFromIndexSignature',
    'exactOptionalPropertyTypes',
    'verbatimModuleSyntax',
  ]).filter((flag) => has(version, flag));
  return {
    ...strictOptions(version),
    isolatedModules: true,
    ...Object.fromEntries(flags.map((flag) => [flag, true])),
  };
}

/**
 * `strict` alone, with the same libraries and declaration checks as the
 * strictest settings: the settings of a user who chose no more.
 *
 * @param {string} version
 * @returns {Options}
 */
export function strictOptions(version) {
  const es = has(version, 'es2020') ? 'es2020' : 'es2018';
  return {
    strict: true,
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    target: es,
    lib: [es],
    types: [],
  };
}

/**
 * `options` for code that imports types with a plain `import`, as the
 * released version's users wrote and TypeScript before 3.8 reads: without
 * `verbatimModuleSyntax`, which rejects such an import.
 *
 * @param {Options} options
 * @returns {Options}
 */
export function forPlainImports(options) {
  const { verbatimModuleSyntax: _, ...rest } = options;
  return /** @type {Options} */ (rest);
}

/**
 * What the programs of the fixtures and of the released version's paths
 * change: they leave the declaration files unchecked, as what they show is
 * in their own files, and the others check the package's declarations.
 * The README names it.
 */
export const declarationsUnchecked = { skipLibCheck: true };

/**
 * `options` for a program of fixtures, whose code imports types with a
 * plain `import`.
 *
 * @param {Options} options
 * @returns {Options}
 */
export const forFixtures = (options) => ({
  ...forPlainImports(options),
  ...declarationsUnchecked,
});

/** What a library author who copies an example adds. */
export const libraryAuthorOptions = {
  declaration: true,
  isolatedDeclarations: true,
};

/**
 * What the corpus of code written for the released version changes: it
 * reads claims as `userinfo.email_verified`, as that version's index
 * signatures allow. The README names it.
 */
export const corpusOverrides = { noPropertyAccessFromIndexSignature: false };

/** @param {string} version @returns The corpus's settings. */
export function corpusOptions(version) {
  const options = forFixtures(strictestOptions(version));
  const overrides = Object.entries(corpusOverrides).filter(
    ([name]) => name in options,
  );
  return { ...options, ...Object.fromEntries(overrides) };
}
