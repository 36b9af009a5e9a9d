// `npm run bench -- --browser`: the same cases as the jsdom run, in headless Chromium (Debian's /usr/bin/chromium,
// or CHROMIUM_PATH), where a host app's table really mounts. Builds bench/cases.tsx for the browser with React's
// production build, serves it on 127.0.0.1 and runs it in one page, with garbage collection exposed.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { inlineCss } from './inlineCss.mjs';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<link rel="stylesheet" href="/styles.css"></head>
<body><script type="module">import * as cases from './cases.js'; window.cases = cases;</script></body></html>`;

/**
 * Runs the bench in Chromium and returns its rows and a description of the browser.
 *
 * @param {{ root: string; outDir: string; sizes?: number[]; log: (line: string) => void }} options
 */
export async function runInBrowser({ root, outDir, sizes, log }) {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: set CHROMIUM_PATH`);
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    plugins: [react()],
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: { entry: resolve(root, 'bench/cases.tsx'), formats: ['es'], fileName: () => 'cases.js' },
    },
  });
  // The page has the stylesheet, as a host's would: the "to layout" mounts style and lay out the table with it.
  const files = {
    '/': ['text/html', PAGE],
    '/cases.js': ['text/javascript', readFileSync(resolve(outDir, 'cases.js'))],
    '/styles.css': ['text/css', inlineCss(resolve(root, 'src/styles.css'))],
  };
  const server = createServer((request, response) => {
    const [type, body] = files[request.url ?? ''] ?? ['text/plain', ''];
    response.writeHead(body === '' ? 404 : 200, { 'content-type': type });
    response.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'log') log(message.text());
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => 'cases' in window);
    const rows = await page.evaluate(
      (options) => window.cases.runBench(options, (line) => console.log(line)),
      { ...(sizes ? { sizes } : {}), layout: true },
    );
    return { rows, environment: `Chromium ${browser.version()} (headless)` };
  } finally {
    await browser.close();
    server.close();
  }
}
