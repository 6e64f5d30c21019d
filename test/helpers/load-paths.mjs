// Loads paths from a project in each way users do: with Node's require()
// and import(), and with require() of the file a resolver that ignores
// exports finds, as webpack 4, Jest before 28 and Node 10 do. Meant for a
// process of its own, which nothing has loaded before.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import resolve from 'resolve';

/**
 * Prints what loaded, with the keys of what a script exports, and the
 * globals that loading added, as JSON.
 *
 * @param {string} project - The folder paths are loaded from.
 * @param {string[]} paths
 * @param {(path: string, options: object) => Promise<{ default: unknown }>} importFromProject
 *   `import()` as the project calls it, which this module cannot: its own
 *   `import()` resolves from where it is.
 */
export async function report(project, paths, importFromProject) {
  const require = createRequire(join(project, 'index.js'));
  /** @param {string} path */
  const attributes = (path) =>
    path.endsWith('.json') ? { with: { type: 'json' } } : {};
  /** @type {Record<string, (path: string) => unknown>} */
  const ways = {
    require,
    import: async (path) =>
      (await importFromProject(path, attributes(path))).default,
    'ignoring exports': (path) =>
      require(resolve.sync(path, { basedir: project })),
  };
  /** @param {string} path @returns Whether it names a script. */
  const isScript = (path) => {
    try {
      return require.resolve(path).endsWith('.js');
    } catch {
      return false;
    }
  };
  const globals = Object.keys(globalThis);
  /** @type {Array<{ path: string, way: string, keys?: string[] }>} */
  const loaded = [];
  for (const path of paths) {
    for (const [way, load] of Object.entries(ways)) {
      const value = await (async () => load(path))().catch(() => null);
      if (!value) continue;
      const keys = isScript(path) ? Object.keys(value) : undefined;
      loaded.push({ path, way, ...(keys && { keys }) });
    }
  }
  const added = Object.keys(globalThis).filter(
    (name) => !globals.includes(name),
  );
  console.log(JSON.stringify({ loaded, added }));
}
