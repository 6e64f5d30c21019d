// The generated files, each what `npm run build` makes from the sources:
// the API reference in docs/, at the 6.0 reference's addresses, and the API
// report in etc/.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { test } from 'node:test';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import ts from 'typescript';
import { readFolder } from '../tools/files.mjs';
import { packageName, repository } from '../tools/package.mjs';
import { succeed } from '../tools/process.mjs';
import { released } from '../tools/released.mjs';
import { readDeclarations } from './helpers/declarations.mjs';
import * as markdown from './helpers/markdown.mjs';
import { workspace } from './helpers/workspace.mjs';

const { anchorOf, links, parse, plainText, section, sections } = markdown;
const pages = new Map(Object.entries(await readFolder(markdown.docsFolder)));
/** @param {string} page */
const tokensOf = (page) => parse(pages.get(page) ?? '');
const index = tokensOf('modules.md');
const { root, installed } = await workspace();
const dist = join(installed, 'dist');
const shipped = (await readdir(dist))
  .filter((name) => name.endsWith('.d.ts'))
  .map((name) => join(dist, name));
const declarations = readDeclarations(shipped);
/** Every type the package declares, at its root or at a path of its own. */
const declared = [...new Set(shipped.flatMap(declarations.exportsOf))].sort();

test('docs/ is what `npm run build` generates from the sources', async () => {
  // typedoc.json treats warnings as errors, so this also fails on what the
  // validation finds: an undocumented member or parameter, a missing
  // summary, example or @returns, an example that does not start with its
  // code block, or a broken link.
  const out = join(root, 'docs');
  const typedoc = join(repository, 'node_modules', '.bin', 'typedoc');
  await succeed(typedoc, ['--out', out], { cwd: repository });
  const fresh = await readFolder(out);
  assert.deepEqual([...pages.keys()], Object.keys(fresh), 'the same pages');
  for (const [page, text] of Object.entries(fresh)) {
    assert.ok(pages.get(page) === text, `docs/${page} is stale`);
  }
});

test('the API report in etc/ is what `npm run build` generates from the declarations', async () => {
  const path = join(repository, 'api-extractor.json');
  const configObject = ExtractorConfig.loadFile(path);
  const reportTempFolder = join(root, 'api-report');
  const apiReport = {
    enabled: true,
    ...configObject.apiReport,
    reportTempFolder,
  };
  const config = ExtractorConfig.prepare({
    configObject: { ...configObject, apiReport },
    configObjectFullPath: path,
    packageJsonFullPath: join(repository, 'package.json'),
  });
  Extractor.invoke(config, { messageCallback: (m) => (m.handled = true) });
  const name = `${packageName.split('/').pop()}.api.md`;
  const fresh = await readFile(join(reportTempFolder, name), 'utf8');
  assert.equal(await readFile(join(repository, 'etc', name), 'utf8'), fresh);
});

test(`every page and member of the ${released.version.slice(0, 3)} reference keeps its address and its facts`, async () => {
  // The 6.0 reference had docs/README.md, the index docs/modules.md with the
  // type aliases on it, and a page per interface, named in lower case, with
  // an anchor per member.
  assert.ok(pages.has('README.md'), 'docs/README.md');
  const { checker, symbolsOf } = declarations;
  const ours = new Map(shipped.flatMap(symbolsOf).map((s) => [s.name, s]));
  const before = join(released.folder, 'dist/index.d.ts');
  for (const { name } of readDeclarations([before]).symbolsOf(before)) {
    const symbol = ours.get(name);
    assert.ok(symbol, name);
    if (!(symbol.flags & ts.SymbolFlags.Interface)) {
      assert.ok(section(index, name).length, `modules.md#${anchorOf(name)}`);
      continue;
    }
    const address = `interfaces/${name.toLowerCase()}.md`;
    const page = tokensOf(address);
    const [title] = sections(page);
    assert.equal(title?.title, `Interface: ${name}`, address);
    // Its summary, its bases, its index signature and its members, each
    // with its type, the base it comes from, and the line that declares it.
    assert.equal(
      title?.tokens[0]?.type,
      'paragraph_open',
      `${address}: summary`,
    );
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const bases = checker
      .getBaseTypes(/** @type {ts.InterfaceType} */ (type))
      .map((base) => checker.typeToString(base));
    for (const base of bases) {
      assert.ok(plainText(section(page, 'Extends')).includes(base), base);
    }
    if (checker.getIndexInfosOfType(type).length) section(page, 'Indexable');
    for (const other of ours.values()) {
      const extended = checker.getDeclaredTypeOfSymbol(other);
      if (!extended.isClassOrInterface()) continue;
      if (!checker.getBaseTypes(extended).some((b) => b.symbol === symbol))
        continue;
      assert.ok(plainText(section(page, 'Extended by')).includes(other.name));
    }
    for (const member of checker.getPropertiesOfType(type)) {
      // An optional member's heading marks it so.
      const optional = member.flags & ts.SymbolFlags.Optional ? '?' : '';
      // The first of that title; a parameter may have the member's name.
      const heading = `${member.name}${optional}`;
      const text = sections(page).find((one) => one.title === heading)?.tokens;
      assert.ok(text, `${address}#${anchorOf(member.name)}`);
      const memberType = checker.getTypeOfSymbol(member);
      const shown = `${member.name}${optional}: ${checker.typeToString(memberType)}`;
      const callable = memberType.getCallSignatures().length;
      assert.ok(callable || plainText(text).includes(shown), shown);
      // An inherited member links to the base it comes through.
      const owner = member.declarations?.[0]?.parent;
      if (
        owner &&
        ts.isInterfaceDeclaration(owner) &&
        owner.name.text !== name
      ) {
        const anchor = `.md#${anchorOf(member.name)}`;
        const from = bases.map((base) => base.toLowerCase() + anchor);
        assert.ok(
          links(text).some((to) => from.includes(to)),
          from.join(),
        );
      }
      const source = links(text).find((to) => to.startsWith('/src/')) ?? '';
      const [path = '', line = ''] = source.split('#L');
      const lines = (await readFile(join(repository, path), 'utf8')).split(
        '\n',
      );
      assert.match(
        lines[Number(line) - 1] ?? '',
        new RegExp(`\\b${member.name}\\b`),
      );
    }
  }
});

test('the ResourceOwnerAuthApi page warns off browser applications', () => {
  const page = tokensOf('interfaces/resourceownerauthapi.md');
  assert.match(plainText(page), /not for browser applications/);
});

test('the picture of the index shows every type and how the contract fits together', () => {
  const [picture] = markdown
    .codeBlocks(index)
    .filter(({ language }) => language === 'mermaid');
  const lines = (picture?.code ?? '').split('\n').map((line) => line.trim());
  const shown = lines.flatMap((line) => /^class (\w+)$/.exec(line)?.[1] ?? []);
  assert.deepEqual(shown.sort(), declared, 'a box for each type');
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
      const [file = '', anchor = ''] = target.split('#');
      if (/^[a-z]+:/.test(file)) continue;
      // GitHub resolves a link that starts with / from the repository.
      const base = file.startsWith('/')
        ? repository
        : join(markdown.docsFolder, dirname(page));
      const linked = file
        ? await readFile(normalize(join(base, file)), 'utf8')
        : text;
      const line = /^L(\d+)$/.exec(anchor)?.[1];
      const found = line
        ? linked.split('\n').length >= Number(line)
        : !anchor ||
          sections(parse(linked)).some(
            ({ title }) => anchorOf(title) === anchor,
          );
      assert.ok(found, `${page}: ${target}`);
    }
  }
});
