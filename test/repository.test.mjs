// The repository itself: its formatting, its CI entry point and the types
// of the suite's own JavaScript.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import * as compilers from '../harness/compilers.mjs';
import * as repository from '../harness/repository.mjs';
import { codeBlocks, readme } from './helpers/markdown.mjs';

test('prettier: every source file is formatted', async () => {
  const prettier = join(repository.root, 'node_modules', '.bin', 'prettier');
  const args = ['--check', '.'];
  await promisify(execFile)(prettier, args, { cwd: repository.root }).catch(
    (/** @type {{ stdout: string, stderr: string }} */ { stdout, stderr }) =>
      assert.fail(
        `${stdout}${stderr}`.trim() + '\n`npm run format` formats them.',
      ),
  );
});

test('.ci/run runs the commands of the README that install and test, and nothing else', async () => {
  const run = await readFile(join(repository.root, '.ci/run'), 'utf8');
  const commands = run.split('\n').filter((line) => /^npm /.test(line));
  assert.deepEqual(commands, ['npm ci && npm test']);
  const shown = codeBlocks(readme).flatMap(({ code }) => code.split('\n'));
  for (const command of ['npm ci', 'npm test']) {
    assert.ok(shown.includes(command), `the README shows ${command}`);
  }
});

test('the JavaScript of the suite type-checks strictly', async () => {
  // The newest compiler of the matrix, which is also the fastest.
  const suite = join(repository.root, 'tsconfig.suite.json');
  const { code, stdout } = await compilers.tsc(compilers.newest, ['-p', suite]);
  assert.equal(code, 0, stdout);
});
