// The server half of `npm run bench`: a bounded load on `createImportJobsHandler` mounted on node:http (through
// @hono/node-server) on 127.0.0.1, against a baseline run in the same process (a route that calls the source per
// request). Builds bench/serverLoad.ts with Vite (SSR build, dependencies left to Node), then prints, for each run:
// failed requests, upstream calls, p50/p99/max latency and RSS before and after. Exits 1 when a request failed or the
// handler called the source more often than its coalescing allows (one call per key per maxAgeMs).
//
//   node bench/server-load.mjs [--clients 50] [--requests 40] [--source-ms 50] [--json]
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const outDir = resolve(root, 'node_modules/.cache/pinpoint-import-jobs-server-bench');
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const options = {
  clients: argument('--clients', 50),
  requests: argument('--requests', 40),
  sourceMs: argument('--source-ms', 50),
  segments: 5,
  users: 5,
};
/** The handler's default `maxAgeMs`. */
const MAX_AGE_MS = 1_000;

const { build } = await import('vite');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
await build({
  configFile: false,
  root,
  logLevel: 'silent',
  publicDir: false,
  build: {
    ssr: resolve(root, 'bench/serverLoad.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rollupOptions: { output: { format: 'es', entryFileNames: 'serverLoad.mjs' } },
  },
});
const { runServerLoad } = await import(pathToFileURL(resolve(outDir, 'serverLoad.mjs')).href);
const results = await runServerLoad(options);

const total = options.clients * options.requests;
const keys = options.segments * options.users;
console.log(
  `\nServer load: ${options.clients} clients × ${options.requests} requests (${total}), source ${options.sourceMs} ms, ${options.segments} segments × ${options.users} users (${keys} distinct requests); Node ${process.version}`,
);
const rows = [
  ['run', 'failed', 'upstream calls', 'p50', 'p99', 'max', 'time', 'RSS before → after'],
  ...results.map((result) => [
    result.name,
    String(result.failed),
    String(result.upstreamCalls),
    `${result.p50Ms.toFixed(1)} ms`,
    `${result.p99Ms.toFixed(1)} ms`,
    `${result.maxMs.toFixed(1)} ms`,
    `${result.seconds.toFixed(2)} s`,
    `${result.rssBeforeMb} → ${result.rssAfterMb} MB`,
  ]),
];
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));

const [baseline, ours] = results;
// Coalescing promises at most one call per distinct request per maxAgeMs (plus the first).
const bound = keys * (Math.floor((ours.seconds * 1000) / MAX_AGE_MS) + 1);
console.log(
  `upstream calls: ${ours.upstreamCalls} for ${ours.requests} requests (baseline ${baseline.upstreamCalls}, ${(baseline.upstreamCalls / Math.max(1, ours.upstreamCalls)).toFixed(0)}× fewer); coalescing allows at most ${bound}; p50 ${(baseline.p50Ms / Math.max(0.001, ours.p50Ms)).toFixed(1)}× faster`,
);
if (process.argv.includes('--json')) console.log(JSON.stringify({ options, results, bound }, null, 2));
const failed = results.some((result) => result.failed > 0) || ours.upstreamCalls > bound;
if (failed) {
  console.error('server load: FAILED (a request failed, or more upstream calls than coalescing allows)');
  process.exit(1);
}
