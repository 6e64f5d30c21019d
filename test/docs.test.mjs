import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { test } from 'node:test';
import { readFolder } from '../tools/files.mjs';
import { packageName, repository } from '../tools/package.mjs';
import { succeed } from '../tools/process.mjs';
import { readDeclarations } from './helpers/declarations.mjs';
import * as markdown from './helpers/markdown.mjs';
import { workspace } from './helpers/workspace.mjs';

const { docsFolder, links, parse, plainText, section, sections } = markdown;
const pages = new Map(Object.entries(await readFolder(docsFolder)));

test('docs/ is what `npm run docs` generates from the sources', async () => {
  const out = join((await workspace()).root, 'docs');
  // typedoc.json treats warnings as errors, so this also fails on what the
  // validation finds: an undocumented member or parameter, a missing
  // summary, example or @returns, an example that does not start with its
  // code block, or a broken link.
  const typedoc = join(repository, 'node_modules', '.bin', 'typedoc');
  await succeed(typedoc, ['--out', out], { cwd: repository });
  const fresh = await readFolder(out);
  assert.deepEqual([...pages.keys()], Object.keys(fresh), 'the same pages');
  for (const [page, text] of Object.entries(fresh)) {
    assert.ok(pages.get(page) === text, `docs/${page} is stale`);
  }
});

test('the SessionWithUserInfo page carries every fact of the original', async () => {
  const page = parse(pages.get('interfaces/SessionWithUserInfo.md') ?? '');
  const [title] = sections(page);
  assert.match(title?.title ?? '', /\bSessionWithUserInfo$/);
  const intro = title?.tokens ?? [];
  const end = intro.findIndex(({ type }) => type === 'heading_open');
  assert.match(plainText(intro.slice(0, end)), /claims/, 'a summary');

  // Its place in the hierarchy, and its index signature.
  const bases = section(page, 'Extends');
  assert.ok(links(bases).includes('Session.md'));
  assert.ok(plainText(bases).includes('Record<string, unknown>'));
  const extendedBy = links(section(page, 'Extended by'));
  assert.deepEqual(extendedBy, ['MappedSessionWithUserRights.md']);
  const index = plainText(section(page, 'Indexable'));
  assert.match(index, /\[\w+: string\]: unknown/);

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
  const members = sections(section(page, 'Properties'));
  const level = Math.min(...members.map((member) => member.level));
  assert.deepEqual(
    members.filter((member) => member.level === level).map((m) => m.title),
    Object.keys(expected),
  );
  for (const [name, [type, inherited]] of Object.entries(expected)) {
    const member = section(page, name);
    assert.ok(plainText(member).includes(`${name}: ${type}`), name);
    const fromSession = `Session.md#${markdown.anchorOf(name)}`;
    assert.equal(links(member).includes(fromSession), inherited, name);
    const source = links(member).find((to) => to.startsWith('../../src/'));
    const [file = '', line = ''] = source?.split('#L') ?? [];
    const path = normalize(join(docsFolder, 'interfaces', file));
    const declaring = (await readFile(path, 'utf8')).split('\n');
    assert.match(
      declaring[Number(line) - 1] ?? '',
      new RegExp(`\\b${name}\\b`),
    );
  }
});

test('the ResourceOwnerAuthApi page warns off browser applications', () => {
  const page = parse(pages.get('interfaces/ResourceOwnerAuthApi.md') ?? '');
  assert.match(plainText(page), /not for browser applications/);
});

test('the picture at the top shows every type and how the contract fits together', () => {
  const [picture] = markdown
    .codeBlocks(parse(pages.get('README.md') ?? ''))
    .filter(({ language }) => language === 'mermaid');
  const lines = (picture?.code ?? '').split('\n').map((line) => line.trim());
  const shown = lines.flatMap((line) => /^class (\w+)$/.exec(line)?.[1] ?? []);
  const paged = [...pages.keys()].flatMap(
    (page) => /\/(\w+)\.md$/.exec(page)?.[1] ?? [],
  );
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
  for (const [page, text] of pages) {
    for (const target of links(parse(text))) {
      if (/^[a-z]+:/.test(target)) continue;
      const [file = '', anchor = ''] = target.split('#');
      const linked = file
        ? await readFile(
            normalize(join(docsFolder, dirname(page), file)),
            'utf8',
          )
        : text;
      const line = /^L(\d+)$/.exec(anchor)?.[1];
      const found = line
        ? linked.split('\n').length >= Number(line)
        : !anchor ||
          sections(parse(linked)).some(
            ({ title }) => markdown.anchorOf(title) === anchor,
          );
      assert.ok(found, `${page}: ${target}`);
    }
  }
});

test('the README names every type the package exports', async () => {
  const { consumer } = await workspace();
  const index = join(consumer, 'node_modules', packageName, 'dist/index.d.ts');
  const [title] = sections(markdown.readme);
  const intro = title?.tokens ?? [];
  const end = intro.findIndex(({ type }) => type === 'paragraph_close');
  assert.deepEqual(
    markdown.codeSpans(intro.slice(0, end)).sort(),
    readDeclarations([index]).exportsOf(index),
  );
});
