// The example admin app end to end: built for production from the packed tarball (examples/admin-app/build.mjs),
// served by its own server (server.mjs: the built files and createImportJobsHandler over the simulator), and driven
// in Debian's Chromium through Playwright, as a user would. The server runs as a child process, exactly as
// `npm run example` starts it; the test injects faults through its IPC channel.
import { type ChildProcess, execFile, fork } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import catalog from '../../examples/admin-app/catalog.json';
import { defaultImportJobsMessages as english } from '../../src/i18n/messages.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const app = join(root, 'examples/admin-app');
const [newsletter, springSale, , denied] = catalog.segments;
if (!newsletter || !springSale || !denied?.denied) throw new Error('catalog.json changed: update this test');

/** Markers of msw's code in a bundle: its log prefix, its worker script's name and imports of the package. */
const MSW_MARKERS = [/\[MSW\]/, /mockServiceWorker/, /from\s*["']msw(\/[a-z]+)?["']/, /import\(\s*["']msw/];

let server: ChildProcess;
let serverLog = '';
let baseUrl: string;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  const build = await promisify(execFile)('node', [join(app, 'build.mjs'), '--measure'], {
    cwd: root,
    timeout: 240_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  // The bundle's size and the library's share of it, in the test's output (recorded in docs/example-app.md).
  console.log(build.stdout.slice(build.stdout.indexOf('admin-app: production bundle')).trim());

  // No job of its own timer: the paging test counts the jobs (the test starts the one it follows).
  server = fork(join(app, 'server.mjs'), ['--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, NEW_JOB_EVERY_MS: '0' },
  });
  server.stdout?.on('data', (chunk) => {
    serverLog += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    serverLog += chunk;
  });
  baseUrl = await new Promise<string>((done, fail) => {
    server.once('message', (message) => done((message as { url: string }).url));
    server.once('exit', (code) => fail(new Error(`server.mjs exited (${code}):\n${serverLog}`)));
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server.once('exit', done));
    server.disconnect();
    await exited;
  }
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A fresh user at 1,280 × 800 in English and the light theme, and what their browser reports. */
async function openApp(path = '/') {
  context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    colorScheme: 'light',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const failedStatuses: number[] = [];
  const documentLoads: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failedStatuses.push(response.status());
  });
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documentLoads.push(request.url());
  });
  await page.goto(new URL(path, baseUrl).href);
  return { page, consoleErrors, failedStatuses, documentLoads };
}

/**
 * The console holds no error or warning but the browser's own line for each failed response, and those are
 * exactly the statuses the test provoked.
 */
function expectQuietConsole(
  seen: { consoleErrors: string[]; failedStatuses: number[] },
  provoked: number[] = [],
) {
  const resourceLine = /^Failed to load resource: the server responded with a status of (\d{3})\b/;
  const others = seen.consoleErrors.filter((line) => !resourceLine.test(line));
  expect(others).toEqual([]);
  const logged = seen.consoleErrors.flatMap((line) => line.match(resourceLine)?.[1] ?? []).map(Number);
  expect(logged.sort()).toEqual([...seen.failedStatuses].sort());
  expect([...new Set(seen.failedStatuses)].sort()).toEqual([...new Set(provoked)].sort());
}

/** The page does not scroll sideways. */
async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

const rows = (page: Page) => page.locator('tbody tr[data-job-id]');

/** Sends the server's simulator a control message, and waits for its answer. */
function control(message: { fail: string; times: number } | { start: string }) {
  return new Promise<{ job?: { Id: string } }>((done) => {
    server.once('message', (answer) => done(answer as { job?: { Id: string } }));
    server.send(message);
  });
}

