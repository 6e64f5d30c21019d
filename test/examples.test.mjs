// Every example of the reference and the README, compiled against the packed
// package by the newest TypeScript of the matrix, as the one a user pasting
// them today most likely has; the matrix compiles the README's with the rest.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { readFolder } from '../tools/files.mjs';
import { packageName, repository } from '../tools/package.mjs';
import { released } from '../tools/released.mjs';
import * as typescript from '../tools/typescript.mjs';
import * as markdown from './helpers/markdown.mjs';
import { workspace } from './helpers/workspace.mjs';

/**
 * The TypeScript and JavaScript examples of a page.
 *
 * @param {string} page
 * @param {markdown.Token[]} tokens
 */
const examplesOf = (page, tokens) =>
  markdown
    .codeBlocks(tokens)
    .filter(({ language }) => language === 'ts' || language === 'js')
    .map(({ language, code }, index) => ({
      name: `${page} example ${index + 1} (${language})`,
      file: `example-${index + 1}.${language}`,
      code,
    }));

const readme = examplesOf('README.md', markdown.readme);
const pages = await readFolder(markdown.docsFolder);
const examples = [
  ...Object.entries(pages).flatMap(([page, text]) =>
    examplesOf(page, markdown.parse(text)),
  ),
  ...readme,
];
// What the README says does not compile, each naming its error first.
const counterExamples = Object.entries(
  await readFolder(join(repository, 'test', 'fixtures', 'counter-examples')),
).map(([file, code]) => ({ name: file, file, code }));
const together = 'README.md together';
const newest = typescript.compilers.at(-1) ?? { version: '', packageName: '' };

const root = join((await workspace()).consumer, 'examples');
const folderOf = (/** @type {string} */ name) =>
  join(root, name.replace(/\W+/g, '-'));
// Each example is a project of its own, so that nothing one of them declares,
// such as a module augmentation, can help or break another; the README's
// also go together, as a user copies them into one project.
const projects = [
  ...[...examples, ...counterExamples].map((one) => ({ ...one, of: [one] })),
  { name: together, of: readme },
];
for (const { name, of } of projects) {
  // TypeScript allows isolatedDeclarations, which a library author who copies
  // an example needs, only without JavaScript.
  const javascript = of.some(({ file }) => file.endsWith('.js'));
  await typescript.writeProject(folderOf(name), {
    compilerOptions: {
      ...typescript.consumerOptions(newest.version),
      module: 'nodenext',
      noEmit: true,
      ...(javascript
        ? { allowJs: true, checkJs: true }
        : { declaration: true, isolatedDeclarations: true }),
    },
    type: 'module',
    files: Object.fromEntries(of.map(({ file, code }) => [file, code])),
  });
}
const errors = await typescript.buildProjects(
  newest.packageName,
  projects.map(({ name }) => folderOf(name)),
);
/** @param {string} name */
const reported = (name) =>
  (errors.get(folderOf(name)) ?? []).map(({ text }) => text);

test('the docs hold TypeScript and JavaScript examples', () => {
  assert.ok(examples.some(({ file }) => file.endsWith('.ts')));
  assert.ok(examples.some(({ file }) => file.endsWith('.js')));
});

for (const { name, code } of examples) {
  test(`${name} compiles alone`, () => {
    assert.ok(code.includes(`'${packageName}'`), 'uses the package by name');
    assert.deepEqual(reported(name), []);
  });
}

test("the README's examples compile together", () => {
  assert.deepEqual(reported(together), []);
});

for (const { name, code } of counterExamples) {
  test(`${name} fails as the README says`, () => {
    const [, fails] = /^\/\/ Fails with (TS\d+)/.exec(code) ?? [];
    assert.ok(fails, `${name} names the error it fails with`);
    const codes = reported(name).map((text) => /error (TS\d+)/.exec(text));
    assert.deepEqual(
      codes.map((match) => match?.[1]),
      [fails],
    );
  });
}

test('the README quotes the error of an undeclared @ballware/meta-interface', () => {
  const upgrading = `Upgrading from ${released.version}`;
  const [quote] = markdown
    .codeBlocks(markdown.section(markdown.readme, upgrading))
    .filter(({ language }) => language === 'text');
  const [error = ''] = reported('undeclared-meta-interface.ts');
  assert.equal(quote?.code.trim(), error.replace(/^.*?: (?=error)/, ''));
});
