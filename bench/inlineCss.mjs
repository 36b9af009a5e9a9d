// The default stylesheet as the build ships it: `@import './x.css';` lines inlined recursively (see vite.config.ts).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Reads a stylesheet with its relative `@import`s inlined.
 *
 * @param {string} file - An absolute path.
 * @returns {string}
 */
export function inlineCss(file) {
  return readFileSync(file, 'utf8').replace(/^@import\s+['"](\.[^'"]+)['"];\s*$/gm, (_line, path) =>
    inlineCss(resolve(dirname(file), path)),
  );
}
