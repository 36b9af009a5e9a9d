import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe on a rendered element and fails with the violations found. Test helper: colour contrast is left to the
 * browser stories, as jsdom does not lay out.
 */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const result = await axe.run(element, {
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(
    result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}
