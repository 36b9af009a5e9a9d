/**
 * pinpoint-import-jobs/testing/playwright in a real Chromium: a small page (./page) built with Vite and served on
 * 127.0.0.1, driven by Playwright through the helpers.
 */
import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureList, importJobTable, statusBadge } from '../../src/testing/playwright/index.js';
import { PAGE_JOBS } from './page/jobs.js';

const pageRoot = resolve(fileURLToPath(import.meta.url), '../page');
const outDir = join(tmpdir(), `pij-testing-page-${process.pid}`);
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  await build({
    root: pageRoot,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: false, sourcemap: false },
  });
  server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = join(outDir, path === '/' ? 'index.html' : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  await rm(outDir, { recursive: true, force: true });
});

async function open(query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/${query}`);
  return page;
}

/** Waits until `read` gives what `holds` accepts (the page loads in its own time). */
async function eventually<T>(read: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && holds(value)) return value;
    if (attempt > 200) throw new Error(`never held: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

describe('pinpoint-import-jobs/testing/playwright', () => {
  it('reads the rows, pages, sorts and expands a row, in Chromium', async () => {
    const page = await open();
    const table = importJobTable(page);
    const jobs = PAGE_JOBS.jobs();
    const rows = await eventually(table.rows, (ids) => ids.length === 10);
    expect(rows).toEqual(jobs.slice(0, 10).map((job) => job.Id));
    expect(await table.isLoading()).toBe(false);
    expect(await table.pageIndex()).toBe(0);
    expect(await table.sortState()).toBeNull();
    expect(await table.error()).toBeNull();
    expect(await table.isStale()).toBe(false);

    const failed = table.row('job-failed');
    expect(await failed.status()).toBe('FAILED');
    expect(await failed.statusLabel()).toBe('Failed');
    expect(await failed.progress()).toEqual({ completed: 7, failed: 3, total: 10 });
    expect(await failed.link()).toBeNull();
    expect(await failed.cell('Id').textContent()).toBe('job-failed');
    expect(await statusBadge(failed.cell('JobStatus')).status()).toBe('FAILED');
    expect(await statusBadge(failed.cell('JobStatus')).tone()).toBe('danger');
    expect(await failed.details()).toBeNull();

    await failed.expand();
    const details = await failed.details();
    expect(details).not.toBeNull();
    const failures = failureList(details ?? page);
    expect(await failures.summary()).toBe('Showing 15 of 230 failures');
    expect(await failures.isTruncated()).toBe(true);
    expect(await failures.failures()).toHaveLength(15);
    await failures.filter('email');
    expect(await failures.failures()).toHaveLength(7);

    await table.sortBy('Id', 'descending');
    expect(await table.sortState()).toEqual({ columnId: 'Id', direction: 'descending' });

    await table.nextPage();
    expect(await table.pageIndex()).toBe(1);
    // The jobs of page 2, still sorted by Id.
    const second = await table.rows();
    expect([...second].sort()).toEqual(
      jobs
        .slice(10, 20)
        .map((job) => job.Id)
        .sort(),
    );
    expect(second).toEqual([...second].sort((a, b) => b.localeCompare(a, 'en', { numeric: true })));
    await table.previousPage();
    expect(await table.pageIndex()).toBe(0);

    const badge = statusBadge(page.getByTestId('badge'));
    expect([await badge.status(), await badge.label(), await badge.tone()]).toEqual([
      'FAILED',
      'Failed',
      'danger',
    ]);
    await expect(badge.locator.count()).resolves.toBe(1);
    await page.close();
  });

  it('reads the error panel and retries', async () => {
    const page = await open('?fault=ForbiddenException');
    const table = importJobTable(page, { name: 'Import jobs' });
    const error = await eventually(table.error, (value) => value !== null);
    expect(error).toEqual({
      name: 'ForbiddenException',
      message: 'You do not have permission to see these import jobs.',
      requestId: expect.stringMatching(/\S/),
    });
    expect(await table.rows()).toEqual([]);
    await table.retry();
    expect(await table.error()).toBeNull();
    expect(await table.rows()).toHaveLength(10);
    await page.close();
  });

  it('rejects at once, naming what it looked for, when it is missing', async () => {
    const page = await open();
    const table = importJobTable(page);
    await eventually(table.rows, (ids) => ids.length === 10);
    await expect(table.row('job-missing').status()).rejects.toThrow(/No row for job "job-missing"/);
    await expect(table.row('job-failed').expand()).resolves.toBeUndefined();
    await expect(table.previousPage()).rejects.toThrow(/previous page button is disabled/);
    await expect(importJobTable(page, { name: 'Other jobs' }).rows()).rejects.toThrow(
      /no import job table .* named "Other jobs"/,
    );
    await expect(statusBadge(page.locator('main')).status()).rejects.toThrow(/status badges in <main>/);
    await expect(failureList(page.getByTestId('badge')).summary()).rejects.toThrow(/No failure list/);
    await page.close();
  });
});
