// Size budgets: builds each entry minified with Vite (Rolldown), gzips it, and fails when a budget is exceeded.
// Run by `npm run size` (part of `npm test`). Budgets are in bytes of min+gzip.
//
//   node bench/size.mjs [--why] [--targets]
//     --why      also say where the bytes go: for each budget, the source folders and packages bundled, by size
//     --targets  also say which goals below today's size are not met yet (`npm run bench` passes it)
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transform as transformCss } from 'lightningcss';
import { build } from 'vite';
import { inlineCss } from './inlineCss.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const react = [/^react($|\/)/, /^react-dom($|\/)/];
const allDependencies = [...react, /^@tanstack\//, /^@radix-ui\//, /^@aws-sdk\//, /^msw($|\/)/];

/**
 * Each budget: an entry, what stays external, the most min+gzip bytes it may take (`limit`, which fails the build)
 * and, where the issue set a goal below today's size, that goal (`target`, printed with `--targets`, not enforced).
 */
const budgets = [
  {
    name: 'pinpoint-import-jobs (own code)',
    entry: 'src/index.ts',
    external: allDependencies,
    // +1.5 kB for the table that fits an admin page (#13): preferences, fixed layout, panel chrome.
    // +1,216 for #17's components: ImportJobDetails, ImportJobPanel, ApplicationImportJobs, job links; +50 for
    // formatting each cell's text once per job (#13). Still under 21,600 + 1,500 (#13) + 3,000 (#17).
    limit: 26_010,
    target: 14_000,
  },
  {
    name: 'pinpoint-import-jobs/core',
    entry: 'src/core/index.ts',
    external: allDependencies,
    limit: 11_556,
    target: 5_000,
  },
  {
    name: 'pinpoint-import-jobs + dependencies (not React)',
    entry: 'src/index.ts',
    external: react,
    limit: 39_251,
    target: 28_000,
  },
  {
    name: 'pinpoint-import-jobs/aws-sdk (own code)',
    entry: 'src/aws-sdk/index.ts',
    external: allDependencies,
    limit: 3_800,
  },
  {
    name: 'pinpoint-import-jobs/server',
    entry: 'src/server/index.ts',
    external: allDependencies,
    limit: 5_000,
  },
  {
    name: 'pinpoint-import-jobs/simulator (own code)',
    entry: 'src/simulator/index.ts',
    external: allDependencies,
    limit: 6_700,
  },
  {
    // Test code for hosts' tests, never in their bundles: the simulator and the HTTP fetcher make most of it.
    name: 'pinpoint-import-jobs/testing (own code)',
    entry: 'src/testing/index.ts',
    external: [...allDependencies, /^@testing-library\//],
    limit: 14_000,
  },
  {
    name: 'pinpoint-import-jobs/testing/playwright',
    entry: 'src/testing/playwright/index.ts',
    external: [...allDependencies, /^playwright-core($|\/)/],
    limit: 4_000,
  },
  // Measured from the source, inlined as the build ships it (see vite.config.ts), so no stale dist is read, then
  // minified as a host's bundler would (Lightning CSS, Vite's CSS minifier), like the scripts above.
  { name: 'styles.css', css: 'src/styles.css', limit: 4_850 },
];

/** Minifies a stylesheet with Lightning CSS, which Vite uses for CSS. */
function minifyCss(css) {
  const { code } = transformCss({ filename: 'styles.css', code: Buffer.from(css), minify: true });
  return Buffer.from(code);
}

/** Rolldown's minifier (Vite's own bundler), to size each module as it ships; absent, the rendered length is used. */
const minifySync = await import('rolldown/experimental').then(
  (module) => module.minifySync,
  () => undefined,
);

/** Bundles one entry in memory; returns its minified JavaScript and the modules it holds. */
async function bundle(entry, external) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: 'entry' },
      rollupOptions: { external },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((output) => output.output)
    .filter((file) => file.type === 'chunk');
  // Vite's library mode keeps whitespace on purpose; a host's bundler would not, so minify the whole output
  // as `size-limit` would before it is gzipped.
  const code = chunks.map((chunk) => chunk.code).join('\n');
  return {
    code: Buffer.from(minifySync ? minifySync('entry.js', code, { module: true }).code : code),
    modules: chunks.flatMap((chunk) => Object.entries(chunk.modules)),
  };
}

/** Where a module's bytes are counted: its package (`@scope/name`) or its source folder. */
function groupOf(id) {
  const path = relative(root, id.replace(/^\0/, '').replace(/\?.*$/, ''));
  const inPackage = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inPackage) return inPackage[1];
  return path.split('/').slice(0, -1).join('/') || path;
}

/** The minified length of one module's rendered code (its rendered length when it cannot be minified alone). */
function minifiedLength(info) {
  if (minifySync === undefined || !info.code) return info.renderedLength;
  try {
    return minifySync('module.js', info.code, { module: true, compress: false }).code.length;
  } catch {
    return info.renderedLength;
  }
}

/**
 * Prints the groups of a bundle by size. Each module is minified alone and the bundle's min+gzip size is
 * apportioned by those lengths: an estimate of what dropping the group would save.
 */
function explain(modules, gzipped) {
  const groups = new Map();
  let total = 0;
  for (const [id, info] of modules) {
    const group = groupOf(id);
    const length = minifiedLength(info);
    groups.set(group, (groups.get(group) ?? 0) + length);
    total += length;
  }
  const sorted = [...groups].sort((a, b) => b[1] - a[1]);
  for (const [group, length] of sorted.slice(0, 14)) {
    const share = total === 0 ? 0 : length / total;
    console.log(
      `       ${group.padEnd(46)} ${`${(share * 100).toFixed(1)}%`.padStart(6)}  ≈${kB(share * gzipped).padStart(9)}`,
    );
  }
  if (sorted.length > 14) console.log(`       … ${sorted.length - 14} more`);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const why = process.argv.includes('--why');
const targets = process.argv.includes('--targets');
let failed = false;
for (const budget of budgets) {
  const { code, modules } = budget.css
    ? { code: minifyCss(inlineCss(resolve(root, budget.css))), modules: [] }
    : await bundle(budget.entry, budget.external);
  const gzipped = gzipSync(code, { level: 9 }).length;
  const ok = gzipped <= budget.limit;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${budget.name.padEnd(52)} ${kB(gzipped).padStart(9)} min+gzip  (budget ${kB(budget.limit)}, ${kB(code.length)} min)${
      targets && budget.target && gzipped > budget.target ? `  target ${kB(budget.target)} not met` : ''
    }`,
  );
  if (why && modules.length > 0) explain(modules, gzipped);
}
if (failed) {
  console.error('size: a budget was exceeded');
  process.exit(1);
}
