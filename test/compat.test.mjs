// The matrix: every TypeScript of package.json, in every format of every
// module mode it has, compiles what users write against the packed package,
// and what users of the released version wrote against that version too.
// Each test reports its findings once per root cause.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import * as compilers from '../harness/compilers.mjs';
import { inFormat, readCorpus, readSources } from '../harness/programs.mjs';
import * as released from '../harness/released.mjs';
import * as repository from '../harness/repository.mjs';
import {
  declarationFilesOf,
  readDeclarations,
} from './helpers/declarations.mjs';
import { build } from './helpers/diagnostics.mjs';
import { readmeExamples, tsdocExamples } from './helpers/examples.mjs';
import { expectationIn, expectationsOf } from './helpers/expectations.mjs';
import * as markdown from './helpers/markdown.mjs';
import { rootCauses } from './helpers/report.mjs';
import { breaks } from './helpers/semver.mjs';
import { sharedWorkspace } from './helpers/workspace.mjs';

/** @typedef {import('../harness/programs.mjs').Source} Source */
/** @typedef {import('./helpers/examples.mjs').Example} Example */
/** @typedef {import('./helpers/report.mjs').Failure} Failure */
/** @typedef {import('./helpers/expectations.mjs').Cell} Cell */
/**
 * A program of the matrix: what it compiles, for which side, and its cell.
 *
 * @typedef {import('../harness/programs.mjs').Program & Cell & { kind: string, name: string, cellName: string }} MatrixProgram
 */

const workspace = await sharedWorkspace();
const corpus = await readCorpus();
const cases = await readSources('test-d/contract');
const upgrading = markdown.section(
  markdown.readme,
  `Upgrading from ${released.version}`,
);
// The README's upgrade steps, which compile beside the code they mend, and
// the other examples.
const steps = markdown.codeBlocks(upgrading).map(({ line }) => line);
const fixes = readmeExamples.filter(({ line }) => steps.includes(line));
const examples = [...readmeExamples, ...(await tsdocExamples())].filter(
  (example) => !fixes.includes(example),
);

/**
 * The counter-examples, by unit: a file of their folder, or a folder of
 * files.
 *
 * @type {Map<string, Source[]>}
 */
const counterExamples = new Map();
for (const source of await readSources('test/fixtures/counter-examples')) {
  const [unit = source.name] = source.name.split('/');
  counterExamples.set(unit, [...(counterExamples.get(unit) ?? []), source]);
}
/** @param {Source[]} unit - It imports what only it may find missing. */
const findsMissing = (unit) =>
  unit.some((source) =>
    expectationsOf(source).some(({ codes }) => codes.includes('TS2307')),
  );
/**
 * The programs of the counter-examples: a unit that augments a module, or
 * finds one missing, alone, as what it does reaches its whole program; the
 * others together.
 *
 * @type {Array<{ name: string, sources: Source[] }>}
 */
const counterPrograms = [];
/** @type {Source[]} */
const together = [];
for (const [name, sources] of counterExamples) {
  const augments = sources.some(({ text }) => /^declare module /m.test(text));
  if (augments || findsMissing(sources))
    counterPrograms.push({ name, sources });
  else together.push(...sources);
}
if (together.length)
  counterPrograms.push({ name: 'together', sources: together });
/** @param {Source[]} sources @returns Whether an option sets their codes. */
const dependOnOption = (sources) =>
  sources.some((source) => expectationsOf(source).some(({ option }) => option));

// The cases of the upgrade notes: the programs of the counter-examples
// they link.
const upgradeCases = markdown
  .links(upgrading)
  .map((target) => relative('test/fixtures/counter-examples', target))
  .map((path) => path.split('/')[0] ?? path)
  .flatMap((unit) => counterPrograms.filter(({ name }) => name === unit))
  .filter((program, index, all) => all.indexOf(program) === index);

/**
 * An import of each path into the released version's tarball, of the names
 * its file exports there, in the syntax of `version`.
 *
 * @type {(version: string) => Source[]}
 */
