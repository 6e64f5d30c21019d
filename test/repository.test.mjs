import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { repository } from '../tools/package.mjs';
import { runCommand } from '../tools/process.mjs';
import { compilers, tsc } from '../tools/typescript.mjs';

test('prettier: every source file is formatted', async () => {
  const checked = await runCommand(
    join(repository, 'node_modules', '.bin', 'prettier'),
    ['--check', '.'],
    { cwd: repository },
  );
  assert.equal(checked.code, 0, checked.stdout + checked.stderr);
});

test('.ci/run runs the test command of the README, and nothing else', async () => {
  const read = (/** @type {string} */ name) =>
    readFile(join(repository, name), 'utf8');
  const commands = (await read('.ci/run'))
    .split('\n')
    .filter((line) => /^npm /.test(line));
  assert.deepEqual(commands, ['npm ci && npm test']);
  assert.match(await read('README.md'), /^npm ci && npm test$/m);
});

test('the JavaScript of the suite type-checks strictly', async () => {
  // The newest compiler of the matrix, which is also the fastest.
  const newest = compilers.at(-1);
  assert.ok(newest);
  const checked = await tsc(
    newest.packageName,
    join(repository, 'tsconfig.suite.json'),
  );
  assert.equal(checked.code, 0, checked.stdout + checked.stderr);
});
