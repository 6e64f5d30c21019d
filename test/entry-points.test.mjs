import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { packageName, repository } from '../tools/package.mjs';
import { moduleModes } from '../tools/typescript.mjs';
import { releasedEntryPoints, releasedFolder } from './helpers/released.mjs';
import { workspace } from './helpers/workspace.mjs';

// 6.0.2 had no exports map, so every file of its tarball was an entry point.
// This test lays 6.0.2 and the packed package side by side and tries every
// entry point of 6.0.2 in every way a user reaches it: a type import in each
// module mode, and require() and import() at run time.

/** The ways a type import resolves: a column per source format of each mode. */
const typeColumns = Object.entries(moduleModes).flatMap(([name, mode]) => {
  const { options } = ts.convertCompilerOptionsFromJson(
    mode.compilerOptions(ts.versionMajorMinor),
    repository,
  );
  return mode.formats.map((format) => ({
    label: mode.formats.length > 1 ? `${name} from ${format.extension}` : name,
    options,
    extension: format.extension,
    // Only node16 resolves an import by the importer's module format; in
    // the other modes the compiler passes no format.
    resolutionMode:
      options.moduleResolution !== ts.ModuleResolutionKind.Node16
        ? undefined
        : format.loader === 'require'
          ? ts.ModuleKind.CommonJS
          : ts.ModuleKind.ESNext,
  }));
});

const declarationExtensions = ['.d.ts', '.d.cts', '.d.mts'];

/**
 * The file a type import of `specifier` resolves to from `project`, if it
 * resolves to declarations.
 *
 * @param {string} project
 * @param {string} specifier
 * @param {(typeof typeColumns)[number]} column
 */
function resolveTypes(project, specifier, column) {
  const { resolvedModule } = ts.resolveModuleName(
    specifier,
    join(project, `probe${column.extension}`),
    column.options,
    ts.sys,
    undefined,
    undefined,
    /** @type {ts.ResolutionMode} */ (column.resolutionMode),
  );
  return resolvedModule &&
    declarationExtensions.includes(resolvedModule.extension)
    ? resolvedModule.resolvedFileName
    : undefined;
}

/**
 * The names a declaration file exports.
 *
 * @param {ts.Program} program
 * @param {string} file
 */
function exportedNames(program, file) {
  const source = program.getSourceFile(file);
  const checker = program.getTypeChecker();
  const symbol = source && checker.getSymbolAtLocation(source);
  return symbol
    ? checker
        .getExportsOfModule(symbol)
        .map((exported) => exported.name)
        .sort()
    : [];
}

/**
 * Loads `specifier` at run time from `project`: with require(), and with
 * import() from a module in the project, as the project's own code would.
 *
 * @param {string} project
 */
async function loaders(project) {
  const probe = join(project, 'probe-import.mjs');
  await writeFile(
    probe,
    `export default (specifier) =>
  specifier.endsWith('.json')
    ? import(specifier, { with: { type: 'json' } })
    : import(specifier);
`,
  );
  /** @type {(specifier: string) => Promise<unknown>} */
  const load = (await import(pathToFileURL(probe).href)).default;
  const require = createRequire(join(project, 'package.json'));
  return {
    /** @param {string} specifier */
    require: async (specifier) => require(specifier),
    import: load,
  };
}

