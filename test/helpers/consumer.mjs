import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { repository } from './package.mjs';

const folder = join(repository, 'test', 'fixtures', 'consumer');

/** @param {string} name */
const source = (name) => readFile(join(folder, name), 'utf8');

/**
 * The source files of the fixture consumer, laid out for a module mode: the
 * scenarios in fixtures/consumer/scenarios, each of which uses part of the
 * package and checks the result when run; the augmentation; and a `main` entry
 * that loads the package at run time with `require` (CommonJS) or `import`
 * (ES module). node16 gets both a CommonJS and an ES module copy of each
 * scenario and entry, but one augmentation: an application augments a
 * package once, and TypeScript 4.7 loses the package's own members when the
 * same augmentation comes from a .cts and a .mts file.
 *
 * @param {'node10' | 'node16' | 'bundler'} mode
 * @returns {Promise<Record<string, string>>} File names and their text.
 */
export async function consumerFiles(mode) {
  const scenarioFolder = join(folder, 'scenarios');
  const scenarios = await Promise.all(
    (await readdir(scenarioFolder)).map(async (name) => [
      basename(name, '.ts'),
      await readFile(join(scenarioFolder, name), 'utf8'),
    ]),
  );
  const augmentation = await source('augmentation.ts');
  /**
   * @param {string} extension
   * @param {'require' | 'import'} loader
   */
  const copies = async (extension, loader) => ({
    ...Object.fromEntries(
      scenarios.map(([name, text]) => [`${name}${extension}`, text]),
    ),
    [`main${extension}`]: await source(`load-with-${loader}.ts`),
  });
  switch (mode) {
    case 'node10':
      return {
        'augmentation.ts': augmentation,
        ...(await copies('.ts', 'require')),
      };
    case 'node16':
      return {
        'augmentation.cts': augmentation,
        ...(await copies('.cts', 'require')),
        ...(await copies('.mts', 'import')),
      };
    case 'bundler':
      return {
        'augmentation.ts': augmentation,
        ...(await copies('.ts', 'import')),
      };
  }
}