const probesFor = await (async () => {
  const specifiers = released.specifiersOf(await released.files());
  const options = {
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    allowImportingTsExtensions: true,
  };
  const importer = join(workspace.projects.released, 'index.ts');
  const files = specifiers.map((specifier) => {
    const found = ts.resolveModuleName(specifier, importer, options, ts.sys);
    const file = found.resolvedModule?.resolvedFileName ?? '';
    return /\.tsx?$/.test(file) ? file : '';
  });
  const { exportsOf } = readDeclarations(files.filter(Boolean));
  return (version) =>
    specifiers.map((specifier, index) => {
      const file = files[index];
      const names = file ? `{ ${exportsOf(file).join(', ')} }` : '* as probe';
      const keyword = compilers.has(version, 'typeOnlyImports') ? 'type ' : '';
      const text = `import ${keyword}${names} from '${specifier}';\n`;
      return { name: `path-${index + 1}.ts`, text, file: specifier, line: 1 };
    });
})();

/**
 * @param {import('../harness/compilers.mjs').Compiler} compiler
 * @returns {MatrixProgram[]} The programs of a compiler.
 */
function programsOf({ version }) {
  /** @type {MatrixProgram[]} */
  const programs = [];
  /**
   * @param {object} program
   * @param {string} program.kind
   * @param {MatrixProgram['side']} [program.side]
   * @param {import('../harness/compilers.mjs').Format} program.format
   * @param {Record<string, unknown>} program.options
   * @param {Source[]} program.sources
   * @param {string} [program.name] - What sets it apart from the other
   *   programs of its kind and cell.
   * @param {keyof import('./helpers/workspace.mjs').Workspace['projects']} [program.project]
   */
  const add = ({
    kind,
    side = 'package',
    format,
    options,
    sources,
    ...rest
  }) => {
    const { name = '', project = side } = rest;
    const compilerOptions = {
      ...compilers.modes[format.mode].compilerOptions(version),
      ...options,
      noEmit: !options['outDir'],
    };
    const cellName = [
      format.name,
      options['isolatedModules'] ? '' : ' with strict alone',
      side === 'released' ? ` against ${released.version}` : '',
    ].join('');
    programs.push({
      folder: join(
        workspace.projects[project],
        version,
        format.name.replace(' ', '-'),
        kind.replace(' ', '-'),
        name,
        options['isolatedModules'] ? 'strictest' : 'strict',
      ),
      compilerOptions,
      type: format.packageType,
      sources: inFormat(format, sources),
      ...{ kind, name, side, version, format, options, cellName },
    });
  };
  const strictest = compilers.strictestOptions(version);
  const strict = compilers.strictOptions(version);
  const plain = compilers.forPlainImports;
  const javascript = { allowJs: true, checkJs: true };
  const formats = compilers.formatsOf(version);
  for (const format of formats) {
    for (const side of /** @type {const} */ (['released', 'package'])) {
      const options = compilers.corpusOptions(version);
      const cell = { version, format, options, side };
      const fails = (/** @type {Source} */ source) =>
        expectationIn(expectationsOf(source), cell);
      const emitting = side === 'package' ? { outDir: 'out' } : {};
      const sources = corpus.filter((source) => !fails(source));
      add({
        kind: 'corpus',
        side,
        format,
        options: { ...options, ...emitting },
        sources,
      });
      for (const source of corpus.filter(fails)) {
        add({
          kind: 'corpus alone',
          name: source.name,
          side,
          format,
          options,
          sources: [source],
        });
      }
    }
    // The released version's src/*.ts import types without `import type`.
    const forReleased = compilers.forFixtures(strictest);
    const probes = probesFor(version);
    add({
      kind: 'paths',
      side: 'released',
      format,
      options: forReleased,
      sources: probes,
    });
    add({ kind: 'paths', format, options: strictest, sources: probes });
    // The examples are ES modules: CommonJS allows no `export` under
    // verbatimModuleSyntax.
    const esm = format.loader === 'import' ? strictest : plain(strictest);
    const options = { ...esm, ...javascript };
    const supported = (/** @type {Example} */ example) =>
      !example.needs || compilers.has(version, example.needs);
    const together = examples.filter(supported);
    add({ kind: 'examples', format, options, sources: together });
    // The examples that need a feature the compiler lacks, beside the
    // others, as an error in a program of JavaScript alone may go
    // unreported, and apart from those that lack another feature, as a
    // syntax error keeps the compiler from reporting any other.
    const lacking = examples.filter((example) => !supported(example));
    for (const needs of new Set(lacking.map((example) => example.needs))) {
      const sources = lacking.filter((example) => example.needs === needs);
      add({
        kind: 'examples lacking',
        name: `${needs}`,
        format,
        options,
        sources: [...together, ...sources],
      });
    }
  }
  // The counter-examples say which errors code of any format meets: each
  // is compiled in one format of each mode, the last, and where an option
  // sets its codes, with `strict` alone too, in one format of the compiler.
  // The cases of the upgrade notes compile with the README's fix in the
  // same formats, and against the released version in one.
  const one = /** @type {import('../harness/compilers.mjs').Format} */ (
    formats.at(-1)
  );
  for (const format of formats) {
    if (formats.findLast(({ mode }) => mode === format.mode) !== format) {
      continue;
    }
    for (const { name, sources } of counterPrograms) {
      const project = findsMissing(sources) ? 'bare' : 'package';
      const alone = format === one && dependOnOption(sources);
      for (const chosen of alone ? [strictest, strict] : [strictest]) {
        const options = compilers.forFixtures(chosen);
        add({ kind: 'counter', name, format, options, sources, project });
      }
    }
    for (const { name, sources } of upgradeCases) {
      const options = compilers.forFixtures(strictest);
      const fixed = [...sources, ...fixes];
      add({ kind: 'upgrade', name, format, options, sources: fixed });
      if (format !== one) continue;
      const side = 'released';
      add({ kind: 'upgrade', name, side, format, options, sources });
    }
  }
  const contract = compilers.forFixtures(strictest);
  add({ kind: 'contract', format: one, options: contract, sources: cases });
  if (version !== compilers.newest.version) return programs;
  for (const example of [...examples, ...fixes]) {
    const options = example.name.endsWith('.js')
      ? javascript
      : { ...compilers.libraryAuthorOptions, outDir: 'out' };
    const modern = { module: 'nodenext', moduleResolution: 'nodenext' };
    add({
      kind: 'library',
      name: example.name,
      format: one,
      options: { ...strictest, ...options, ...modern },
      sources: [example],
    });
  }
  return programs;
}

