// The next release cannot break code written against the released version
// unseen: semantic versioning for TypeScript types, as semver-ts draws it,
// measured against that version, and tsd's strict identity of each type
// with its counterpart.
import assert from 'node:assert/strict';
import { cp, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import tsd from 'tsd';
import * as released from '../harness/released.mjs';
import * as repository from '../harness/repository.mjs';
import { breaks } from './helpers/semver.mjs';
import { sharedWorkspace } from './helpers/workspace.mjs';

const found = breaks();

test(`no type of ${released.version} changes in a way that breaks code written against it`, () => {
  const report = found.map(
    ({ location, name, reason }) => `${location}: ${name}: ${reason}`,
  );
  if (report.length) assert.fail(report.join('\n'));
});

test(`each type of ${released.version} and its counterpart are identical, as tsd's expectType checks`, async (t) => {
  if (found.length) {
    t.skip('a type changed, as the test above reports');
    return;
  }
  // In a folder of the project where the package is installed, beside
  // 6.0.2, as tsd imports them from where its test file is, with the
  // settings of a tsconfig.json there: tsd checks every declaration file,
  // and TypeScript's own libraries tell nothing about the package.
  const { projects, packageFolder } = await sharedWorkspace();
  const folder = join(projects.package, 'tsd');
  const file = 'test-d/parity.test-d.ts';
  await cp(join(repository.root, file), join(folder, file));
  const compilerOptions = {
    strict: true,
    lib: ['es2020'],
    skipDefaultLibCheck: true,
  };
  await writeFile(
    join(folder, 'tsconfig.json'),
    JSON.stringify({ compilerOptions }),
  );
  await symlink(
    join(repository.root, 'node_modules/tsd'),
    join(projects.package, 'node_modules/tsd'),
  );
  const typingsFile = relative(folder, join(packageFolder, 'dist/index.d.ts'));
  // tsd is CommonJS: its function is the `default` of its exports.
  const diagnostics = await tsd.default({
    cwd: folder,
    typingsFile,
    testFiles: [file],
  });
  const report = diagnostics.map(
    ({ fileName, line, message }) =>
      `${relative(folder, fileName)}:${line}: ${message}`,
  );
  if (report.length) assert.fail(report.join('\n'));
});
