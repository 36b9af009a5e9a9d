// Installs React 18 for the `react18` Vitest project from test/react18/package-lock.json, unless node_modules there
// already holds exactly what the lockfile pins. Run by `npm test` before Vitest, so `npm ci && npm test` on a fresh
// clone runs every project; a later run that finds the same packages costs nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));

/** `path → version@integrity` of every package a lockfile lists (the root entry left out). */
function pinned(file) {
  let lock;
  try {
    lock = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  return JSON.stringify(
    Object.entries(lock.packages ?? {})
      .filter(([path]) => path !== '')
      .map(([path, entry]) => `${path} ${entry.version}@${entry.integrity}`)
      .sort(),
  );
}

// npm writes node_modules/.package-lock.json as it installs: it lists what is there.
const wanted = pinned(join(dir, 'package-lock.json'));
if (wanted === undefined) throw new Error('test/react18/package-lock.json is missing or not JSON');
if (pinned(join(dir, 'node_modules/.package-lock.json')) === wanted) process.exit(0);

console.log('react18: installing test/react18 from its lockfile (npm ci)');
execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