/** @type {MatrixProgram[]} */
const programs = [];
/**
 * What each compiler reported, with its version, the one thing known of an
 * error in a file of no program.
 *
 * @type {Array<import('./helpers/diagnostics.mjs').Diagnostic<MatrixProgram> & { version: string }>}
 */
const diagnostics = [];
const queue = [...compilers.all];
await Promise.all(
  Array.from({ length: availableParallelism() }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const built = programsOf(next);
      programs.push(...built);
      const found = await build(next, built);
      diagnostics.push(
        ...found.map((one) => ({ ...one, version: next.version })),
      );
    }
  }),
);

/**
 * Where an error, or a finding about a source, points in the repository,
 * and its cell.
 *
 * @param {{ program?: MatrixProgram | undefined, source?: Source | undefined, path?: string, line?: number, code?: string, message: string, version?: string }} found
 * @returns {Failure}
 */
function failureOf({ program, source, path = '', line = 1, code, ...found }) {
  const base = [workspace.packageFolder, repository.root].find((one) =>
    path.startsWith(one),
  );
  const location = source
    ? `${source.file}:${source.line + line - 1}`
    : `${relative(base ?? workspace.root, path)}:${line}`;
  const cell =
    program?.kind === 'library'
      ? 'alone, as a library'
      : (program?.cellName ?? 'a program');
  const version = program?.version ?? found.version ?? '';
  // A message may name a file of the workspace, which is gone by the end.
  const message = found.message.replaceAll(workspace.root, '<workspace>');
  return { location, message, version, cell, ...(code && { key: code }) };
}

