// Measures what @ballware/identity-interface costs a user, side by side with
// the published 6.0.2: what an install adds, and what a consumer that uses
// every type costs the compiler. Prints a markdown table, writes it to
// BENCHMARKS.md, and exits non-zero when a target is missed.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { consumerFiles } from '../tools/consumer.mjs';
import { listFiles } from '../tools/files.mjs';
import {
  installInto,
  pack,
  packageName,
  repository,
} from '../tools/package.mjs';
import {
  moduleModes,
  strictCompilerOptions,
  tsc,
  writeProject,
} from '../tools/typescript.mjs';

const released = '6.0.2';
const compileRuns = 7;

/** @param {Array<{ size: number }>} files */
const totalSize = (files) => files.reduce((sum, file) => sum + file.size, 0);

/**
 * What installing a tarball into a fresh project adds.
 *
 * @param {string} project - The consumer project's folder.
 * @param {string} tarball - The package's tarball.
 */
async function installFigures(project, tarball) {
  const modules = join(project, 'node_modules');
  // npm's own record of the tree is not part of any package.
  const installed = (await listFiles(modules)).filter(
    (file) => file.path !== '.package-lock.json',
  );
  const packages = installed.filter((file) =>
    /^(@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(file.path),
  );
  const ownFiles = await listFiles(join(modules, packageName));
  return {
    packages: packages.length,
    modulesBytes: totalSize(installed),
    tarballBytes: (await stat(tarball)).size,
    tarballFiles: ownFiles.length,
    javascriptBytes: totalSize(
      ownFiles.filter((file) => /\.[cm]?js$/.test(file.path)),
    ),
  };
}

/**
 * One `tsc --extendedDiagnostics` run of the consumer in `project`.
 *
 * @param {string} project
 */
async function compileFigures(project) {
  const result = await tsc('typescript', join(project, 'app'), [
    '--extendedDiagnostics',
  ]);
  if (result.code !== 0) {
    throw new Error(
      `the consumer in ${project} does not compile:\n${result.stdout}`,
    );
  }
  /** @param {string} label */
  const figure = (label) => {
    const match = result.stdout.match(
      new RegExp(`^${label}:\\s+([\\d.]+)`, 'm'),
    );
    if (!match?.[1]) throw new Error(`tsc printed no "${label}"`);
    return Number(match[1]);
  };
  return {
    types: figure('Types'),
    instantiations: figure('Instantiations'),
    memoryKilobytes: figure('Memory used'),
    checkSeconds: figure('Check time'),
  };
}

/** @param {number} value */
const count = (value) => value.toLocaleString('en-US');

/** @param {number} after @param {number} before */
const ratio = (after, before) => (after / before).toFixed(2);

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** @typedef {Awaited<ReturnType<typeof compileFigures>>} CompileFigures */

/**
 * The median of each figure over several compiles.
 *
 * @param {CompileFigures[]} runs
 * @returns {CompileFigures}
 */
function medians(runs) {
  const [first] = runs;
  if (!first) throw new Error('no compile ran');
  const figures = /** @type {Array<keyof CompileFigures>} */ (
    Object.keys(first)
  );
  return /** @type {CompileFigures} */ (
    Object.fromEntries(
      figures.map((figure) => [figure, median(runs.map((run) => run[figure]))]),
    )
  );
}

/**
 * A row of the table: one figure of both versions, and their ratio.
 *
 * @template {string} Figure
 * @param {string} label
 * @param {{ released: Record<Figure, number>, ours: Record<Figure, number> }} figures
 * @param {Figure} figure
 * @param {(value: number) => string} [format]
 */
function row(label, figures, figure, format = count) {
  const [before, after] = [figures.released[figure], figures.ours[figure]];
  return [label, format(before), format(after), ratio(after, before)];
}

const root = await mkdtemp(join(tmpdir(), 'identity-interface-bench-'));
try {
  const typescriptVersion = JSON.parse(
    await readFile(
      join(repository, 'node_modules', 'typescript', 'package.json'),
      'utf8',
    ),
  ).version;
  const ownVersion = JSON.parse(
    await readFile(join(repository, 'package.json'), 'utf8'),
  ).version;

  // Both consumers get the same files and settings. 6.0.2 needs the DOM
  // library, so both have it; and the scenarios of what 6.1 adds are left
  // out of both.
  const files = await consumerFiles(typescriptVersion, 'bundler', {
    additions: false,
  });
  const app = {
    compilerOptions: {
      ...strictCompilerOptions(typescriptVersion),
      ...moduleModes.bundler.compilerOptions(typescriptVersion),
      lib: ['es2020', 'dom'],
      noEmit: true,
    },
    type: moduleModes.bundler.packageType,
    files,
  };

  const projects = {
    released: join(root, 'released'),
    ours: join(root, 'ours'),
  };
  const tarballs = {
    released: await pack(
      join(root, 'released-tarball'),
      `${packageName}@${released}`,
    ),
    ours: await pack(join(root, 'ours-tarball')),
  };
  /** @param {'released' | 'ours'} key */
  const install = async (key) => {
    await installInto(projects[key], tarballs[key]);
    await writeProject(join(projects[key], 'app'), app);
    return installFigures(projects[key], tarballs[key]);
  };
  const installed = {
    released: await install('released'),
    ours: await install('ours'),
  };

  // Alternate the two, so that a change in the machine's load falls on both.
  /** @type {{ released: CompileFigures[], ours: CompileFigures[] }} */
  const compiled = { released: [], ours: [] };
  for (let index = 0; index < compileRuns; index++) {
    for (const key of /** @type {const} */ (['released', 'ours'])) {
      compiled[key].push(await compileFigures(projects[key]));
    }
  }
  const compile = {
    released: medians(compiled.released),
    ours: medians(compiled.ours),
  };
  const rows = [
    row('Packages installed', installed, 'packages', String),
    row('Bytes in node_modules', installed, 'modulesBytes'),
    row('Tarball bytes', installed, 'tarballBytes'),
    row('Files in the tarball', installed, 'tarballFiles'),
    row('JavaScript bytes in the package', installed, 'javascriptBytes'),
    row('Types', compile, 'types'),
    row('Instantiations', compile, 'instantiations'),
    row('Memory used, kB (median)', compile, 'memoryKilobytes'),
  ];
  const checkRatio = ratio(
    compile.ours.checkSeconds,
    compile.released.checkSeconds,
  );
  // Seconds depend on the machine; only their ratio carries over.
  rows.push([
    `Check time, relative (median of ${compileRuns})`,
    '1.00',
    checkRatio,
    checkRatio,
  ]);

  const targets = [
    [
      'Bytes in node_modules ≤ 0.25 × 6.0.2',
      installed.ours.modulesBytes <= 0.25 * installed.released.modulesBytes,
    ],
    ['Packages installed: 1', installed.ours.packages === 1],
    [
      'JavaScript: an empty entry of ≤ 64 bytes',
      installed.ours.javascriptBytes <= 64,
    ],
    [
      'Types ≤ 1.01 × 6.0.2',
      compile.ours.types <= 1.01 * compile.released.types,
    ],
    [
      'Instantiations ≤ 1.01 × 6.0.2',
      compile.ours.instantiations <= 1.01 * compile.released.instantiations,
    ],
  ];

  const table = [
    `| Figure | ${released} | ${ownVersion} | ${ownVersion} / ${released} |`,
    '| --- | --: | --: | --: |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
  const targetList = targets
    .map(([target, met]) => `- ${met ? 'met' : '**missed**'}: ${target}`)
    .join('\n');
  console.log(`${table}\n\nTargets:\n${targetList}`);

  const file = join(repository, 'BENCHMARKS.md');
  const report = `# Footprint

What \`${packageName}\` costs a user, measured side by side with the
published ${released} by \`npm run bench\`.

Run on ${new Date().toISOString().slice(0, 10)} with Node ${process.version} and
TypeScript ${typescriptVersion}, on a machine with ${availableParallelism()} cores.

${table}

## Targets

\`npm run bench\` exits non-zero when it misses one of these.

${targetList}

## How it measures

- Each version is packed (${released} is fetched from the registry) and installed
  with \`npm install\` into its own new project. Bytes in node_modules are the
  sum of the installed files' sizes, without npm's \`.package-lock.json\`;
  \`du -sb\` reports more because it adds the folders' own sizes.
- Both projects compile the same consumer: the scenarios in
  \`test/fixtures/consumer/scenarios\`, which use only what ${released} has
  (those in \`additions\` use what ${ownVersion} adds), with the same strict settings, \`lib: ["es2020", "dom"]\`
  (${released} needs the DOM) and \`tsc --extendedDiagnostics\`. Each is
  compiled ${compileRuns} times, alternating with the other; the table gives
  medians.
- The tarball of ${ownVersion} is larger: its declarations carry a
  documentation comment with an example for every type, and its README
  covers more.
`;
  const config = await prettier.resolveConfig(file);
  await writeFile(
    file,
    await prettier.format(report, { ...config, filepath: file }),
  );

  if (targets.some(([, met]) => !met)) process.exitCode = 1;
} finally {
  await rm(root, { recursive: true, force: true });
}
