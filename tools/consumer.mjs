import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { repository } from './package.mjs';
import { atLeast, moduleModes } from './typescript.mjs';

const folder = join(repository, 'test', 'fixtures', 'consumer');

/**
 * The scenarios in one folder of the fixture, by name without extension.
 *
 * @param {string} name - `scenarios` or `additions`.
 * @returns {Promise<Array<[string, string]>>}
 */
async function scenariosIn(name) {
  const scenarioFolder = join(folder, name);
  return Promise.all(
    (await readdir(scenarioFolder)).map(
      async (file) =>
        /** @type {[string, string]} */ ([
          basename(file, '.ts'),
          await readFile(join(scenarioFolder, file), 'utf8'),
        ]),
    ),
  );
}

/**
 * The source files of the fixture consumer, laid out for a module mode: the
 * scenarios, each of which uses part of the package and checks the result
 * when run; the augmentation; and a `main` entry that loads the package at
 * run time the way the format does (`require` or `import`). Each source
 * format of the mode gets its own copy of the scenarios and of `main`, but
 * the augmentation comes once: an application augments a package once, and
 * TypeScript 4.7 loses the package's own members when the same augmentation
 * comes from a .cts and a .mts file. Before TypeScript 3.9 the augmentation
 * names the file that declares what it augments.
 *
 * @param {string} version - The TypeScript version that compiles it.
 * @param {import('./typescript.mjs').ModeName} mode
 * @param {{ additions?: boolean }} [options] - `additions: false` leaves out
 *   the scenarios in fixtures/consumer/additions, which use what 6.1 adds to
 *   6.0.2, for a consumer that 6.0.2 has to compile as well.
 * @returns {Promise<Record<string, string>>} File names and their text.
 */
export async function consumerFiles(version, mode, { additions = true } = {}) {
  const scenarios = [
    ...(await scenariosIn('scenarios')),
    ...(additions ? await scenariosIn('additions') : []),
  ];
  const { formats } = moduleModes[mode];
  /** @type {Record<string, string>} */
  const files = {};
  for (const { extension, loader } of formats) {
    for (const [name, text] of scenarios) files[name + extension] = text;
    files[`main${extension}`] = await readFile(
      join(folder, `load-with-${loader}.ts`),
      'utf8',
    );
  }
  const [augmented] = formats;
  if (augmented) {
    files[`augmentation${augmented.extension}`] = await readFile(
      join(
        folder,
        atLeast(version, '3.9')
          ? 'augmentation.ts'
          : 'augmentation-before-3.9.ts',
      ),
      'utf8',
    );
  }
  return files;
}
