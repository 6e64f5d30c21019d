// The matrix: every TypeScript of package.json, in every module mode it has,
// compiles what users write against the packed package, and 6.0.2's users
// against 6.0.2 too. Each test reports its errors once per root cause.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { extname, join, relative } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import tsd from 'tsd';
import ts from 'typescript';
import * as typescript from '../tools/compilers.mjs';
import { build } from '../tools/diagnostics.mjs';
import { packageName, repository } from '../tools/package.mjs';
import { succeed } from '../tools/process.mjs';
import { layout, readCorpus, readSources } from '../tools/projects.mjs';
import * as release from '../tools/released.mjs';
import { readDeclarations } from './helpers/declarations.mjs';
import { readmeExamples, tsdocExamples } from './helpers/examples.mjs';
import * as markdown from './helpers/markdown.mjs';
import { rootCauses } from './helpers/report.mjs';
import { workspace } from './helpers/workspace.mjs';

/** @typedef {import('../tools/projects.mjs').Source} Source */
/** @typedef {import('./helpers/report.mjs').Failure} Failure */
/**
 * A program of the matrix, what it compiles, and its cell.
 *
 * @typedef {import('../tools/projects.mjs').Project & { kind: string, side: 'released' | 'package', version: string, mode: string }} Program
 */

const { compilers, has, moduleModes, newest } = typescript;
const { released } = release;
const space = await workspace();
const { installed } = space;
const corpus = await readCorpus();
const cases = await readSources('test-d');
const counterExamples = await readSources('test/fixtures/counter-examples');
// These need a program without @ballware/meta-interface: the one finds it
// missing, the other augments every session of its program.
const apart = ['undeclared-meta-interface.ts', 'required-claim.ts'];
const examples = [...readmeExamples, ...(await tsdocExamples())];
const upgrading = markdown.section(
  markdown.readme,
  `Upgrading from ${released.version}`,
);
// The README's upgrade steps, which code written against 6.0.2 may need.
const steps = markdown.codeBlocks(upgrading).map(({ line }) => line);
const upgrade = readmeExamples.filter(({ line }) => steps.includes(line));

/**
 * An import of each path into 6.0.2's tarball, of the names its file exports
 * there, as a bundler resolves it.
 *
 * @type {Source[]}
 */
const probes = await (async () => {
  const specifiers = release.specifiersOf(await release.releasedFiles());
  const options = {
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    allowImportingTsExtensions: true,
  };
  const importer = join(space.released, 'index.ts');
  const files = specifiers.map((specifier) => {
    const found = ts.resolveModuleName(specifier, importer, options, ts.sys);
    const file = found.resolvedModule?.resolvedFileName ?? '';
    return /\.tsx?$/.test(file) ? file : '';
  });
  const { exportsOf } = readDeclarations(files.filter(Boolean));
  return specifiers.map((specifier, index) => {
    const file = files[index];
    const names = file ? `{ ${exportsOf(file).join(', ')} }` : '* as probe';
    const text = `import type ${names} from '${specifier}';\n`;
    return { name: `path-${index + 1}.ts`, text, file: specifier, line: 1 };
  });
})();

/**
 * @param {string} version
 * @returns {Program[]} The programs of a compiler.
 */
function programsOf(version) {
  /** @type {Program[]} */
  const programs = [];
  /**
   * @param {Program['side']} side
   * @param {typescript.ModeName} mode
   * @param {string} kind
   * @param {Record<string, unknown>} options
   * @param {Source[]} sources
   */
  const add = (side, mode, kind, options, sources) => {
    const compilerOptions = {
      ...moduleModes[mode].compilerOptions(version),
      ...options,
      noEmit: !options['outDir'],
    };
    const root = apart.includes(sources[0]?.name ?? '')
      ? space.bare
      : space[side === 'package' ? 'consumer' : 'released'];
    programs.push({
      folder: join(root, version, mode, kind),
      compilerOptions,
      type: moduleModes[mode].packageType,
      sources: layout(version, mode, compilerOptions, sources),
      ...{ kind, side, version, mode },
    });
  };
  const strictest = typescript.consumerOptions(version);
  const { verbatimModuleSyntax, ...lenient } = strictest;
  const withMeta = typescript.withMetaInterface(version);
  const javascript = { allowJs: true, checkJs: true };
  const modes = typescript.modesOf(version);
  for (const mode of modes) {
    const forCorpus = typescript.corpusOptions(version);
    add('released', mode, 'corpus', forCorpus, corpus);
    const emitting = { ...forCorpus, outDir: 'out' };
    add('package', mode, 'corpus', emitting, [...corpus, ...upgrade]);
    // 6.0.2's src/*.ts import types without `import type`.
    const { verbatimModuleSyntax: _, ...forReleased } = withMeta;
    add('released', mode, 'paths', forReleased, probes);
    add('package', mode, 'paths', strictest, probes);
    if (!has(version, 'typeOnlyImports')) continue;
    // The examples are ES modules, which allow no verbatimModuleSyntax in
    // CommonJS: a mode without an ES module format leaves it out.
    const esm = moduleModes[mode].formats.some((f) => f.loader === 'import');
    const scripts = has(version, 'jsDocImport');
    const forExamples = {
      ...lenient,
      ...(esm && { verbatimModuleSyntax }),
      ...(scripts && javascript),
    };
    const compiled = examples.filter(
      ({ name }) => scripts || name.endsWith('.ts'),
    );
    add('package', mode, 'examples', forExamples, compiled);
  }
  // A mode of one format, of ES modules where the compiler has them.
  const one = modes.findLast((mode) => moduleModes[mode].formats.length === 1);
  if (!one) throw new Error(`TypeScript ${version} has no mode of one format`);
  add('package', one, 'contract', withMeta, cases);
  const together = counterExamples.filter(({ name }) => !apart.includes(name));
  add('package', one, 'counter', withMeta, together);
  const alone = counterExamples.filter(({ name }) => apart.includes(name));
  add('package', one, 'counter', lenient, alone);
  if (version !== newest.version) return programs;
  for (const example of examples) {
    const options = example.name.endsWith('.js')
      ? javascript
      : { ...typescript.libraryAuthorOptions, outDir: 'out' };
    const modern = { module: 'nodenext', moduleResolution: 'nodenext' };
    const kind = `alone/${example.name}`;
    add('package', one, kind, { ...strictest, ...options, ...modern }, [
      example,
    ]);
  }
  return programs;
}