/** @param {(program: MatrixProgram) => boolean} which */
const errorsIn = (which) =>
  diagnostics
    .filter(({ program, source }) => source && program && which(program))
    .map(failureOf);

/**
 * How each source of the programs fares against what its first lines say:
 * that it fails, with which codes, in which cells, or else compiles.
 *
 * @param {(program: MatrixProgram) => boolean} which
 * @returns {Failure[]}
 */
function againstExpectations(which) {
  return programs.filter(which).flatMap((program) =>
    program.sources.flatMap((source) => {
      const stated = expectationIn(expectationsOf(source), program);
      const found = diagnostics.filter((d) => d.source === source);
      const codes = [...new Set(found.map(({ code }) => code))].sort();
      if (codes.join() === (stated?.codes ?? []).join()) return [];
      if (!stated) return found.map((one) => failureOf({ ...one, program }));
      const printed = codes.length
        ? `fails with ${codes.join(', ')}`
        : 'compiles';
      const message = `${printed}, not as its line ${stated.line} says: ${stated.claim}`;
      return [failureOf({ program, source, line: stated.line, message })];
    }),
  );
}

// Code written against the released version fails wherever one of its
// types changed, which test/semver.test.mjs reports at the cause: the tests
// of such code skip then.
const changed = breaks().length > 0;
/** @param {import('node:test').TestContext} t @returns {boolean} */
function skipWhereTypesChanged(t) {
  if (changed) {
    t.skip(
      `a type of ${released.version} changed, as test/semver.test.mjs reports`,
    );
  }
  return changed;
}

/** @param {Failure[]} failures */
function assertNone(failures) {
  const report = rootCauses(failures);
  if (report) assert.fail(`\n${report}`);
}

test('the declarations of the package compile with every compiler in every format', () => {
  assertNone(diagnostics.filter(({ source }) => !source).map(failureOf));
});

const corpusFindings = againstExpectations(({ kind }) =>
  kind.startsWith('corpus'),
);

test(`the corpus compiles against ${released.version} and against the package, with every compiler in every format, but where its files say they fail`, (t) => {
  if (skipWhereTypesChanged(t)) return;
  assertNone(corpusFindings);
});

test('the corpus runs with Node, as every compiler emits it', async (t) => {
  if (skipWhereTypesChanged(t)) return;
  if (corpusFindings.length) {
    t.skip('the corpus does not compile, as the test above reports');
    return;
  }
  /** @type {Map<string, Failure>} */
  const emitted = new Map();
  for (const program of programs) {
    if (program.kind !== 'corpus' || program.side !== 'package') continue;
    for (const source of program.sources) {
      const out = join(program.folder, 'out', source.name);
      const failure = failureOf({ program, source, message: '' });
      emitted.set(pathToFileURL(out.replace(/ts$/, 'js')).href, failure);
    }
  }
  // One Node process loads every file, each the way its format does.
  const { stdout } = await promisify(execFile)(process.execPath, [
    join(repository.root, 'test/helpers/load-all.mjs'),
    ...emitted.keys(),
  ]);
  /** @type {Array<{ url: string, error: string }>} */
  const failed = JSON.parse(stdout);
  assertNone(
    failed.map(({ url, error }) => ({
      ...(emitted.get(url) ?? failureOf({ message: url })),
      message: error,
    })),
  );
});

test("the README's and the reference's examples compile, together in every cell with the features they use and alone with the newest compiler", (t) => {
  if (skipWhereTypesChanged(t)) return;
  assertNone(errorsIn(({ kind }) => kind === 'examples' || kind === 'library'));
});

test('an example that uses a feature a compiler lacks fails with that compiler', () => {
  /** @type {Failure[]} */
  const failures = [];
  for (const program of programs) {
    if (program.kind !== 'examples lacking') continue;
    for (const example of program.sources) {
      const { needs } = /** @type {Example} */ (example);
      if (!needs || compilers.has(program.version, needs)) continue;
      if (diagnostics.some((d) => d.source === example)) continue;
      const message = `compiles, though it uses ${needs}, which TypeScript ${program.version} lacks`;
      failures.push(failureOf({ program, source: example, message }));
    }
  }
  assertNone(failures);
});

