// Measures what the package costs a user, side by side with the release it
// replaces: the bytes an install adds that compilers and loaders read, and
// what compiling the corpus of code written for that release costs. Writes
// BENCHMARKS.md, and exits non-zero when a ratio exceeds its budget.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';
import { budgets } from '../harness/budgets.mjs';
import * as compilers from '../harness/compilers.mjs';
import { listFiles } from '../harness/files.mjs';
import * as npm from '../harness/npm.mjs';
import { inFormat, readCorpus, writeProgram } from '../harness/programs.mjs';
import * as released from '../harness/released.mjs';
import * as repository from '../harness/repository.mjs';

const runs = 7;
const { version } = compilers.build;
const bundler = /** @type {compilers.Format} */ (
  compilers.formats.find(({ name }) => name === 'bundler')
);
// As npm test compiles the corpus in bundler mode.
const options = {
  ...compilers.corpusOptions(version),
  ...compilers.modes.bundler.compilerOptions(version),
  noEmit: true,
};
const sources = inFormat(bundler, await readCorpus());
// What compilers and loaders read: declarations, sources, scripts and
// manifests, not documentation, licences or source maps.
const read = /(\.ts|\.[cm]?js|\/package\.json)$/;
/** @param {number[]} values - An odd number of them. */
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];

/**
 * Installs a tarball into a new project, as a user would, with the corpus.
 *
 * @param {string} project
 * @param {string} tarball
 * @returns {Promise<Record<string, number[]>>} Its figures.
 */
async function install(project, tarball) {
  await npm.install(project, tarball);
  const folder = join(project, 'app');
  await writeProgram({
    folder,
    compilerOptions: options,
    type: 'module',
    sources,
  });
  const files = await listFiles(join(project, 'node_modules'));
  const manifests = files.filter(({ path }) =>
    /^(@[^/]+\/)?[^/]+\/package\.json$/.test(path),
  );
  const bytes = files.filter(({ path }) => read.test(`/${path}`));
  return {
    'Packages installed': [manifests.length],
    'Bytes read from node_modules': [bytes.reduce((sum, f) => sum + f.size, 0)],
    Types: [],
    Instantiations: [],
    'Check time': [],
  };
}

const root = await mkdtemp(join(tmpdir(), 'identity-interface-bench-'));
try {
  const [releasedVersion, packageVersion] = [
    released.version,
    repository.manifest.version,
  ];
  const copy = join(root, 'repository');
  await npm.copyRepository(copy);
  const tarballs = {
    // As published, which the alias install does not give byte for byte.
    [releasedVersion]: await npm.pack(
      `${repository.packageName}@${releasedVersion}`,
      root,
    ),
    [packageVersion]: await npm.pack(copy, root),
  };
  /** @type {Record<string, Record<string, number[]>>} */
  const figures = {};
  for (const [label, tarball] of Object.entries(tarballs)) {
    figures[label] = await install(join(root, label), tarball);
  }
  // Alternately, so that a change in the machine's load falls on both.
  for (let run = 0; run < runs; run++) {
    for (const label of [releasedVersion, packageVersion]) {
      const app = join(root, label, 'app');
      const args = ['-p', app, '--extendedDiagnostics'];
      const { stdout } = await compilers.tsc(compilers.build, args);
      for (const figure of ['Types', 'Instantiations', 'Check time']) {
        const line = new RegExp(`^${figure}:\\s+([\\d.]+)`, 'm').exec(stdout);
        figures[label]?.[figure]?.push(Number(line?.[1]));
      }
    }
  }
  /** @type {Record<string, number>} */
  const limits = {
    'Bytes read from node_modules': budgets.readBytesRatio,
    Types: budgets.typesRatio,
    Instantiations: budgets.instantiationsRatio,
  };
  const rows = Object.keys(figures[releasedVersion] ?? {}).map((figure) => {
    const [ofReleased = 0, ofPackage = 0] = [
      releasedVersion,
      packageVersion,
    ].map((label) => median(figures[label]?.[figure] ?? []) ?? 0);
    const ratio = ofPackage / ofReleased;
    // Seconds depend on the machine; only their ratio carries over.
    const shown =
      figure === 'Check time'
        ? ['', '']
        : [ofReleased, ofPackage].map((n) => n.toLocaleString('en-US'));
    const limit = limits[figure];
    const cells = [figure, ...shown, ratio.toFixed(2), limit ?? ''];
    return { cells, missed: ratio > (limit ?? Infinity) };
  });
  const file = join(repository.root, 'BENCHMARKS.md');
  const report = `# Footprint

What \`${repository.packageName}\` costs a user, measured side by side with the
published ${releasedVersion} by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, with
Node ${process.version} and TypeScript ${ts.version} on ${availableParallelism()} cores.
It exits non-zero when a ratio exceeds its budget.

| Figure | ${releasedVersion} | ${packageVersion} | Ratio | Budget |
| --- | --: | --: | --: | --: |
${rows.map(({ cells }) => `| ${cells.join(' | ')} |`).join('\n')}

Each version is packed, ${releasedVersion} as published, and installed with
\`npm install\` into a new project. Bytes are the sizes of the installed
files that compilers and loaders read: declarations and TypeScript sources,
JavaScript and package.json files, but not documentation, licences or source
maps. Both compile the corpus of \`test/fixtures/corpus\`, code written
against ${releasedVersion}, as \`npm test\` does in bundler mode: ${runs} times each,
alternating. The table gives medians.
`;
  const config = { ...(await prettier.resolveConfig(file)), filepath: file };
  await writeFile(file, await prettier.format(report, config));
  console.log(await readFile(file, 'utf8'));
  if (rows.some(({ missed }) => missed)) process.exitCode = 1;
} finally {
  await rm(root, { recursive: true, force: true });
}