test('every entry point of 6.0.2 resolves and loads as it did', async (t) => {
  const { consumer, root } = await workspace();
  // 6.0.2 gets a project of its own, in which it is installed under its real
  // name, so that both answer the same specifiers.
  const released = join(root, 'released');
  const link = join(released, 'node_modules', packageName);
  await mkdir(dirname(link), { recursive: true });
  await symlink(releasedFolder, link, 'dir');
  await writeFile(join(released, 'package.json'), '{ "private": true }\n');

  const entryPoints = await releasedEntryPoints();
  /** @param {string} subpath - Such as `./dist/auth`. */
  const fromSubpath = (subpath) => packageName + subpath.slice(1);
  const typeSpecifiers = [packageName, ...entryPoints.types.map(fromSubpath)];
  const runtimeSpecifiers = [
    packageName,
    `${packageName}/package.json`,
    ...entryPoints.runtime.map(fromSubpath),
  ];

  /** @type {Array<{ cell: string, released: boolean, current: boolean }>} */
  const cells = [];
  /**
   * Every cell both resolve, with the declaration file each resolves to.
   *
   * @type {Array<{ cell: string, released: string, current: string }>}
   */
  const bothTyped = [];
  for (const specifier of typeSpecifiers) {
    for (const column of typeColumns) {
      const cell = `${specifier} · types, ${column.label}`;
      const target = {
        released: resolveTypes(released, specifier, column),
        current: resolveTypes(consumer, specifier, column),
      };
      cells.push({
        cell,
        released: Boolean(target.released),
        current: Boolean(target.current),
      });
      if (target.released && target.current) {
        bothTyped.push({
          cell,
          released: target.released,
          current: target.current,
        });
      }
    }
  }

  const load = {
    released: await loaders(released),
    current: await loaders(consumer),
  };
  const globals = Object.keys(globalThis);
  const rootModule = {
    require: await load.current.require(packageName),
    import: await load.current.import(packageName),
  };
  /** @type {string[]} */
  const differentModules = [];
  for (const specifier of runtimeSpecifiers) {
    for (const loader of /** @type {const} */ (['require', 'import'])) {
      const outcome = async (/** @type {'released' | 'current'} */ side) =>
        load[side][loader](specifier).then(
          (loaded) => ({ loaded }),
          () => undefined,
        );
      const [before, after] = [
        await outcome('released'),
        await outcome('current'),
      ];
      cells.push({
        cell: `${specifier} · ${loader}()`,
        released: Boolean(before),
        current: Boolean(after),
      });
      // Every entry point loads the one empty module, whatever its name.
      if (
        after &&
        after.loaded !== rootModule[loader] &&
        !specifier.endsWith('.json')
      ) {
        differentModules.push(`${specifier} · ${loader}()`);
      }
    }
  }

  const count = (/** @type {'released' | 'current'} */ side) =>
    cells.filter((cell) => cell[side]).length;
  t.diagnostic(
    `of ${cells.length} cells, 6.0.2 resolves ${count('released')} and this package ${count('current')}`,
  );
  const lost = cells.filter((cell) => cell.released && !cell.current);
  assert.deepEqual(
    lost.map((cell) => cell.cell),
    [],
    'cells 6.0.2 resolves and this package does not',
  );
  assert.deepEqual(
    differentModules,
    [],
    'entry points that load another module',
  );
  // The entry is empty: no exports, and nothing changed globally.
  assert.deepEqual(Object.keys(Object(rootModule.require)), []);
  assert.deepEqual(Object.keys(Object(Object(rootModule.import).default)), []);
  assert.deepEqual(Object.keys(globalThis), globals, 'no global changed');

  // In every cell, a deep path gives the names its file gave in 6.0.2, and
  // nothing that 6.0.2 did not have there; a path to the file 6.0.2's root
  // resolved to gives what the root gives now.
  const program = ts.createProgram(
    bothTyped.flatMap(({ released, current }) => [released, current]),
    { noLib: true, types: [] },
  );
  const rootCell = bothTyped.find(({ cell }) =>
    cell.startsWith(`${packageName} · `),
  );
  assert.ok(rootCell, 'the root resolves');
  for (const { cell, released: before, current: after } of bothTyped) {
    const expected = exportedNames(
      program,
      before === rootCell.released ? rootCell.current : before,
    );
    assert.deepEqual(exportedNames(program, after), expected, cell);
    assert.ok(
      exportedNames(program, before).every((name) => expected.includes(name)),
      `${cell} keeps every name of 6.0.2`,
    );
  }
});
