// Measures what the package costs a user, side by side with the release it
// replaces: what an install adds to node_modules, and what compiling the
// corpus of code written for that release costs. Writes BENCHMARKS.md, and
// exits non-zero when a ratio exceeds its budget.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { budgets } from '../tools/budgets.mjs';
import { listFiles } from '../tools/files.mjs';
import { layout, readCorpus } from '../tools/fixtures.mjs';
import * as npm from '../tools/package.mjs';
import { released } from '../tools/released.mjs';
import * as typescript from '../tools/typescript.mjs';

const runs = 7;
const manifest = join(npm.repository, 'node_modules/typescript/package.json');
const { version } = JSON.parse(await readFile(manifest, 'utf8'));
const { bundler } = typescript.moduleModes;
// Every declaration file of the packages checked, and the DOM library, which
// the replaced release needs.
const options = {
  ...typescript.corpusOptions(version),
  ...bundler.compilerOptions(version),
  skipLibCheck: false,
  lib: ['es2020', 'dom'],
  noEmit: true,
};
const files = layout(version, 'bundler', options, await readCorpus());
/** @param {number[]} values - An odd number of them. */
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];

/**
 * Installs a tarball into a new project, as a user would, with the corpus
 * beside it.
 *
 * @param {string} project
 * @param {string} spec - What to pack.
 */
async function install(project, spec) {
  await npm.installInto(project, await npm.pack(project, spec));
  const type = bundler.packageType;
  await typescript.writeProject(join(project, 'app'), {
    compilerOptions: options,
    type,
    files,
  });
  // npm's own record of the tree is not part of any package.
  const installed = (await listFiles(join(project, 'node_modules'))).filter(
    ({ path }) => path !== '.package-lock.json',
  );
  const manifests = /^(@[^/]+\/)?[^/]+\/package\.json$/;
  return {
    'Packages installed': [
      installed.filter((f) => manifests.test(f.path)).length,
    ],
    'Bytes in node_modules': [installed.reduce((sum, f) => sum + f.size, 0)],
    /** @type {number[]} */ Types: [],
    /** @type {number[]} */ Instantiations: [],
    /** @type {number[]} */ 'Check time': [],
  };
}

const root = await mkdtemp(join(tmpdir(), 'identity-interface-bench-'));
try {
  const [was, is] = [released.version, npm.manifest.version];
  // The replaced version as it was published, and this one.
  const before = await install(join(root, was), `${npm.packageName}@${was}`);
  const after = await install(join(root, is), '.');
  // Alternate the two, so that a change in the machine's load falls on both.
  for (let run = 0; run < runs; run++) {
    for (const [label, figures] of /** @type {const} */ ([
      [was, before],
      [is, after],
    ])) {
      const app = join(root, label, 'app');
      const args = ['-p', app, '--extendedDiagnostics'];
      const { stdout } = await typescript.tsc('typescript', args);
      for (const figure of ['Types', 'Instantiations', 'Check time']) {
        const line = new RegExp(`^${figure}:\\s+([\\d.]+)`, 'm').exec(stdout);
        figures[/** @type {'Types'} */ (figure)].push(Number(line?.[1]));
      }
    }
  }
  /** @type {Partial<Record<keyof typeof before, number>>} */
  const limits = {
    'Bytes in node_modules': budgets.nodeModulesRatio,
    Types: budgets.typesRatio,
    Instantiations: budgets.instantiationsRatio,
  };
  const rows = /** @type {Array<keyof typeof before>} */ (
    Object.keys(before)
  ).map((figure) => {
    const [old, now] = [median(before[figure]), median(after[figure])];
    const ratio = (now ?? 0) / (old ?? 1);
    // Seconds depend on the machine; only their ratio carries over.
    const values = figure === 'Check time' ? [] : [old, now];
    const [shownOld = '', shownNow = ''] = values.map((value) =>
      (value ?? 0).toLocaleString('en-US'),
    );
    const limit = limits[figure];
    const cells = [figure, shownOld, shownNow, ratio.toFixed(2), limit ?? ''];
    return { cells, missed: ratio > (limit ?? Infinity) };
  });
  const file = join(npm.repository, 'BENCHMARKS.md');
  const report = `# Footprint

What \`${npm.packageName}\` costs a user, measured side by side with the
published ${was} by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, with
Node ${process.version} and TypeScript ${version} on ${availableParallelism()} cores.
It exits non-zero when a ratio exceeds its budget.

| Figure | ${was} | ${is} | Ratio | Budget |
| --- | --: | --: | --: | --: |
${rows.map(({ cells }) => `| ${cells.join(' | ')} |`).join('\n')}

Each version is packed, ${was} as published, and installed with
\`npm install\` into a new project; bytes are the installed files' sizes.
Both compile the corpus of \`test/fixtures/corpus\`, code written against
${was}, as \`npm test\` does in bundler mode, but with the packages'
declaration files checked and the DOM library, which ${was} needs: ${runs}
times each, alternating. The table gives medians.
`;
  const config = { ...(await prettier.resolveConfig(file)), filepath: file };
  await writeFile(file, await prettier.format(report, config));
  console.log(await readFile(file, 'utf8'));
  if (rows.some(({ missed }) => missed)) process.exitCode = 1;
} finally {
  await rm(root, { recursive: true, force: true });
}
