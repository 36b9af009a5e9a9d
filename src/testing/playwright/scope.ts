import type { ElementHandle, JSHandle, Locator, Page } from 'playwright-core';
import type { Inspection } from '../inspectTable.js';

/** Where a Playwright helper looks: the whole page, or a locator of an element holding the component. */
export type PlaywrightScope = Page | Locator;

/** The default of every Playwright action's `timeout`: 5 seconds, as Playwright's `expect`. */
export const DEFAULT_TIMEOUT = 5_000;

/** The page of a scope. */
export const pageOf = (scope: PlaywrightScope): Page => ('mainFrame' in scope ? scope : scope.page());

/** A CSS attribute selector that matches `value` exactly, whatever it holds. */
export const attribute = (name: string, value: string): string =>
  `[${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"]`;

/** The value of a read, or the error that says what is missing. */
export function settle<T>(helper: string, result: Inspection<unknown>): T {
  if (!result.ok) throw new Error(`${helper}: ${result.message}`);
  return result.value as T;
}

/** The element a read found in the page, as a handle to click; throws the read's message when there is none. */
export async function elementOf(
  helper: string,
  handle: JSHandle<Inspection<unknown>>,
): Promise<ElementHandle> {
  try {
    const ok = await (await handle.getProperty('ok')).jsonValue();
    if (!ok) throw new Error(`${helper}: ${String(await (await handle.getProperty('message')).jsonValue())}`);
    const element = (await handle.getProperty('value')).asElement();
    if (element === null) throw new Error(`${helper}: the read found no element.`);
    return element as ElementHandle;
  } finally {
    await handle.dispose();
  }
}

/** Polls `done` until it holds; rejects with `failure()` after `timeout` ms. A read that throws counts as not yet. */
export async function until(
  done: () => Promise<boolean>,
  failure: () => Promise<string>,
  timeout: number,
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const holds = await done().catch(() => false);
    if (holds) return;
    if (Date.now() >= deadline) throw new Error(await failure());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
