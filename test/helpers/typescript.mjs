import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repository } from './package.mjs';
import { run } from './process.mjs';

/**
 * The TypeScript versions the package is tested with. Each is a
 * devDependency named `typescript-<version>`, an npm alias that the lockfile
 * pins.
 */
export const typescriptVersions = [
  '4.7',
  '4.9',
  '5.0',
  '5.5',
  '5.9',
  '6.0',
  '7.0',
];

/** @param {string} version */
const numeric = (version) => {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major * 100 + minor;
};

/**
 * @param {string} version - A TypeScript version, such as `5.0` or `5.0.4`.
 * @param {string} minimum - The first version with a feature.
 */
const atLeast = (version, minimum) => numeric(version) >= numeric(minimum);

/**
 * The module modes a consumer can be in, and which TypeScript versions have
 * each. node16 checks a CommonJS (`.cts`) and an ES module (`.mts`) consumer
 * in one program.
 *
 * @type {Record<'node10' | 'node16' | 'bundler', {
 *   label: string,
 *   packageType: 'commonjs' | 'module',
 *   supportedBy: (version: string) => boolean,
 *   compilerOptions: (version: string) => Record<string, unknown>,
 * }>}
 */
export const moduleModes = {
  node10: {
    label: 'node10',
    packageType: 'commonjs',
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
    supportedBy: () => true,
    compilerOptions: () => ({ module: 'node16', moduleResolution: 'node16' }),
  },
  bundler: {
    label: 'bundler',
    // Bundlers take ES modules; so does Node when the package type says so.
    packageType: 'module',
    supportedBy: (version) => atLeast(version, '5.0'),
    compilerOptions: () => ({ module: 'esnext', moduleResolution: 'bundler' }),
  },
};

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
    exactOptionalPropertyTypes: true,
    noPropertyAccessFromIndexSignature: true,
    noUncheckedIndexedAccess: true,
    isolatedModules: true,
    ...(atLeast(version, '5.0') ? { verbatimModuleSyntax: true } : {}),
  };
}

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
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  await writeFile(join(folder, 'tsconfig.json'), json({ compilerOptions }));
  await writeFile(join(folder, 'package.json'), json({ type }));
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(folder, name), text);
  }
}

/**
 * The devDependency that holds a TypeScript version of the matrix.
 *
 * @param {string} version - A version from `typescriptVersions`.
 */
export const typescriptPackage = (version) => `typescript-${version}`;

/**
 * Runs tsc from one of the repository's TypeScript devDependencies on the
 * project in `folder`.
 *
 * @param {string} typescript - The devDependency: `typescript`, or one of
 *   `typescriptPackage`.
 * @param {string} folder
 * @param {readonly string[]} [extraArgs]
 */
export function tsc(typescript, folder, extraArgs = []) {
  const bin = join(repository, 'node_modules', typescript, 'bin', 'tsc');
  return run(process.execPath, [bin, '-p', folder, ...extraArgs]);
}

/**
 * The first error in tsc's output, for a failure message that says what broke.
 *
 * @param {{ stdout: string, stderr: string }} result
 */
export function firstError(result) {
  const output = `${result.stdout}\n${result.stderr}`;
  return (
    output.split('\n').find((line) => /error TS\d+/.test(line)) ??
    output.trim().split('\n')[0] ??
    '(no output)'
  );
}