/** @type {Program[]} */
const programs = [];
/**
 * What each compiler reported, with its version, the one thing known of an
 * error in a file of no program.
 *
 * @type {Array<import('../tools/diagnostics.mjs').Diagnostic<Program> & { version: string }>}
 */
const diagnostics = [];
const queue = [...compilers];
await Promise.all(
  Array.from({ length: availableParallelism() }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { version, packageName: compiler } = next;
      programs.push(...programsOf(version));
      const built = programs.filter((program) => program.version === version);
      const found = await build(compiler, built);
      diagnostics.push(...found.map((one) => ({ ...one, version })));
    }
  }),
);

/**
 * Where an error, or a finding about a source, points in the repository,
 * and its cell.
 *
 * @param {{ project?: Program | undefined, source?: Source | undefined, path?: string, line?: number, message: string, version?: string }} found
 * @returns {Failure}
 */
function failureOf({ project, source, path = '', line = 1, ...found }) {
  const base = [installed, repository].find((one) => path.startsWith(one));
  const location = source
    ? `${source.file}:${source.line + line - 1}`
    : `${relative(base ?? space.root, path)}:${line}`;
  const format =
    project?.mode === 'node16' ? ` ${extname(source?.name ?? '')}` : '';
  const against =
    project?.side === 'released' ? ` against ${released.version}` : '';
  const mode = project?.kind.startsWith('alone')
    ? 'alone'
    : `${project?.mode ?? 'a program'}${format}${against}`;
  const version = project?.version ?? found.version ?? '';
  // A message may name a file of the workspace, which is gone by the end.
  const message = found.message.replaceAll(space.root, '<workspace>');
  return { location, message, version, mode };
}

/** @param {(program: Program) => boolean} which */
const failuresOf = (which) =>
  diagnostics
    .filter(({ project, source }) => source && project && which(project))
    .map(failureOf);

/** @param {Failure[]} failures */
function assertNone(failures) {
  const report = rootCauses(failures);
  if (report) assert.fail(`\n${report}`);
}

test('the declarations of the package compile with every compiler in every mode', () => {
  assertNone(diagnostics.filter(({ source }) => !source).map(failureOf));
});

test(`the corpus compiles against ${released.version} and against the package, with every compiler in every mode`, () => {
  assertNone(failuresOf(({ kind }) => kind === 'corpus'));
});

test('the corpus runs with Node, as every compiler emits it', async () => {
  /** @type {Map<string, Failure>} */
  const emitted = new Map();
  for (const project of programs) {
    // The tests above report what does not compile.
    const failed = diagnostics.some(
      (found) =>
        found.version === project.version &&
        (found.project === project || !found.project),
    );
    if (project.kind !== 'corpus' || project.side !== 'package' || failed) {
      continue;
    }
    for (const source of project.sources) {
      const out = join(project.folder, 'out', source.name);
      const failure = failureOf({ project, source, message: '' });
      emitted.set(pathToFileURL(out.replace(/ts$/, 'js')).href, failure);
    }
  }
  assert.ok(emitted.size, 'the corpus compiles somewhere');
  // One Node process loads every file, each the way its format does.
  const printed = await succeed(process.execPath, [
    '--input-type=module',
    '--eval',
    `for (const url of ${JSON.stringify([...emitted.keys()])}) {
      await import(url).catch((error) => console.log(url, String(error)));
    }`,
  ]);
  const failed = printed.split('\n').filter(Boolean);
  assertNone(
    failed.map((line) => {
      const [url = '', ...error] = line.split(' ');
      const failure = emitted.get(url) ?? failureOf({ message: url });
      return { ...failure, message: error.join(' ') };
    }),
  );
});

