import type { Locator } from 'playwright-core';
import { inspectStatusBadge, type StatusBadgeReads } from '../inspectStatusBadge.js';
import { type PlaywrightScope, settle } from './scope.js';

/** One status badge in a page, for Playwright: a locator and async reads. */
export interface PlaywrightStatusBadge {
  /** The badge: the element with `data-tone` at or inside the scope. */
  readonly locator: Locator;
  /** The wire `JobStatus` (`data-status`, or its table row's), or `null`. */
  status(): Promise<string | null>;
  /** The label the badge shows (`Completed`). */
  label(): Promise<string>;
  /** The tone (`success`, `danger`, …: `data-tone`). */
  tone(): Promise<string>;
}

const HELPER = 'statusBadge';

/**
 * Wraps a status badge for Playwright tests: `statusBadge(table.row('job-1').cell('JobStatus'))`.
 *
 * @param scope - A locator of the badge or of an element holding exactly one, or the page when it holds one.
 */
export function statusBadge(scope: PlaywrightScope): PlaywrightStatusBadge {
  const container = 'mainFrame' in scope ? scope.locator('body') : scope;
  const get = async <K extends keyof StatusBadgeReads>(read: K) =>
    settle<StatusBadgeReads[K]>(HELPER, await container.evaluate(inspectStatusBadge, read));
  return {
    locator: container.locator('xpath=descendant-or-self::*[@data-tone and not(@role)]'),
    status: () => get('status'),
    label: () => get('label'),
    tone: () => get('tone'),
  };
}
