// The compilers of the matrix, the module modes they have, and the compiler
// options of what the suite and the benchmark compile.
import { join } from 'node:path';
import { manifest, repository } from './package.mjs';
import { runCommand } from './process.mjs';

/** @param {string} version - Such as `5.0` or `5.0.4`. */
const numeric = (version) => {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major * 100 + minor;
};

/** The first TypeScript version with each feature the suite relies on. */
export const firstVersionWith = {
  // Before, `target` and `lib` go up to es2018.
  es2020: '3.5',
  // `import type`, which the examples use; before, a plain `import` of a
  // type means the same.
  typeOnlyImports: '3.8',
  // Before, `// @ts-expect-error` is a plain comment.
  expectError: '3.9',
  // Before, an augmentation of a package's root does not reach the types the
  // root re-exports (TypeScript PR 37691).
  rootAugmentation: '3.9',
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

/**
 * @param {string} version - Such as `5.0`.
 * @param {keyof typeof firstVersionWith} feature
 */
export const has = (version, feature) =>
  numeric(version) >= numeric(firstVersionWith[feature]);

/**
 * Every TypeScript the package is tested with, oldest first: the
 * devDependency `typescript`, which also builds the package, and each npm
 * alias `typescript-<major>.<minor>`, pinned by the lockfile.
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

/** The newest compiler, the one a user who starts today most likely has. */
export const newest = /** @type {(typeof compilers)[number]} */ (
  compilers.at(-1)
);

/**
 * Runs tsc from one of the compilers.
 *
 * @param {string} packageName
 * @param {readonly string[]} args
 */
export const tsc = (packageName, args) =>
  runCommand(process.execPath, [
    join(repository, 'node_modules', packageName, 'bin', 'tsc'),
    ...args,
  ]);

/**
 * A way to compile and load a consumer: its source formats (the extension,
 * and how the emitted JavaScript loads the package), the `type` of its
 * package.json, and its options.
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

/** @typedef {{ lib: string[], [option: string]: unknown }} Options */

/**
 * The strictest settings a consumer may choose, as far as `version` has
 * them: no DOM, no ambient types, and every declaration file checked but
 * TypeScript's own libraries, which tell nothing about the package and cost
 * each program the most time. The README names each of them.
 *
 * @param {string} version
 * @returns {Options}
 */
export function consumerOptions(version) {
  const flags = /** @type {const} */ ([
    'noUncheckedIndexedAccess',
    'noPropertyAccessFromIndexSignature',
    'exactOptionalPropertyTypes',
    'verbatimModuleSyntax',
  ]).filter((flag) => has(version, flag));
  const es = has(version, 'es2020') ? 'es2020' : 'es2018';
  return {
    strict: true,
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    target: es,
    lib: [es],
    types: [],
    isolatedModules: true,
    ...Object.fromEntries(flags.map((flag) => [flag, true])),
  };
}

/**
 * A consumer's settings where it also loads `@ballware/meta-interface`, or
 * 6.0.2, which brings it along: with the DOM, which their declarations need.
 *
 * @param {string} version
 * @returns {Options}
 */
export function withMetaInterface(version) {
  const options = consumerOptions(version);
  return { ...options, lib: [...options.lib, 'dom'] };
}

/** What a library author who copies an example adds. */
export const libraryAuthorOptions = {
  declaration: true,
  isolatedDeclarations: true,
};

/**
 * What the corpus of code written for the replaced release changes: it
 * reads claims as `userinfo.email_verified`, as that release's index
 * signatures allow. The README names it.
 */
export const corpusOverrides = { noPropertyAccessFromIndexSignature: false };

/** @param {string} version @returns The corpus's settings. */
export function corpusOptions(version) {
  const options = withMetaInterface(version);
  const overrides = Object.entries(corpusOverrides).filter(
    ([name]) => name in options,
  );
  return { ...options, ...Object.fromEntries(overrides) };
}
