// Runs every test/*.test.mjs file with node's test runner, after packing and
// installing the package once for all of them, and reports each failure
// once: the assertion's message, which names the repository's lines; the
// stack only where the suite itself threw.
import { readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { run } from 'node:test';
import * as repository from '../harness/repository.mjs';
import { createWorkspace, workspaceVariable } from './helpers/workspace.mjs';

const folder = join(repository.root, 'test');
const files = (await readdir(folder))
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => join(folder, name));

const shared = await createWorkspace().catch((error) => {
  console.error(`${error}\nThe package could not be packed and installed.`);
  process.exit(1);
});
process.env[workspaceVariable] = JSON.stringify(shared);
/** @param {string} text */
const indented = (text) => text.trim().replace(/^/gm, '  ');
try {
  const counts = { pass: 0, fail: 0, skip: 0 };
  for await (const { type, data } of run({
    files,
    concurrency: availableParallelism(),
  })) {
    if (type === 'test:stdout' || type === 'test:stderr') {
      process.stdout.write(data.message);
    } else if (type === 'test:pass' && data.skip) {
      counts.skip += 1;
      console.log(`﹣ ${data.name} (skipped: ${data.skip})`);
    } else if (type === 'test:pass') {
      counts.pass += 1;
      console.log(`✔ ${data.name}`);
    } else if (type === 'test:fail') {
      counts.fail += 1;
      const { cause = data.details.error } = data.details.error;
      const error = /** @type {Error & { code?: string }} */ (cause);
      const shown =
        error.code === 'ERR_ASSERTION' ? error.message : error.stack;
      const at = `${relative(repository.root, data.file ?? '')}:${data.line}`;
      console.log(`✖ ${data.name} (${at})\n${indented(`${shown}`)}`);
    }
  }
  const skipped = counts.skip ? `, ${counts.skip} skipped` : '';
  console.log(`ℹ ${counts.pass} passed, ${counts.fail} failed${skipped}`);
  if (counts.fail) process.exitCode = 1;
} finally {
  await rm(shared.root, { recursive: true, force: true });
}
