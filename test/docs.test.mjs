import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { test } from 'node:test';
import { repository } from '../tools/package.mjs';
import { runCommand } from '../tools/process.mjs';
import {
  anchorOf,
  codeBlocks,
  docsFolder,
  links,
  plainText,
  readMarkdown,
  sections,
} from './helpers/docs.mjs';
import { workspace } from './helpers/workspace.mjs';

const pages = await readMarkdown(docsFolder);

test('docs/ is what `npm run docs` generates from the sources', async () => {
  const { root } = await workspace();
  const out = join(root, 'docs');
  // typedoc.json treats warnings as errors, so this also fails on what the
  // validation finds: an undocumented member or parameter, a missing
  // summary, example or @returns, an example that does not start with its
  // code block, or a broken link.
  const generated = await runCommand(
    join(repository, 'node_modules', '.bin', 'typedoc'),
    ['--out', out],
    { cwd: repository },
  );
  assert.equal(generated.code, 0, generated.stdout + generated.stderr);
  const fresh = await readMarkdown(out);
  assert.deepEqual([...pages.keys()], [...fresh.keys()], 'the same pages');
  for (const [page, text] of fresh) {
    assert.ok(
      pages.get(page) === text,
      `docs/${page} is stale: run \`npm run docs\` and commit the result`,
    );
  }
});

/**
 * The one section of `markdown` with this title.
 *
 * @param {string} markdown
 * @param {string} title
 */
function section(markdown, title) {
  const found = sections(markdown).filter((each) => each.title === title);
  assert.equal(found.length, 1, `one section "${title}"`);
  return found[0]?.text ?? '';
}

test('the SessionWithUserInfo page carries every fact of the original', async () => {
  const page = pages.get('interfaces/SessionWithUserInfo.md') ?? '';
  const [title] = sections(page);
  assert.match(title?.title ?? '', /\bSessionWithUserInfo$/);
  assert.ok(plainText(title?.text ?? '').includes('claims'), 'a summary');

  // Its place in the hierarchy, and its index signature.
  const bases = section(page, 'Extends');
  assert.ok(links(bases).some(({ target }) => target === 'Session.md'));
  assert.ok(plainText(bases).includes('Record<string, unknown>'));
  assert.deepEqual(
    links(section(page, 'Extended by')).map(({ target }) => target),
    ['MappedSessionWithUserRights.md'],
  );
  assert.match(
    plainText(section(page, 'Indexable')),
    /\[\w+: string\]: unknown/,
  );

  // Six members, their types, which are inherited from Session, and the
  // source line that declares each.
  const expected = {
    access_token: ['string', true],
    email: ['string', false],
    expires_in: ['number', true],
    identifier: ['string', false],
    issued: ['Date', true],
    refresh_token: ['string', true],
  };
  const members = sections(section(page, 'Properties')).filter(
    ({ level }) => level === 3,
  );
  assert.deepEqual(
    members.map(({ title: name }) => name),
    Object.keys(expected),
  );
  for (const { title: name, text } of members) {
    const [type, inherited] =
      expected[/** @type {keyof typeof expected} */ (name)];
    assert.ok(plainText(text).includes(`${name}: ${type}`), `${name}: ${type}`);
    const fromSession = links(text).some(
      ({ target }) => target === `Session.md#${anchorOf(name)}`,
    );
    assert.equal(fromSession, inherited, `${name} is inherited from Session`);
    const source = links(text).find(({ target }) =>
      target.startsWith('../../src/'),
    );
    assert.ok(source, `${name}: where it is defined`);
    const [file = '', line = ''] = source.target.split('#L');
    const lines = (
      await readFile(normalize(join(docsFolder, 'interfaces', file)), 'utf8')
    ).split('\n');
    assert.match(lines[Number(line) - 1] ?? '', new RegExp(`\\b${name}\\b`));
  }
});

test('the ResourceOwnerAuthApi page warns off browser applications', () => {
  const page = pages.get('interfaces/ResourceOwnerAuthApi.md') ?? '';
  assert.match(plainText(page), /not for browser applications/);
});

test('the picture at the top shows every type and how the contract fits together', () => {
  const index = pages.get('README.md') ?? '';
  const [picture] = codeBlocks(index).filter(
    ({ language }) => language === 'mermaid',
  );
  assert.ok(picture, 'docs/README.md has a Mermaid diagram');
  const lines = picture.code.split('\n').map((line) => line.trim());
  const shown = lines.flatMap((line) => /^class (\w+)$/.exec(line)?.[1] ?? []);
  const paged = [...pages.keys()]
    .filter((page) => page !== 'README.md')
    .map((page) => page.replace(/^.*\/(\w+)\.md$/, '$1'));
  assert.deepEqual(shown.sort(), paged.sort(), 'a box for each page');
  // What a reader looks for first: the hierarchy of the seed page, what
  // login takes and gives back, and where Rights sits.
  for (const relation of [
    'Session <|-- SessionWithUserInfo',
    'SessionWithUserInfo <|-- MappedSessionWithUserRights',
    'ResourceOwnerAuthApi ..> UserInfoMappingFunc : login takes',
    'ResourceOwnerAuthApi ..> SessionWithUserInfo : login gives back',
    'MappedSessionWithUserRights --> Rights : rights',
  ]) {
    assert.ok(lines.includes(relation), relation);
  }
});

test('every relative link in docs/ leads to an existing target', async () => {
  for (const [page, markdown] of pages) {
    for (const { target } of links(markdown)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [file = '', anchor] = target.split('#');
      const text = file
        ? await readFile(
            normalize(join(docsFolder, dirname(page), file)),
            'utf8',
          ).catch(() => undefined)
        : markdown;
      assert.ok(text !== undefined, `${page}: ${target} exists`);
      const line = anchor?.match(/^L(\d+)$/)?.[1];
      if (line) {
        assert.ok(
          text.split('\n').length >= Number(line),
          `${page}: ${target} is a line of the file`,
        );
      } else if (anchor) {
        assert.ok(
          sections(text).some(({ title }) => anchorOf(title) === anchor),
          `${page}: ${target} names a section`,
        );
      }
    }
  }
});
