import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe on an element rendered in jsdom and fails with the violations found.
 *
 * Two rules need a browser and run in the Storybook tests (headless Chromium) instead: `color-contrast`, as jsdom
 * lays nothing out, and `label-content-name-mismatch`, which measures glyphs on a canvas that jsdom does not
 * implement, so in jsdom it can only report "incomplete" (and jsdom logs "getContext() not implemented").
 */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const result = await axe.run(element, {
    rules: {
      'color-contrast': { enabled: false },
      'label-content-name-mismatch': { enabled: false },
    },
  });
  expect(
    result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}
