import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { repository } from './helpers/package.mjs';
import { run } from './helpers/process.mjs';

test('prettier: every source file is formatted', async () => {
  const checked = await run(
    join(repository, 'node_modules', '.bin', 'prettier'),
    ['--check', '.'],
    { cwd: repository },
  );
  assert.equal(checked.code, 0, checked.stdout + checked.stderr);
});

test('.ci/run runs the test command of the README, and nothing else', async () => {
  const read = (name) => readFile(join(repository, name), 'utf8');
  const commands = (await read('.ci/run'))
    .split('\n')
    .filter((line) => /^npm /.test(line));
  assert.deepEqual(commands, ['npm ci && npm test']);
  assert.match(await read('README.md'), /^npm ci && npm test$/m);
});
