// The admin app's server: the built app (dist/) and the import-jobs route of `pinpoint-import-jobs/server`, mounted
// on Hono as docs/server.md says. Its source is the simulated Pinpoint backend, whose live jobs advance with the
// clock. `node server.mjs [--port N]` listens on 127.0.0.1 (port N, else PORT, else 5180 or, when that is taken, a
// free one) and prints the URL.
//
// A new live job starts every NEW_JOB_EVERY_MS (default 60 s; 0 for none), in turn in each segment it may show.
//
// Started with an IPC channel (child_process.fork, as the end-to-end test does), it reports `{ url }` once listening
// and answers two messages: `{ fail: name, times }` makes the simulator fail the next requests (fault injection) and
// `{ start: segmentId }` starts a live job there; each is answered `{ done: message, job? }`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createHttpFetcher } from 'pinpoint-import-jobs/core';
import { createImportJobsHandler } from 'pinpoint-import-jobs/server';
import { createImportJobs, createPinpointBackend } from 'pinpoint-import-jobs/simulator';

/** The port `npm run example` listens on unless told otherwise. */
const DEFAULT_PORT = 5180;

const here = dirname(fileURLToPath(import.meta.url));
const catalog = JSON.parse(readFileSync(join(here, 'catalog.json'), 'utf8'));
const applicationId = catalog.application.id;
const deniedSegments = new Set(
  catalog.segments.filter((segment) => segment.denied).map((segment) => segment.id),
);

/** Finished jobs only: a job of the simulator that is not live never moves, so an active one would poll forever. */
const HISTORY = [
  'COMPLETED',
  'COMPLETED',
  'FAILED',
  'COMPLETED',
  'COMPLETED',
  'COMPLETED',
  'FAILED',
  'COMPLETED',
];

/** What the security headers allow: the app's own files and its own API, nothing inline. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Starts a live job that completes in the segment, as the newest of its jobs.
 *
 * @param {ReturnType<typeof createBackend>} backend
 * @param {{ id: string, name: string }} segment
 */
export function startJob(backend, segment) {
  return backend.startJob(segment.id, {
    totalPieces: 4,
    job: { ApplicationId: applicationId, Definition: { SegmentId: segment.id, SegmentName: segment.name } },
  });
}

/**
 * The simulated backend: the catalog's segments, their history of finished jobs, and live jobs that take a step
 * every `tickMs`.
 *
 * @param {{ tickMs?: number, now?: number }} [options]
 */
export function createBackend({ tickMs = 1500, now = Date.now() } = {}) {
  return createPinpointBackend({
    baseUrl: '/pinpoint',
    advance: 'time',
    tickMs,
    segments: catalog.segments.map((segment, index) => {
      const definition = { SegmentId: segment.id, SegmentName: segment.name };
      return {
        segmentId: segment.id,
        applicationId,
        jobs: createImportJobs(segment.jobs, {
          seed: index + 1,
          applicationId,
          segmentId: segment.id,
          segmentName: segment.name,
          statuses: HISTORY,
          // The newest finished job ended a little before the server started.
          now: now - 20 * 60_000,
        }),
        live: Array.from({ length: segment.live }, (_, nth) => ({
          outcome: nth === 1 ? 'FAILED' : 'COMPLETED',
          totalPieces: 6 + nth * 2,
          job: { Definition: definition },
        })),
      };
    }),
  });
}

/**
 * The route, mounted as a host mounts it: `authorize` refuses the catalog's denied segment, and `shapeJob` redacts
 * every job's IAM role (and leaves out the denied segment's jobs from the lists that are not per segment).
 *
 * @param {ReturnType<typeof createBackend>} backend
 */
export function createHandler(backend) {
  return createImportJobsHandler({
    basePath: '/api/pinpoint',
    source: createHttpFetcher({ baseUrl: '/pinpoint', fetch: backend.fetch }),
    authorize: ({ operation, segmentId }) =>
      !(operation === 'GetSegmentImportJobs' && deniedSegments.has(segmentId)),
    shapeJob: (job) => {
      if (deniedSegments.has(job.Definition?.SegmentId)) return null;
      return job.Definition ? { ...job, Definition: { ...job.Definition, RoleArn: '' } } : job;
    },
    // A fault injected in the simulator is what this demo is about: its 429s and 500s need no log line.
    onError: () => {},
  });
}

/**
 * The app: the import-jobs route, the built files (hashed assets cached for good), and `index.html` for every other
 * path, so the client-side router owns them.
 *
 * @param {{ dist: string, handler: (request: Request) => Promise<Response> }} options
 */
export function createApp({ dist, handler }) {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  app.all('/api/pinpoint/*', (c) => handler(c.req.raw));
  app.use(
    '/assets/*',
    serveStatic({
      root: dist,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.get('/assets/*', (c) => c.text('Not found', 404));
  app.get('*', serveStatic({ root: dist, path: 'index.html' }));
  return app;
}

/**
 * Starts the server.
 *
 * @param {{ port?: number, host?: string, dist?: string, tickMs?: number }} [options]
 * @returns {Promise<{ url: string, backend: ReturnType<typeof createBackend>, close: () => Promise<void> }>}
 */
export async function startServer({ port = 0, host = '127.0.0.1', dist = join(here, 'dist'), tickMs } = {}) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No build in ${dist}: run \`npm run example\` (or \`node build.mjs\`) first.`);
  }
  const backend = createBackend({ tickMs });
  const app = createApp({ dist, handler: createHandler(backend) });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      resolve({
        url: `http://${host}:${info.port}/`,
        backend,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flag = process.argv.indexOf('--port');
  const chosen = flag === -1 ? process.env.PORT : process.argv[flag + 1];
  const { url, backend, close } = await startServer({ port: Number(chosen ?? DEFAULT_PORT) }).catch(
    (error) => {
      if (error?.code !== 'EADDRINUSE') throw error;
      if (chosen === undefined) return startServer({ port: 0 });
      console.error(`Port ${chosen} is in use: pick another with --port N (0 for any free port).`);
      process.exit(1);
    },
  );
  console.log(`Admin app: ${url}`);
  const every = Number(process.env.NEW_JOB_EVERY_MS ?? 60_000);
  const shown = catalog.segments.filter((segment) => !segment.denied);
  let turn = 0;
  if (every > 0) setInterval(() => startJob(backend, shown[turn++ % shown.length]), every).unref();
  if (process.send) {
    process.send({ url });
    process.on('message', (message) => {
      if (typeof message?.fail === 'string') backend.fail(message.fail, { times: message.times ?? 1 });
      const segment = catalog.segments.find(({ id }) => id === message?.start);
      const job = segment === undefined ? undefined : startJob(backend, segment);
      process.send?.({ done: message, job });
    });
    process.on('disconnect', () => void close().then(() => process.exit(0)));
  }
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => void close().then(() => process.exit(0)));
}