test("the README's and the reference's examples compile, together in every cell and alone with the newest compiler", () => {
  assertNone(failuresOf(({ kind }) => /^(examples|alone)/.test(kind)));
});

test("the README's checkClaims keeps four claims in each form it names, and drops any other", async () => {
  const example = readmeExamples.find(({ text }) => /checkClaims/.test(text));
  const name = example?.name ?? '';
  const alone = programs.find(({ kind }) => kind === `alone/${name}`);
  const script = join(alone?.folder ?? '', 'out', name.replace(/ts$/, 'js'));
  const { checkClaims } = await import(pathToFileURL(script).href);
  const [time, iso, at] = [1764489600, '2025-11-30T08:00:00Z', 'Berlin'];
  const spec = {
    ...{ email: 'alice@example.com', email_verified: true, updated_at: time },
    address: { locality: at },
  };
  const checked = [
    [spec, spec],
    // As AWS Cognito and others send them.
    [
      { email_verified: 'True', updated_at: iso, address: at },
      { email_verified: true, updated_at: time, address: { formatted: at } },
    ],
    [
      {
        email_verified: 'false',
        updated_at: time * 1000,
        address: { locality: at, country: 49 },
      },
      { email_verified: false, updated_at: time, address: { locality: at } },
    ],
    // Forms it does not name.
    [{ email: 42, email_verified: 'yes', updated_at: 'soon', address: 7 }, {}],
  ];
  for (const [userinfo, claims] of checked) {
    assert.deepEqual(checkClaims(userinfo), claims, JSON.stringify(userinfo));
  }
});

test('each counter-example fails with the errors it names in every cell, and the README quotes the missing package', () => {
  const [quote] = markdown
    .codeBlocks(upgrading)
    .filter(({ language }) => language === 'text');
  /** @type {Failure[]} */
  const failures = [];
  for (const project of programs.filter(({ kind }) => kind === 'counter')) {
    for (const source of project.sources) {
      const named = source.text.split('\n')[0]?.match(/TS\d+/g)?.join(', ');
      const found = diagnostics.filter((d) => d.source === source);
      const codes = found.map(({ message }) => /TS\d+/.exec(message)?.[0]);
      const printed = codes.sort().join(', ') || 'no error';
      const messages = [
        ...(printed === named ? [] : [`fails with ${printed}, not ${named}`]),
        ...found
          .filter(({ message }) => /TS2307/.test(message))
          .filter(({ message }) => !message.startsWith(`${quote?.code.trim()}`))
          .map(
            ({ message }) =>
              `not as README.md:${quote?.line} quotes: ${message}`,
          ),
      ];
      for (const message of messages) {
        failures.push(failureOf({ project, source, message }));
      }
    }
  }
  assertNone(failures);
});

test('the type tests of test-d hold, with every compiler and with tsd', async () => {
  const failures = failuresOf(
    ({ kind, version }) => kind === 'contract' && has(version, 'expectError'),
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
  for (const project of programs) {
    if (project.kind !== 'contract' || has(project.version, 'expectError')) {
      continue;
    }
    const found = failuresOf((program) => program === project);
    const covered = directives.map(next);
    failures.push(...found.filter((f) => !covered.includes(f.location)));
    for (const location of directives) {
      if (found.some((failure) => failure.location === next(location)))
        continue;
      failures.push({
        ...project,
        location,
        message: 'a rejected use compiles',
      });
    }
  }
  // Each case by its line: a statement's name or a directive's reason.
  for (const failure of failures) {
    const [file, line = 0] = failure.location.split(':');
    const text = cases.find((source) => source.file === file)?.text;
    const shown = text?.split('\n')[Number(line) - 1]?.trim();
    failure.message += `\n  case: ${shown}`;
  }
  const require = createRequire(import.meta.url);
  const { version } = require('@tsd/typescript/package.json');
  // tsd is CommonJS: its function is the `default` of its exports.
  for (const { fileName, line, message } of await tsd.default({
    cwd: repository,
  })) {
    const location = `${relative(repository, fileName)}:${line}`;
    failures.push({ location, message, version, mode: 'tsd' });
  }
  assertNone(failures);
});

test(`every path into ${released.version}'s tarball resolves with the package in every cell it resolves with ${released.version}`, () => {
  const failing = new Set(
    diagnostics.map(({ project, source }) =>
      join(project?.folder ?? '', source?.name ?? ''),
    ),
  );
  /** @type {Failure[]} */
  const lost = [];
  for (const project of programs) {
    if (project.kind !== 'paths' || project.side !== 'package') continue;
    const before = project.folder.replace(space.consumer, space.released);
    for (const source of project.sources) {
      if (failing.has(join(before, source.name))) continue;
      const found = diagnostics.find((d) => d.source === source);
      if (found) lost.push({ ...failureOf(found), location: source.file });
    }
  }
  assertNone(lost);
});
