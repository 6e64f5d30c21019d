// The repository: its folder and its package.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The repository's package.json.
 *
 * @type {{ name: string, version: string, scripts: Record<string, string>, devDependencies: Record<string, string> }}
 */
export const manifest = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
);

/** The package's name, as users import it. */
export const packageName = manifest.name;
