import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { describe, test } from 'node:test';
import ts from 'typescript';
import { docsFolder, readMarkdown, typescriptBlocks } from './helpers/docs.mjs';
import { repository, workspace } from './helpers/package.mjs';
import { run } from './helpers/process.mjs';

const pages = await readMarkdown(docsFolder);

/**
 * The package's exports as the compiler sees them, each with the page the
 * reference should give it and, for interfaces, the interfaces it extends and
 * its properties, each marked as inherited or declared by the interface.
 */
function exportsOfPackage() {
  const entry = join(repository, 'src', 'index.ts');
  const program = ts.createProgram([entry], { noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  assert.ok(moduleSymbol, 'src/index.ts is a module');
  return checker.getExportsOfModule(moduleSymbol).map((symbol) => {
    const isInterface = (symbol.flags & ts.SymbolFlags.Interface) !== 0;
    const declaration = symbol.declarations?.[0];
    const bases =
      declaration && ts.isInterfaceDeclaration(declaration)
        ? (declaration.heritageClauses ?? []).flatMap((clause) =>
            clause.types.map((base) => base.expression.getText()),
          )
        : [];
    const properties = isInterface
      ? checker
          .getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))
          .map((property) => {
            const owner = property.declarations?.[0]?.parent;
            const inherited = owner !== declaration;
            return { name: property.name, inherited };
          })
      : [];
    return {
      name: symbol.name,
      page: `${isInterface ? 'interfaces' : 'type-aliases'}/${symbol.name}.md`,
      title: `# ${isInterface ? 'Interface' : 'Type Alias'}: ${symbol.name}`,
      bases,
      properties,
    };
  });
}

/**
 * The level-3 sections of a page, by the name in their heading.
 *
 * @param {string} markdown
 */
function sections(markdown) {
  return new Map(
    markdown
      .split(/^### /m)
      .slice(1)
      .map((section) => {
        const [heading = '', ...rest] = section.split('\n');
        // typedoc escapes underscores and marks optional members with "?".
        const name = heading.replaceAll('\\', '').replace(/\?$/, '');
        return [name, rest.join('\n')];
      }),
  );
}

/**
 * Asserts that a page's "Defined in" line points at a source line that
 * declares `name`.
 *
 * @param {string} markdown - The page, or one member's section of it.
 * @param {string} name
 */
function assertDefinedIn(markdown, name) {
  const [, file = '', line = ''] =
    markdown.match(/^Defined in: \[(src\/[\w.]+):(\d+)\]/m) ?? [];
  assert.ok(file, `${name}: "Defined in" names a source file and line`);
  const source = readFileSync(join(repository, file), 'utf8').split('\n');
  assert.match(
    source[Number(line) - 1] ?? '',
    new RegExp(`\\b${name}\\b`),
    `${name}: ${file}:${line} declares it`,
  );
}

test('docs/ is what `npm run docs` generates from the sources', async () => {
  const { root } = await workspace();
  const out = join(root, 'docs');
  // typedoc.json treats warnings as errors, so this also fails on an
  // undocumented member, a missing @param or @returns, or a broken link.
  const generated = await run(
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

describe('every export has a complete page', () => {
  for (const exported of exportsOfPackage()) {
    test(exported.name, () => {
      const page = pages.get(exported.page);
      assert.ok(page, `docs/${exported.page} exists`);
      assert.match(
        pages.get('README.md') ?? '',
        new RegExp(`\\[${exported.name}\\]\\(${exported.page}\\)`),
        'the index page links to it',
      );
      const [head = '', ...rest] = page.split(/^## /m);
      assert.ok(head.includes(`\n${exported.title}\n`), exported.title);
      assertDefinedIn(head, exported.name);
      const summary = head.split(/^Defined in: .*$/m)[1]?.trim();
      assert.ok(summary, 'a summary below "Defined in"');
      assert.ok(typescriptBlocks(rest.join('')).length > 0, 'an example');

      const members = sections(page);
      for (const { name, inherited } of exported.properties) {
        const section = members.get(name);
        assert.ok(section, `a section for ${name}`);
        assertDefinedIn(section, name);
        const from = section.match(/^#### Inherited from\n\n\[`(\w+)`\]/m);
        assert.equal(Boolean(from), inherited, `${name}: inherited or not`);
        if (from) assert.ok(exported.bases.includes(from[1] ?? ''), from[0]);
      }
    });
  }
});

test('the SessionWithUserInfo page carries every fact of the original', () => {
  const page = pages.get('interfaces/SessionWithUserInfo.md') ?? '';
  const extendsList = page.split('## Extends\n')[1]?.split('\n## ')[0] ?? '';
  assert.match(extendsList, /^- \[`Session`\]\(Session\.md\)$/m);
  assert.match(extendsList, /^- `Record`\\<`string`, `unknown`\\>$/m);
  assert.match(
    page,
    /## Extended by\n\n- \[`MappedSessionWithUserRights`\]\(MappedSessionWithUserRights\.md\)\n/,
  );
  assert.match(page, /## Indexable\n\n> \\\[`key`: `string`\\\]: `unknown`\n/);
  const members = sections(page);
  const expected = {
    access_token: ['string', 'Session'],
    email: ['string', ''],
    expires_in: ['number', 'Session'],
    identifier: ['string', ''],
    issued: ['Date', 'Session'],
    refresh_token: ['string', 'Session'],
  };
  assert.deepEqual([...members.keys()], Object.keys(expected));
  for (const [name, [type, inheritedFrom]] of Object.entries(expected)) {
    const section = members.get(name) ?? '';
    const escaped = name.replace('_', '\\\\_');
    assert.match(
      section,
      new RegExp(`^> \\*\\*${escaped}\\*\\*: \`${type}\`$`, 'm'),
    );
    assert.match(section, /^Defined in: \[src\/auth\.ts:\d+\]/m);
    if (inheritedFrom) {
      assert.ok(
        section.includes(
          `[\`${inheritedFrom}\`](${inheritedFrom}.md).[\`${name}\`](${inheritedFrom}.md#${name})`,
        ),
        `${name} is inherited from ${inheritedFrom}`,
      );
    }
  }
});

test('the ResourceOwnerAuthApi page warns off browser applications', () => {
  const page = pages.get('interfaces/ResourceOwnerAuthApi.md') ?? '';
  assert.match(page, /not for browser applications/);
});

test('every relative link in docs/ leads to an existing target', async () => {
  for (const [page, markdown] of pages) {
    for (const [, target = ''] of markdown.matchAll(/\]\(([^)]+)\)/g)) {
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
          [...sections(text).keys()].some(
            (heading) => heading.toLowerCase() === anchor,
          ),
          `${page}: ${target} names a section`,
        );
      }
    }
  }
});
