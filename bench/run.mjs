// `npm run bench`: builds bench/cases.tsx with Vite (SSR build, dependencies left to Node), sets up a jsdom global,
// loads React's production build and prints, for each case, our figure, the baseline's and the ratio, all measured
// in this one process. Machines here are noisy: read the ratios, not the absolute times.
//
//   node bench/run.mjs [--browser] [--quick] [--json] [--strict]
//     --browser run the cases in headless Chromium instead of jsdom (see bench/browser.mjs)
//     --quick   mount 100 and 1,000 jobs only (no 5,000)
//     --json    print the rows as JSON after the table
//     --strict  exit 1 when a target is missed (the default only reports)
//   node --cpu-prof bench/run.mjs --profile-mount 1000 [--baseline]
//     mounts the table (or the baseline) 5 times with that many jobs and writes a CPU profile
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = new Set(process.argv.slice(2));

// Garbage collection between samples keeps one side from paying for the other's garbage: re-run with it on.
if (typeof globalThis.gc !== 'function' && !process.env.PIJ_BENCH_CHILD) {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      '--expose-gc',
      '--max-semi-space-size=32',
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, PIJ_BENCH_CHILD: '1', NODE_ENV: 'production' },
    },
  );
  process.exit(child.status ?? 1);
}

process.env.NODE_ENV = 'production';
const root = resolve(fileURLToPath(import.meta.url), '../..');
// Inside the project, so the built file resolves react, react-dom and @tanstack from node_modules.
const outDir = resolve(root, 'node_modules/.cache/pinpoint-import-jobs-bench');

const started = performance.now();
const sizes = args.has('--quick') ? [100, 1_000] : undefined;
const log = (line) => process.stderr.write(`  ${line}\n`);
const { rows, environment } = args.has('--browser')
  ? await (await import('./browser.mjs')).runInBrowser({ root, outDir, sizes, log })
  : await runInJsdom();

async function runInJsdom() {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    plugins: [react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      ssr: resolve(root, 'bench/cases.tsx'),
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'cases.mjs' } },
    },
  });

  // A DOM for react-dom: the jsdom window's globals, Node's own kept where both exist (performance, timers).
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
  });
  globalThis.window = dom.window;
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (key in globalThis) continue;
    Object.defineProperty(globalThis, key, { configurable: true, get: () => dom.window[key] });
  }

  const { runBench, profileMount, domPerRow } = await import(
    pathToFileURL(resolve(outDir, 'cases.mjs')).href
  );
  const profileIndex = process.argv.indexOf('--profile-mount');
  if (profileIndex > 0) {
    const size = Number(process.argv[profileIndex + 1] ?? 1_000);
    const baseline = args.has('--baseline');
    const { ours, baseline: plain, columns } = domPerRow();
    console.log(
      `DOM per row: ours ${ours.elements.toFixed(1)} elements / ${ours.attributes.toFixed(1)} attributes, baseline ${plain.elements.toFixed(1)} / ${plain.attributes.toFixed(1)}`,
    );
    for (const [id, cost] of Object.entries(columns).sort((a, b) => b[1].elements - a[1].elements))
      console.log(
        `  ${id.padEnd(16)} ${cost.elements.toFixed(1).padStart(5)} elements ${cost.attributes.toFixed(1).padStart(6)} attributes`,
      );
    console.log(
      `median mount of ${size} jobs (${baseline ? 'baseline' : 'ours'}): ${profileMount(size, 5, baseline).toFixed(1)} ms`,
    );
    process.exit(0);
  }
  const rows = await runBench(sizes ? { sizes } : {}, log);

  const require = createRequire(resolve(outDir, 'cases.mjs'));
  const reactBuild = Object.keys(require.cache).some((file) => file.includes('react-dom-client.production'))
    ? 'production'
    : 'development';
  if (reactBuild !== 'production')
    process.on('exit', () =>
      console.log('\nWARNING: React development build: timings are not representative.'),
    );
  return { rows, environment: `Node ${process.version}, React ${reactBuild} build, jsdom` };
}

const number = (value, unit) => {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'rows' || unit === 'requests' || unit === 'mutations') return String(value);
  if (unit === 'px') return `${Math.round(value * 10) / 10} px`;
  if (unit === 'count') return value.toFixed(1);
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
  if (unit === 'µs/job') return `${value.toFixed(2)} µs/job`;
  return `${value.toFixed(value < 0.1 ? 3 : 2)}×`;
};
const ratio = (row) =>
  row.baseline === 0 ? (row.ours === 0 ? '1.00' : '∞') : (row.ours / row.baseline).toFixed(2);
// The quartiles of the round-by-round ratio: half the rounds fell in this range.
const spread = (row) => (row.spread ? `${row.spread[0].toFixed(2)}–${row.spread[1].toFixed(2)}` : '');
const table = [
  ['case', 'ours', 'baseline', 'ratio', 'ratio q1–q3', 'target', 'ok'],
  ...rows.map((row) => [
    row.name,
    number(row.ours, row.unit),
    number(row.baseline, row.unit),
    ratio(row),
    spread(row),
    row.target === '' ? '' : `${row.targetIsRatio ? 'ratio ' : ''}${row.target}`,
    row.ok === undefined ? '' : row.ok ? 'ok' : 'MISS',
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
const print = (line) =>
  console.log(
    line
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join(' | '),
  );
console.log(
  `\npinpoint-import-jobs bench: ${environment}, ${(await import('node:os')).cpus().length} cores, ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
print(table[0]);
console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
for (const line of table.slice(1)) print(line);
console.log(
  '\nRatios: median of ours over median of the baseline; q1–q3: the quartiles of the ratio round by round.' +
    '\nBaselines: a plain React <table> with the same 11 columns (mount, poll); structuredClone of the same reply ' +
    '(normalise); one naive interval per component, polling whatever the status or visibility (requests).',
);
if (args.has('--json')) console.log(JSON.stringify(rows, null, 2));

const missed = rows.filter((row) => row.ok === false);
if (missed.length > 0)
  console.log(`\n${missed.length} target(s) missed: ${missed.map((row) => row.name).join('; ')}`);
process.exit(args.has('--strict') && missed.length > 0 ? 1 : 0);
