import type { Locator } from 'playwright-core';
import { type FailureListReads, inspectFailureList } from '../inspectFailureList.js';
import { DEFAULT_TIMEOUT, elementOf, type PlaywrightScope, settle, until } from './scope.js';

/** One rendered `FailureList` in a page, for Playwright: a locator and async reads. */
export interface PlaywrightFailureList {
  /** The list's root: a group named by its summary, holding the list. */
  readonly locator: Locator;
  /** The failure strings shown, in order. */
  failures(): Promise<string[]>;
  /** The summary that names the list (`Showing 100 of 2,345 failures`). */
  summary(): Promise<string>;
  /** Whether the job has no failures (`data-empty`). */
  isEmpty(): Promise<boolean>;
  /** Whether the service sent fewer failures than `TotalFailures` (`data-truncated`). */
  isTruncated(): Promise<boolean>;
  /**
   * Fills the filter; settles once every failure shown contains `query`.
   *
   * @param query - The text to filter by; `''` shows all again.
   */
  filter(query: string): Promise<void>;
}

const HELPER = 'failureList';

/**
 * Wraps the failure list in a page, or in a locator of an element holding exactly one (a row's details), for
 * Playwright tests.
 *
 * @param scope - The page, or a locator.
 * @param options - How long `filter` waits (default 5,000 ms).
 */
export function failureList(
  scope: PlaywrightScope,
  options: { timeout?: number | undefined } = {},
): PlaywrightFailureList {
  const container = 'mainFrame' in scope ? scope.locator('body') : scope;
  const get = async <K extends keyof FailureListReads>(read: K) =>
    settle<FailureListReads[K]>(HELPER, await container.evaluate(inspectFailureList, read));
  return {
    locator: container.locator(
      '[role="group"]:is([data-empty], [data-truncated], :has(> ol[aria-labelledby]))',
    ),
    failures: () => get('failures'),
    summary: () => get('summary'),
    isEmpty: () => get('isEmpty'),
    isTruncated: () => get('isTruncated'),
    async filter(query) {
      const input = await elementOf(
        HELPER,
        await container.evaluateHandle(inspectFailureList, 'filterInput' as keyof FailureListReads),
      );
      await input.fill(query);
      await input.dispose();
      const wanted = query.trim().toLowerCase();
      await until(
        async () => (await get('failures')).every((failure) => failure.toLowerCase().includes(wanted)),
        async () => `${HELPER}: the failures shown do not all contain "${query}" after filtering.`,
        options.timeout ?? DEFAULT_TIMEOUT,
      );
    },
  };
}
