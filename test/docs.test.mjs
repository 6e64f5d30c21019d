// The generated files, each what `npm run build` makes from the sources: the
// API reference in docs/, at the addresses of the 6.0 reference, and the
// API report in etc/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, relative } from 'node:path';
import { test } from 'node:test';
import { promisify, stripVTControlCharacters } from 'node:util';
import ts from 'typescript';
import * as compilers from '../harness/compilers.mjs';
import { listFiles, readFolder } from '../harness/files.mjs';
import * as released from '../harness/released.mjs';
import * as repository from '../harness/repository.mjs';
import {
  declarationFilesOf,
  readDeclarations,
} from './helpers/declarations.mjs';
import * as markdown from './helpers/markdown.mjs';
import { sharedWorkspace } from './helpers/workspace.mjs';

const run = promisify(execFile);
const { anchorOf, links, parse, plainText, section, sections } = markdown;
const pages = new Map(Object.entries(await readFolder(markdown.docsFolder)));
/** @param {string} page */
const tokensOf = (page) => parse(pages.get(page) ?? '');
const index = tokensOf('modules.md');
const workspace = await sharedWorkspace();

// The declaration files of each side: for the package, those it ships.
const files = {
  package: await declarationFilesOf(workspace.packageFolder),
  released: await declarationFilesOf(released.folder),
};
const declarations = readDeclarations([...files.package, ...files.released]);
const { checker } = declarations;
/** @param {string[]} paths @returns {Map<string, ts.Symbol>} By name. */
const exported = (paths) =>
  new Map(
    paths
      .flatMap(declarations.symbolsOf)
      .map((symbol) => [symbol.name, symbol]),
  );
const packageTypes = exported(files.package);
const releasedTypes = exported(files.released);

/**
 * The sources of the package, where a broken `{@link}` is one, at its line.
 * TypeScript resolves a link in a declaration file as it does here, and
 * typedoc reports the same broken links without a line.
 */
const brokenLinks = await (async () => {
  const sources = (await listFiles(join(repository.root, 'src')))
    .filter(({ path }) => !path.endsWith('.d.ts'))
    .map(({ path }) => join(repository.root, 'src', path));
  const program = ts.createProgram(sources, { noLib: true, types: [] });
  const linkChecker = program.getTypeChecker();
  /** @type {Array<{ location: string, link: string }>} */
  const found = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (
      ts.isJSDocLink(node) ||
      ts.isJSDocLinkCode(node) ||
      ts.isJSDocLinkPlain(node)
    ) {
      if (!node.name || !linkChecker.getSymbolAtLocation(node.name)) {
        const source = node.getSourceFile();
        const { line } = source.getLineAndCharacterOfPosition(node.pos);
        const file = relative(repository.root, source.fileName);
        found.push({ location: `${file}:${line + 1}`, link: node.getText() });
      }
    }
    ts.forEachChild(node, visit);
    if (!ts.isJSDoc(node)) ts.getJSDocCommentsAndTags(node).forEach(visit);
  };
  for (const path of sources) {
    const source = program.getSourceFile(path);
    if (source) visit(source);
  }
  return found;
})();

/**
 * What typedoc, as `npm run build` runs it, finds wrong, but the broken
 * links above, and the pages of docs/ that differ from what it generates.
 * typedoc.json treats its warnings as errors: an undocumented member or
 * parameter, a missing summary, example, @since or @returns, an example
 * that does not start with its code block, or a broken link.
 */
