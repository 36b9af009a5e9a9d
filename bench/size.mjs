// Size budgets: builds each entry minified with Vite (Rolldown), gzips it, and fails when a budget is exceeded.
// Run by `npm run size` (part of `npm test`). Budgets are in bytes of min+gzip.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const react = [/^react($|\/)/, /^react-dom($|\/)/];
const allDependencies = [...react, /^@tanstack\//, /^@radix-ui\//, /^@aws-sdk\//, /^msw($|\/)/];

/** Each budget: an entry, what stays external, and the most min+gzip bytes it may take. */
const budgets = [
  {
    name: 'pinpoint-import-jobs (own code)',
    entry: 'src/index.ts',
    external: allDependencies,
    limit: 14_000,
  },
  { name: 'pinpoint-import-jobs/core', entry: 'src/core/index.ts', external: allDependencies, limit: 5_000 },
  {
    name: 'pinpoint-import-jobs + dependencies (not React)',
    entry: 'src/index.ts',
    external: react,
    limit: 28_000,
  },
  {
    name: 'pinpoint-import-jobs/aws-sdk (own code)',
    entry: 'src/aws-sdk/index.ts',
    external: allDependencies,
    limit: 3_000,
  },
  { name: 'styles.css', css: 'dist/styles.css', limit: 4_000 },
];

/** Bundles one entry into a scratch folder and returns its minified JavaScript. */
async function bundle(entry, external) {
  const outDir = mkdtempSync(join(tmpdir(), 'pij-size-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      publicDir: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir,
        minify: true,
        target: 'es2022',
        lib: { entry: resolve(root, entry), formats: ['es'], fileName: 'entry' },
        rollupOptions: { external },
      },
    });
    return readdirSync(outDir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(outDir, file)))
      .reduce((all, chunk) => Buffer.concat([all, chunk]), Buffer.alloc(0));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
let failed = false;
for (const budget of budgets) {
  const code = budget.css
    ? readFileSync(resolve(root, budget.css))
    : await bundle(budget.entry, budget.external);
  const gzipped = gzipSync(code, { level: 9 }).length;
  const ok = gzipped <= budget.limit;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${budget.name.padEnd(52)} ${kB(gzipped).padStart(9)} ${budget.css ? 'gzip     ' : 'min+gzip '} (budget ${kB(budget.limit)}, ${kB(code.length)} min)`,
  );
}
if (failed) {
  console.error('size: a budget was exceeded');
  process.exit(1);
}
