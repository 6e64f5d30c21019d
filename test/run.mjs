// Runs every test/*.test.mjs file with node's test runner, after packing and
// installing the package once for all of them.
import { readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { repository } from '../tools/package.mjs';
import { createWorkspace, workspaceVariable } from './helpers/workspace.mjs';

const folder = join(repository, 'test');
const files = (await readdir(folder))
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => join(folder, name));

const shared = await createWorkspace().catch((error) => {
  console.error(`${error}\nThe package could not be packed and installed.`);
  process.exit(1);
});
process.env[workspaceVariable] = JSON.stringify(shared);
try {
  const stream = run({ files, concurrency: availableParallelism() });
  stream.on('test:fail', () => (process.exitCode = 1));
  for await (const line of stream.compose(new spec())) {
    process.stdout.write(line);
  }
} finally {
  await rm(shared.root, { recursive: true, force: true });
}
