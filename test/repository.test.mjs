import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { repository } from '../tools/package.mjs';
import { succeed } from '../tools/process.mjs';
import { newest, tsc } from '../tools/compilers.mjs';
import { codeBlocks, readme } from './helpers/markdown.mjs';

test('prettier: every source file is formatted', async () => {
  const prettier = join(repository, 'node_modules', '.bin', 'prettier');
  await succeed(prettier, ['--check', '.'], { cwd: repository });
});

test('.ci/run runs the test command of the README, and nothing else', async () => {
  const run = await readFile(join(repository, '.ci/run'), 'utf8');
  const commands = run.split('\n').filter((line) => /^npm /.test(line));
  assert.deepEqual(commands, ['npm ci && npm test']);
  const shown = codeBlocks(readme).flatMap(({ code }) => code.split('\n'));
  assert.ok(shown.includes('npm ci && npm test'), 'the README shows it');
});

test('the JavaScript of the suite type-checks strictly', async () => {
  // The newest compiler of the matrix, which is also the fastest.
  const suite = join(repository, 'tsconfig.suite.json');
  const { code, stdout } = await tsc(newest.packageName, ['-p', suite]);
  assert.equal(code, 0, stdout);
});
