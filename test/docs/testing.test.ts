/**
 * docs/testing.md cannot go stale: its two host tests are, word for word, test/docs/testing/host.dom.test.tsx (run in
 * jsdom) and test/docs/testing/host.e2e.ts (typechecked), with the package's import paths.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const page = readFileSync(resolve(root, 'docs/testing.md'), 'utf8');
const blocks = [...page.matchAll(/```(?:ts|tsx)\n([\s\S]*?)```/g)].map((match) => match[1]);

/** A test file as the page shows it: imported from the package, not from the source. */
const asHostWritesIt = (path: string) =>
  readFileSync(resolve(root, path), 'utf8')
    .replaceAll("'../../../src/testing/playwright/index.js'", "'pinpoint-import-jobs/testing/playwright'")
    .replaceAll("'../../../src/testing/index.js'", "'pinpoint-import-jobs/testing'")
    .replaceAll("'../../../src/index.js'", "'pinpoint-import-jobs'");

describe('docs/testing.md', () => {
  it('shows the unit test that runs as test/docs/testing/host.dom.test.tsx', () => {
    expect(blocks).toContain(asHostWritesIt('test/docs/testing/host.dom.test.tsx'));
  });

  it('shows the Playwright test that typechecks as test/docs/testing/host.e2e.ts', () => {
    expect(blocks).toContain(asHostWritesIt('test/docs/testing/host.e2e.ts'));
  });
});