test("the README's checkClaims keeps the claims in each form it names, and drops every other", async (t) => {
  if (skipWhereTypesChanged(t)) return;
  const example = readmeExamples.find(({ text }) => /checkClaims/.test(text));
  const name = example?.name ?? '';
  const alone = programs.find(
    (program) => program.kind === 'library' && program.name === name,
  );
  if (diagnostics.some((found) => found.program === alone)) {
    t.skip('it does not compile, as a test above reports');
    return;
  }
  const script = join(alone?.folder ?? '', 'out', name.replace(/ts$/, 'js'));
  const { checkClaims } = await import(pathToFileURL(script).href);
  // 2025-11-30T08:00:00Z, in seconds since 1970.
  const time = 1764489600;
  /** @type {Array<[string, unknown, unknown]>} */
  const forms = [
    ['email', 'alice@example.com', 'alice@example.com'],
    ['email_verified', true, true],
    ['email_verified', false, false],
    ['email_verified', 'True', true],
    ['email_verified', 'FALSE', false],
    ['updated_at', time, time],
    ['updated_at', time * 1000, time],
    ['updated_at', '2025-11-30T08:00:00Z', time],
    ['updated_at', '2025-11-30T09:00:00.5+01:00', time + 0.5],
    ['updated_at', '2025-11-30T08:00', time],
    // Without an offset, in UTC, wherever the code runs.
    ['updated_at', '2025-11-30T08:00:00', time],
    ['address', { locality: 'Berlin' }, { locality: 'Berlin' }],
    [
      'address',
      'Hauptstraße 1, Berlin',
      { formatted: 'Hauptstraße 1, Berlin' },
    ],
    [
      'address',
      { locality: 'Berlin', country: 49, planet: 'Earth' },
      { locality: 'Berlin' },
    ],
    // Forms it does not name.
    ['email', 42, undefined],
    ['email_verified', 'yes', undefined],
    ['email_verified', 1, undefined],
    ['updated_at', 'soon', undefined],
    ['updated_at', 'Sun, 30 Nov 2025 08:00:00 GMT', undefined],
    ['updated_at', 'November 30, 2025', undefined],
    ['updated_at', '2025-11-30', undefined],
    ['updated_at', '2025-02-30T08:00:00Z', undefined],
    ['updated_at', '2025-11-30T24:00:00Z', undefined],
    ['updated_at', '2016-12-31T23:59:60Z', undefined],
    ['updated_at', '2025-11-30T08:00:00,5Z', undefined],
    ['updated_at', '20251130T080000Z', undefined],
    ['updated_at', '2025-11-30T09:00:00+01', undefined],
    ['updated_at', '1969-12-31T23:59:59Z', undefined],
    ['updated_at', String(time), undefined],
    ['updated_at', -1, undefined],
    ['updated_at', Number.POSITIVE_INFINITY, undefined],
    ['address', 7, undefined],
    ['address', ['Hauptstraße 1', 'Berlin'], undefined],
    ['address', { country: 49 }, undefined],
    ['address', null, undefined],
  ];
  const zone = process.env['TZ'];
  process.env['TZ'] = 'America/New_York';
  try {
    for (const [claim, sent, kept] of forms) {
      const checked = checkClaims({ [claim]: sent });
      const expected = kept === undefined ? {} : { [claim]: kept };
      assert.deepEqual(checked, expected, `${claim}: ${JSON.stringify(sent)}`);
    }
  } finally {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  }
});

test('each counter-example fails as its first lines say in every cell, and compiles in every other', (t) => {
  if (skipWhereTypesChanged(t)) return;
  assertNone(againstExpectations(({ kind }) => kind === 'counter'));
});