describe('the example admin app (examples/admin-app), built from the tarball', () => {
  test('installs the library from the packed tarball, and keeps msw out of its production bundle', () => {
    const installed = join(app, 'node_modules/pinpoint-import-jobs');
    expect(lstatSync(installed).isSymbolicLink()).toBe(false);
    expect(readdirSync(installed).sort()).toEqual(['CHANGELOG.md', 'README.md', 'dist', 'package.json']);

    const assets = join(app, 'dist/assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts) {
      const code = readFileSync(join(assets, name), 'utf8');
      for (const marker of MSW_MARKERS) expect(code, `${name} ${marker}`).not.toMatch(marker);
      // A production build throughout: React's development JSX (from a build under NODE_ENV=test) calls jsxDEV.
      expect(code, name).not.toMatch(/jsxDEV/);
    }
    expect(readdirSync(join(app, 'dist')).sort()).toEqual(['assets', 'index.html']);
    // The markers do find msw where it is: the package itself and the library's ./msw entry.
    const mswBrowser = readFileSync(join(root, 'node_modules/msw/lib/browser/index.mjs'), 'utf8');
    expect(MSW_MARKERS.some((marker) => marker.test(mswBrowser))).toBe(true);
    expect(
      MSW_MARKERS.some((marker) => marker.test(readFileSync(join(installed, 'dist/msw.js'), 'utf8'))),
    ).toBe(true);
  });

  test('shows the jobs, and a live job runs to COMPLETED in the same row', async () => {
    const seen = await openApp('/');
    const { page } = seen;
    await expect.poll(() => page.url()).toBe(new URL(`/segments/${newsletter.id}`, baseUrl).href);
    await expect.poll(() => page.locator('h1').textContent()).toBe(newsletter.name);
    await page.locator('tbody tr[data-job-id]').first().waitFor();
    expect(await rows(page).count()).toBe(20);
    await expect(page.title()).resolves.toBe(`${newsletter.name} · Acme Admin`);
    if (process.env.ADMIN_APP_SCREENSHOT) {
      // `ADMIN_APP_SCREENSHOT=docs/images/admin-app.png`: the docs' picture, with a live job half way.
      await expect
        .poll(
          () => page.locator('tr[data-status="PROCESSING"] td[data-column="Progress"]').allTextContents(),
          {
            timeout: 30_000,
          },
        )
        .toContainEqual(expect.stringMatching(/(^|\D)[3-7]\d\s?%/));
      await page.mouse.move(0, 799);
      const file = resolve(root, process.env.ADMIN_APP_SCREENSHOT);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, await page.screenshot());
    }

    // A job started now: its row, held as an element, must be the same node once the job has finished.
    const { job } = await control({ start: newsletter.id });
    const id = job?.Id ?? '';
    const selector = `tbody tr[data-job-id="${id}"]`;
    await page.locator(selector).waitFor({ timeout: 15_000 });
    const row = await page.locator(selector).elementHandle();
    if (row === null) throw new Error(`no row for ${id}`);
    const seenStatuses = new Set<string | null>();
    await expect
      .poll(
        async () => {
          const status = await row.getAttribute('data-status');
          seenStatuses.add(status);
          return status;
        },
        { timeout: 60_000, interval: 200 },
      )
      .toBe('COMPLETED');
    expect(seenStatuses.size).toBeGreaterThan(1);
    const current = await page.locator(selector).elementHandle();
    expect(await page.evaluate(([a, b]) => a === b && a.isConnected, [row, current] as const)).toBe(true);
    await expect(row.textContent()).resolves.toContain('Completed');
    await expect(row.textContent()).resolves.toContain('100%');

    // The server's shapeJob redacted the IAM role: the details show it as not available.
    await page.getByRole('button', { name: english.showDetails({ jobId: id ?? '' }) }).click();
    const details = page.locator(`tbody tr[data-job-id="${id}"] + tr`);
    await expect(details.textContent()).resolves.toContain(english.definitionFields.RoleArn);
    expect(await page.content()).not.toMatch(/arn:aws:iam/);
    await expectNoHorizontalScroll(page);
    expectQuietConsole(seen);
  }, 90_000);

  test('pages forward and back', async () => {
    const seen = await openApp(`/segments/${newsletter.id}`);
    const { page } = seen;
    await rows(page).first().waitFor();
    const pagination = page.getByRole('navigation', { name: english.pagination });
    const firstOfPage = () => rows(page).first().getAttribute('data-job-id');
    const page1 = await firstOfPage();

    await pagination.getByRole('button', { name: english.nextPage }).click();
    await expect.poll(firstOfPage).not.toBe(page1);
    await expect.poll(() => pagination.textContent()).toContain('Page 2');
    const page2 = await firstOfPage();
    await expect.poll(() => rows(page).count()).toBe(20);

    await pagination.getByRole('button', { name: english.nextPage }).click();
    await expect.poll(() => pagination.textContent()).toContain('Page 3');
    await expect.poll(firstOfPage).not.toBe(page2);
    // 20 a page: the third holds what is left of all the segment's jobs (read here through the same route).
    const all = await fetch(
      new URL(
        `api/pinpoint/v1/apps/${catalog.application.id}/segments/${newsletter.id}/jobs/import?page-size=100`,
        baseUrl,
      ),
    ).then((reply) => reply.json() as Promise<{ Item: unknown[] }>);
    expect(all.Item.length).toBeGreaterThan(40);
    await expect.poll(() => rows(page).count()).toBe(all.Item.length - 40);
    await expect(pagination.getByRole('button', { name: english.nextPage }).isDisabled()).resolves.toBe(true);

    await pagination.getByRole('button', { name: english.previousPage }).click();
    await expect.poll(() => pagination.textContent()).toContain('Page 2');
    await expect.poll(firstOfPage).toBe(page2);
    await pagination.getByRole('button', { name: english.previousPage }).click();
    await expect.poll(firstOfPage).toBe(page1);
    await expectNoHorizontalScroll(page);
    expectQuietConsole(seen);
  }, 60_000);

  test('shows the Forbidden state for the segment authorize denies, reached without a page load', async () => {
    const seen = await openApp(`/segments/${newsletter.id}`);
    const { page } = seen;
    await rows(page).first().waitFor();
    await page
      .getByRole('navigation', { name: 'Application' })
      .getByRole('link', { name: denied.name })
      .click();
    const alert = page.locator('.pij-state--error');
    await expect.poll(() => alert.getAttribute('data-error'), { timeout: 15_000 }).toBe('ForbiddenException');
    await expect(alert.textContent()).resolves.toContain(english.errors.ForbiddenException);
    await expect(page.locator('[aria-current="page"]').textContent()).resolves.toBe(denied.name);
    expect(seen.documentLoads).toHaveLength(1);
    await expectNoHorizontalScroll(page);
    expectQuietConsole(seen, [403]);
  }, 60_000);

  test('shows a 429 injected through the simulator, then recovers by itself', async () => {
    const seen = await openApp(`/segments/${springSale.id}`);
    const { page } = seen;
    await rows(page).first().waitFor();
    const count = await rows(page).count();
    // Past the server's 1 s reuse of a reply, so the refresh reaches the simulator.
    await page.waitForTimeout(1_200);
    await control({ fail: 'TooManyRequestsException', times: 2 });
    await page.getByRole('button', { name: english.refresh, exact: true }).click();

    const stale = page.locator('.pij-banner--stale');
    await expect
      .poll(() => stale.getAttribute('data-error'), { timeout: 15_000 })
      .toBe('TooManyRequestsException');
    await expect(stale.textContent()).resolves.toContain(english.errors.TooManyRequestsException);
    expect(await rows(page).count()).toBe(count);
    await expect.poll(() => stale.count(), { timeout: 20_000 }).toBe(0);
    expect(await rows(page).count()).toBe(count);
    expectQuietConsole(seen, [429]);
  }, 60_000);

  test('switches to the dark theme and to German, and keeps both across a reload', async () => {
    const seen = await openApp(`/segments/${newsletter.id}`);
    const { page } = seen;
    await rows(page).first().waitFor();
    const colours = () =>
      page.evaluate(() => {
        const panel = document.querySelector('.pij-panel');
        return {
          theme: document.documentElement.dataset.theme,
          body: getComputedStyle(document.body).backgroundColor,
          panel: panel ? getComputedStyle(panel).backgroundColor : '',
          text: panel ? getComputedStyle(panel).color : '',
        };
      });
    const light = await colours();
    expect(light.theme).toBe('light');

    await page.getByRole('switch', { name: 'Dark theme' }).check();
    const dark = await colours();
    expect(dark.theme).toBe('dark');
    expect(dark.body).not.toBe(light.body);
    expect(dark.panel).not.toBe(light.panel);
    expect(dark.text).not.toBe(light.text);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');

    const endpoints = page.locator('tbody tr[data-job-id] td[data-column="TotalProcessed"]');
    await expect
      .poll(() => endpoints.allTextContents())
      .toContainEqual(expect.stringMatching(/^\d{1,3}(,\d{3})+$/));
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de-DE');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('de-DE');
    await expect(page.locator('caption').first().textContent()).resolves.toContain('Importaufträge');
    await expect(page.getByRole('columnheader', { name: /Auftrags-ID/ }).count()).resolves.toBe(1);
    await expect.poll(() => rows(page).first().textContent()).toMatch(/Wird|Abgeschlossen|Fehlgeschlagen/);
    await expect
      .poll(() => endpoints.allTextContents())
      .toContainEqual(expect.stringMatching(/^\d{1,3}(\.\d{3})+$/));
    await expect(page.getByRole('heading', { name: 'Segmente' }).count()).resolves.toBe(1);
    await expect(page.getByRole('switch', { name: 'Dunkles Design' }).isChecked()).resolves.toBe(true);
    await expectNoHorizontalScroll(page);

    await page.reload();
    await rows(page).first().waitFor();
    expect((await colours()).theme).toBe('dark');
    await expect(page.locator('caption').first().textContent()).resolves.toContain('Importaufträge');
    await expectNoHorizontalScroll(page);

    expectQuietConsole(seen);
  }, 60_000);

  test('lists all imports, and a job link opens the job page without a page load; an unknown job is not found', async () => {
    const seen = await openApp(`/segments/${springSale.id}`);
    const { page } = seen;
    await rows(page).first().waitFor();
    // The segment page links its jobs too: a real href (Ctrl- and middle-click are the browser's).
    const segmentJob = await rows(page).first().getAttribute('data-job-id');
    await expect(rows(page).first().locator('td[data-column="Id"] a').getAttribute('href')).resolves.toBe(
      `/jobs/${segmentJob}`,
    );

    await page
      .getByRole('navigation', { name: 'Application' })
      .getByRole('link', { name: 'All imports' })
      .click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('All imports');
    await rows(page).first().waitFor();
    await expect(page.locator('[aria-current="page"]').textContent()).resolves.toBe('All imports');
    // Jobs of several segments, each row naming its segment; none of the denied segment's (shapeJob).
    const segmentCells = await page
      .locator('tbody tr[data-job-id] td[data-column="Segment"]')
      .allTextContents();
    expect(new Set(segmentCells).size).toBeGreaterThan(1);
    for (const cell of segmentCells) expect(cell).not.toMatch(new RegExp(`${denied.id}|${denied.name}`));
    await expectNoHorizontalScroll(page);

    const first = rows(page).first();
    const id = (await first.getAttribute('data-job-id')) ?? '';
    const status = await first.getAttribute('data-status');
    const link = first.locator('td[data-column="Id"] a');
    await expect(link.getAttribute('href')).resolves.toBe(`/jobs/${id}`);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    // On its visible start: the ID is cut short by its cell, whose neighbour covers the rest of the link's box.
    await link.click({ position: { x: 8, y: 8 } });
    await expect.poll(() => page.url()).toBe(new URL(`/jobs/${id}`, baseUrl).href);
    const panel = page.locator('.pij-panel');
    await expect(panel.locator('.pij-status-badge').getAttribute('data-status')).resolves.toBe(status);
    await expect(panel.textContent()).resolves.toContain(id);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(seen.documentLoads).toHaveLength(1);
    await expectNoHorizontalScroll(page);

    await page.goto(new URL('/jobs/no-such-job', baseUrl).href);
    const alert = page.locator('.pij-panel .pij-state--error');
    await expect.poll(() => alert.getAttribute('data-error'), { timeout: 15_000 }).toBe('NotFoundException');
    await expect(alert.textContent()).resolves.toContain(english.jobNotFoundTitle);
    expectQuietConsole(seen, [404]);
  }, 60_000);

  test('has no horizontal scroll at 1,280 × 800 on any page, and answers an unknown path with its own page', async () => {
    const seen = await openApp('/no/such/page');
    const { page } = seen;
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
    await expectNoHorizontalScroll(page);
    for (const segment of catalog.segments) {
      await page.getByRole('link', { name: segment.name }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(segment.name);
      await page.locator('tbody tr[data-job-id], .pij-state').first().waitFor();
      await expectNoHorizontalScroll(page);
    }
    expect(seen.documentLoads).toHaveLength(1);
    expectQuietConsole(seen, [403]);
  }, 60_000);
});
