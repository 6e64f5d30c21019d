import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { repository } from '../tools/package.mjs';
import { runCommand } from '../tools/process.mjs';
import { workspace } from './helpers/workspace.mjs';

test('tsd: the type tests in test-d pass against the built declarations', async () => {
  // The workspace's npm pack has just built dist/, which tsd checks through
  // the package's own exports, as a consumer resolves them.
  await workspace();
  const checked = await runCommand(
    join(repository, 'node_modules', '.bin', 'tsd'),
    [],
    { cwd: repository },
  );
  assert.equal(checked.code, 0, checked.stdout + checked.stderr);
});