test(`each case of the upgrade notes compiles against ${released.version}, and against the package with the README's fix`, (t) => {
  if (skipWhereTypesChanged(t)) return;
  assertNone(errorsIn(({ kind }) => kind === 'upgrade'));
});

test('the README quotes the missing package as every compiler reports it', () => {
  const [quote] = markdown
    .codeBlocks(upgrading)
    .filter(({ language }) => language === 'text');
  const expected = quote?.code.trim() ?? '';
  const reported = diagnostics.filter(
    ({ code, program }) => code === 'TS2307' && program?.kind === 'counter',
  );
  assert.ok(reported.length, 'a counter-example reports a missing package');
  assertNone(
    reported
      .filter(({ message }) => !message.startsWith(expected))
      .map((found) => ({
        ...failureOf(found),
        message: `not as README.md:${quote?.line} quotes: ${found.message}`,
      })),
  );
});

test('each type the package exports has its case file in test-d/contract, and each case file its type', async () => {
  const entries = await declarationFilesOf(workspace.packageFolder);
  const { exportsOf } = readDeclarations(entries);
  const exported = new Set(entries.flatMap(exportsOf));
  const covered = new Set(cases.map(({ name }) => name.replace(/\.ts$/, '')));
  const missing = [...exported].filter((name) => !covered.has(name));
  const orphans = [...covered].filter((name) => !exported.has(name));
  const problems = [
    ...missing.map(
      (name) => `test-d/contract/${name}.ts: missing, for ${name}`,
    ),
    ...orphans.map((name) => `test-d/contract/${name}.ts: no type ${name}`),
  ];
  if (problems.length) assert.fail(problems.join('\n'));
});

test('the type tests of test-d/contract hold, with every compiler', (t) => {
  if (skipWhereTypesChanged(t)) return;
  const failures = errorsIn(
    ({ kind, version }) =>
      kind === 'contract' && compilers.has(version, 'expectError'),
  );
  // To a TypeScript without `// @ts-expect-error`, the directive is a plain
  // comment: each must still have an error on its next line, which the
  // directive covers, and no other line an error.
  const directives = cases.flatMap(({ file, text }) =>
    text
      .split('\n')
      .flatMap((line, index) =>
        line.includes('// @ts-expect-error') ? [`${file}:${index + 1}`] : [],
      ),
  );
  const next = (/** @type {string} */ location) =>
    location.replace(/\d+$/, (line) => `${Number(line) + 1}`);
  for (const program of programs) {
    if (
      program.kind !== 'contract' ||
      compilers.has(program.version, 'expectError')
    ) {
      continue;
    }
    const found = errorsIn((one) => one === program);
    const covered = directives.map(next);
    failures.push(...found.filter((f) => !covered.includes(f.location)));
    for (const location of directives) {
      if (found.some((failure) => failure.location === next(location))) {
        continue;
      }
      const message = 'a rejected use compiles';
      failures.push({ ...failureOf({ program, message }), location });
    }
  }
  // Each case by its line: a statement's name or a directive's reason.
  for (const failure of failures) {
    const [file, line = 0] = failure.location.split(':');
    const text = cases.find((source) => source.file === file)?.text;
    const shown = text?.split('\n')[Number(line) - 1]?.trim();
    failure.message += `\n  case: ${shown}`;
  }
  assertNone(failures);
});

test(`every path into ${released.version}'s tarball resolves with the package in every cell it resolves with ${released.version}`, () => {
  /** @type {Failure[]} */
  const lost = [];
  for (const program of programs) {
    if (program.kind !== 'paths' || program.side !== 'package') continue;
    const releasedProgram = programs.find(
      (one) =>
        one.kind === 'paths' &&
        one.side === 'released' &&
        one.version === program.version &&
        one.format === program.format,
    );
    for (const [index, source] of program.sources.entries()) {
      const failed = (/** @type {Source | undefined} */ one) =>
        diagnostics.find((d) => d.source === one);
      if (failed(releasedProgram?.sources[index])) continue;
      const found = failed(source);
      if (found) lost.push({ ...failureOf(found), location: source.file });
    }
  }
  assertNone(lost);
});
