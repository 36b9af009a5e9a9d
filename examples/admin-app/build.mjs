// Builds the admin app the way a host builds its app: the library is packed (`npm pack`, which builds it first) and
// installed from that tarball, never from src/. Then the app is typechecked and built for production into dist/.
//
//   node examples/admin-app/build.mjs [--measure]
//     --measure  also builds the app without the library's modules (dist-without-library/) and prints both sizes
//
// The example's own dependencies (wouter) come from its lockfile; react, react-dom, vite, @vitejs/plugin-react,
// typescript, hono and @hono/node-server from the repository's root node_modules, which Node and Vite find by
// walking up. So the tarball is installed with `--omit=peer`: one React, the root's, serves the app and the library.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = resolve(fileURLToPath(import.meta.url), '..');
const root = resolve(here, '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const started = performance.now();

// Production builds whoever calls: under a test runner's NODE_ENV=test, Vite emits React's development JSX
// (`jsxDEV` calls), in the library's dist as in the app.
const env = { ...process.env, NODE_ENV: 'production' };

function run(cmd, args, cwd) {
  execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

function step(label, work) {
  const start = performance.now();
  const result = work();
  console.log(`admin-app: ${label} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  return result;
}

const scratch = mkdtempSync(join(tmpdir(), 'pij-admin-app-'));
try {
  const tarball = step('packed the library (npm pack builds it)', () => {
    execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const [file] = readdirSync(scratch).filter((name) => name.endsWith('.tgz'));
    if (file === undefined) throw new Error('npm pack wrote no tarball');
    return join(scratch, file);
  });
  step('installed the tarball and the lockfile into examples/admin-app/node_modules', () =>
    run(
      'npm',
      [
        'install',
        '--no-save',
        '--omit=peer',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        tarball,
      ],
      here,
    ),
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const installed = JSON.parse(
  readFileSync(join(here, 'node_modules/pinpoint-import-jobs/package.json'), 'utf8'),
);
if (existsSync(join(here, 'node_modules/pinpoint-import-jobs/src')))
  throw new Error('the tarball ships src/');
console.log(`admin-app: pinpoint-import-jobs ${installed.version} from the tarball`);

step('typechecked (tsc, against the tarball)', () => run(bin('tsc'), ['-p', 'tsconfig.json'], here));
step('built dist/', () => run(bin('vite'), ['build', '--logLevel', 'warn'], here));

/** Bytes of every `.js` and `.css` file under `dir`, raw and gzipped. */
function measure(dir) {
  const sizes = { js: 0, jsGzip: 0, css: 0, cssGzip: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const kind = entry.name.endsWith('.js') ? 'js' : entry.name.endsWith('.css') ? 'css' : undefined;
    if (kind === undefined || !entry.isFile()) continue;
    const bytes = readFileSync(join(entry.parentPath, entry.name));
    sizes[kind] += bytes.length;
    sizes[`${kind}Gzip`] += gzipSync(bytes, { level: 9 }).length;
  }
  return sizes;
}

if (process.argv.includes('--measure')) {
  step('built dist-without-library/ (the library modules stubbed)', () =>
    run(bin('vite'), ['build', '--logLevel', 'warn', '--mode', 'without-library'], here),
  );
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const withLibrary = measure(join(here, 'dist'));
  const without = measure(join(here, 'dist-without-library'));
  const line = (label, s) =>
    `  ${label.padEnd(26)} JS ${kB(s.js)} (${kB(s.jsGzip)} gzip), CSS ${kB(s.css)} (${kB(s.cssGzip)} gzip)`;
  const share = {
    js: withLibrary.js - without.js,
    jsGzip: withLibrary.jsGzip - without.jsGzip,
    css: withLibrary.css - without.css,
    cssGzip: withLibrary.cssGzip - without.cssGzip,
  };
  console.log(
    [
      'admin-app: production bundle',
      line('the app', withLibrary),
      line('without the library', without),
      line('the library’s share', share),
      `  the library’s share of the gzipped JS: ${((100 * share.jsGzip) / withLibrary.jsGzip).toFixed(0)} %`,
    ].join('\n'),
  );
}

console.log(
  `admin-app: built ${relative(root, join(here, 'dist'))} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