const generated = await (async () => {
  const out = join(workspace.root, 'docs');
  const typedoc = join(repository.root, 'node_modules', '.bin', 'typedoc');
  const env = { ...process.env, NO_COLOR: '1' };
  const printed = await run(typedoc, ['--out', out], {
    cwd: repository.root,
    env,
  }).then(
    () => '',
    (/** @type {{ stdout: string, stderr: string }} */ { stdout, stderr }) =>
      `${stdout}\n${stderr}`,
  );
  const reported = brokenLinks.map(
    ({ link }) => /\{@link\w* ([\w.]+)/.exec(link)?.[1] ?? link,
  );
  const warnings = printed
    .split('\n')
    .filter((line) => /^\[(warning|error)\]/.test(line))
    .filter((line) => !/^\[warning\] Found \d+ errors/.test(line))
    .filter(
      (line) => !reported.some((name) => line.includes(`link to "${name}"`)),
    )
    .map((line) => line.replace(/^\[\w+\] /, ''));
  const fresh = printed ? {} : await readFolder(out);
  const stale = printed
    ? []
    : [...new Set([...pages.keys(), ...Object.keys(fresh)])]
        .filter((page) => pages.get(page) !== fresh[page])
        .map((page) => `docs/${page}`);
  return { failed: Boolean(printed), warnings, stale };
})();

/**
 * A test of what docs/ says skips where docs/ is not what the sources
 * generate, which the test of that reports.
 *
 * @param {import('node:test').TestContext} t
 * @returns {boolean} Whether it skipped.
 */
function skipWhereStale(t) {
  const stale = generated.failed || generated.stale.length > 0;
  if (stale)
    t.skip('docs/ is not what the sources generate, as a test above reports');
  return stale;
}

test('every {@link} in the sources names something the declaration file of its source has in scope', () => {
  const report = brokenLinks.map(
    ({ location, link }) => `${location}: ${link}`,
  );
  if (report.length) assert.fail(report.join('\n'));
});

test('docs/ is what `npm run build` generates from the sources', (t) => {
  const { failed, warnings, stale } = generated;
  if (failed && !warnings.length) {
    t.skip('typedoc fails on the broken links the test above reports');
    return;
  }
  if (warnings.length) {
    assert.fail(
      `typedoc, as \`npm run docs\` runs it:\n${warnings.join('\n')}`,
    );
  }
  if (stale.length) {
    assert.fail(
      `${stale.join('\n')}\n  differ from what \`npm run build\` makes`,
    );
  }
});

test('the API report in etc/ is what `npm run build` generates from the declarations', async () => {
  // In the copy that `npm pack` built, where api-extractor compares the
  // declarations with the report, as it does without --local.
  const extractor = join(
    repository.root,
    'node_modules',
    '.bin',
    'api-extractor',
  );
  await run(extractor, ['run'], { cwd: workspace.copy }).catch(
    (/** @type {{ stdout: string, stderr: string }} */ { stdout, stderr }) => {
      // api-extractor colours what it prints, wherever it prints to.
      const printed = stripVTControlCharacters(`${stdout}\n${stderr}`).split(
        '\n',
      );
      const said = printed.filter((line) => /^(Warning|Error):/.test(line));
      assert.fail(
        `etc/identity-interface.api.md: api-extractor run says:\n${(said.length ? said : printed).join('\n').trim()}`,
      );
    },
  );
});

test(`every page and member of the ${released.version.slice(0, 3)} reference keeps its address and its facts`, async (t) => {
  if (skipWhereStale(t)) return;
  assert.ok(pages.has('README.md'), 'docs/README.md');
  const releasedIndex = join(released.folder, 'dist/index.d.ts');
  for (const releasedType of declarations.symbolsOf(releasedIndex)) {
    const { name } = releasedType;
    const symbol = packageTypes.get(name);
    if (!(releasedType.flags & ts.SymbolFlags.Interface)) {
      assert.ok(section(index, name).length, `modules.md#${anchorOf(name)}`);
      continue;
    }
    const address = `interfaces/${name.toLowerCase()}.md`;
    assert.ok(symbol && pages.has(address), address);
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
    for (const other of packageTypes.values()) {
      const extended = checker.getDeclaredTypeOfSymbol(other);
      if (!extended.isClassOrInterface()) continue;
      if (!checker.getBaseTypes(extended).some((b) => b.symbol === symbol)) {
        continue;
      }
      assert.ok(plainText(section(page, 'Extended by')).includes(other.name));
    }
    const releasedMembers = checker.getPropertiesOfType(
      checker.getDeclaredTypeOfSymbol(releasedType),
    );
    for (const { name: memberName } of releasedMembers) {
      const where = `${address}#${anchorOf(memberName)}`;
      const member = type.getProperty(memberName);
      const declaration = member?.declarations?.[0];
      assert.ok(member && declaration, `${where}: the member is gone`);
      // An optional member's heading marks it so, and the page shows its
      // type as declared.
      const optional = member.flags & ts.SymbolFlags.Optional ? '?' : '';
      const heading = `${memberName}${optional}`;
      const text = sections(page).find((one) => one.title === heading)?.tokens;
      assert.ok(text, `${where}: a section "${heading}"`);
      const memberType = checker.getTypeOfSymbol(member);
      if (!memberType.getCallSignatures().length) {
        const node = /** @type {ts.PropertySignature} */ (declaration).type;
        const declared = node && checker.getTypeFromTypeNode(node);
        const shown = `${heading}: ${declared && checker.typeToString(declared)}`;
        assert.ok(plainText(text).includes(shown), `${where}: ${shown}`);
      }
      // An inherited member links to the base it comes through.
      const owner = declaration.parent;
      if (ts.isInterfaceDeclaration(owner) && owner.name.text !== name) {
        const anchor = `.md#${anchorOf(memberName)}`;
        const from = bases.map((base) => base.toLowerCase() + anchor);
        assert.ok(
          links(text).some((to) => from.includes(to)),
          `${where}: a link to ${from.join(' or ')}`,
        );
      }
      const source = links(text).find((to) => to.startsWith('/src/')) ?? '';
      const [path = '', line = ''] = source.split('#L');
      const lines = (await readFile(join(repository.root, path), 'utf8')).split(
        '\n',
      );
      assert.match(
        lines[Number(line) - 1] ?? '',
        new RegExp(`\\b${memberName}\\b`),
        `${where}: defined in ${source}`,
      );
    }
  }
});

/**
 * @param {string} name - A type of the package.
 * @returns {{ tokens: markdown.Token[], where: string }} Its page, or its
 *   section of the index.
 */
function documentationOf(name) {
  const address = `interfaces/${name.toLowerCase()}.md`;
  return pages.has(address)
    ? { tokens: tokensOf(address), where: address }
    : { tokens: section(index, name), where: `modules.md#${anchorOf(name)}` };
}

/**
 * @param {string} name - A type of the package.
 * @returns {string} Where users import it from: the root, if it exports
 *   it, or else the path of the file that declares it.
 */
function importPath(name) {
  const root = join(workspace.packageFolder, 'dist/index.d.ts');
  if (declarations.exportsOf(root).includes(name))
    return repository.packageName;
  const file = files.package.find((path) =>
    declarations.exportsOf(path).includes(name),
  );
  const stem = relative(workspace.packageFolder, file ?? '').replace(
    /\.d\.ts$/,
    '',
  );
  return `${repository.packageName}/${stem}.js`;
}

/** @param {string} version @returns {string} Its major and minor. */
const minor = (version) => version.split('.').slice(0, 2).join('.');

/**
 * @param {string} name - A type of the package.
 * @param {string} since - The version its documentation says added it.
 * @returns {string} Why that cannot be the version that added it, or ''.
 */
function notAddedIn(name, since) {
  const before = minor(released.version);
  const now = minor(repository.manifest.version);
  if (releasedTypes.has(name)) {
    return since === before
      ? ''
      : `${released.version} had it: @since ${before}`;
  }
  return compilers.compareVersions(since, before) > 0 &&
    compilers.compareVersions(since, now) <= 0
    ? ''
    : `new since ${released.version}: @since a version after ${before}, up to ${now}, the version of package.json`;
}

test('the page or section of each type shows the import that works for it and the version that added it', (t) => {
  if (skipWhereStale(t)) return;
  /** @type {string[]} */
  const problems = [];
  for (const name of packageTypes.keys()) {
    const { tokens, where } = documentationOf(name);
    const [code] = markdown.codeBlocks(section(tokens, 'Import'));
    const statement = `import type { ${name} } from '${importPath(name)}';`;
    if (code?.code.trim() !== statement) {
      problems.push(`${where}: not "${statement}" under Import`);
    }
    // Where the source declares it, as the page links it.
    const [source = where] = links(tokens)
      .filter((to) => to.startsWith('/src/'))
      .map((to) => to.slice(1).replace('#L', ':'));
    const since = plainText(section(tokens, 'Since')).trim();
    const wrong = notAddedIn(name, since);
    if (wrong)
      problems.push(`${source}: ${name}: @since ${since}, but ${wrong}`);
  }
  if (problems.length) assert.fail(problems.join('\n'));
});

test('docs/README.md says what the package is, how to install it, where to import each type from, and where the upgrade notes and the changelog are', (t) => {
  if (skipWhereStale(t)) return;
  const front = tokensOf('README.md');
  const [title] = sections(front);
  assert.equal(title?.title, repository.packageName, 'a title');
  assert.equal(title?.tokens[0]?.type, 'paragraph_open', 'a summary');
  const [install] = markdown.codeBlocks(section(front, 'Install'));
  assert.equal(install?.code.trim(), `npm install ${repository.packageName}`);
  const rows = markdown.tableRows(section(front, 'Import')).slice(1);
  const table = markdown.links(section(front, 'Import'));
  assert.deepEqual(
    rows.map(([name]) => name).sort(),
    [...packageTypes.keys()].sort(),
    'a row per type',
  );
  for (const [name = '', from, since = ''] of rows) {
    assert.equal(from, importPath(name), `${name}: imported from`);
    // Whether it is the right one, the test above says.
    const { tokens } = documentationOf(name);
    const onItsPage = plainText(section(tokens, 'Since')).trim();
    assert.equal(since, onItsPage, `${name}: since, as on its page`);
    const { where } = documentationOf(name);
    assert.ok(table.includes(where), `${name}: a link to ${where}`);
  }
  const upgrading = markdown
    .sections(markdown.readme)
    .find(({ title }) => title.startsWith('Upgrading from'));
  const more = links(front);
  for (const target of [
    `../README.md#${anchorOf(upgrading?.title ?? '')}`,
    '../CHANGELOG.md',
  ]) {
    assert.ok(more.includes(target), `a link to ${target}`);
  }
});

test('no page has two links of one label to different places', (t) => {
  if (skipWhereStale(t)) return;
  for (const [page, text] of pages) {
    /** @type {Map<string, string>} */
    const targets = new Map();
    for (const { text: label, target } of markdown.linksWithText(parse(text))) {
      const earlier = targets.get(label);
      assert.ok(
        !earlier || earlier === target,
        `${page}: "${label}" links to ${earlier} and ${target}`,
      );
      targets.set(label, target);
    }
  }
});

test('the ResourceOwnerAuthApi page warns off browser applications', (t) => {
  if (skipWhereStale(t)) return;
  const page = tokensOf('interfaces/resourceownerauthapi.md');
  assert.match(plainText(page), /not for browser applications/);
});

test('the picture of the index shows every type and how each refers to another', (t) => {
  if (skipWhereStale(t)) return;
  const [picture] = markdown
    .codeBlocks(index)
    .filter(({ language }) => language === 'mermaid');
  const lines = (picture?.code ?? '').split('\n').map((line) => line.trim());
  const shown = lines.flatMap((line) => /^class (\w+)$/.exec(line)?.[1] ?? []);
  assert.deepEqual(shown.sort(), [...packageTypes.keys()].sort(), 'a box each');
  // Each type a type extends, and each one a member's type names, in a
  // relation between the two.
  const related = (/** @type {string} */ a, /** @type {string} */ b) =>
    lines.some(
      (line) =>
        (line.startsWith(`${a} `) && line.includes(` ${b}`)) ||
        line.startsWith(`${b} <|-- ${a}`),
    );
  for (const [name, symbol] of packageTypes) {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const named = new Set();
    /** @param {ts.Node} node */
    const visit = (node) => {
      if (ts.isTypeReferenceNode(node)) named.add(node.typeName.getText());
      ts.forEachChild(node, visit);
    };
    for (const declaration of symbol.declarations ?? []) visit(declaration);
    if (type.isClassOrInterface()) {
      for (const base of checker.getBaseTypes(type))
        named.add(base.symbol.name);
    }
    for (const target of named) {
      if (target === name || !packageTypes.has(target)) continue;
      assert.ok(related(name, target), `${name} and ${target}`);
    }
  }
});

test('every relative link in docs/ leads to an existing target', async (t) => {
  if (skipWhereStale(t)) return;
  for (const [page, text] of pages) {
    for (const target of links(parse(text))) {
      const [file = '', anchor = ''] = target.split('#');
      if (/^[a-z]+:/.test(file)) continue;
      // GitHub resolves a link that starts with / from the repository.
      const base = file.startsWith('/')
        ? repository.root
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
