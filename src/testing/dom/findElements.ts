/** Whether an accessible name matches: a string the whole name, a `RegExp` any part. */
export function nameMatches(name: string, wanted: string | RegExp | undefined): boolean {
  if (wanted === undefined) return true;
  return typeof wanted === 'string' ? name === wanted.replace(/\s+/g, ' ').trim() : wanted.test(name);
}

/** Says what an element is, for error messages: `<section aria-label="Import jobs">`, `<div>`. */
export function describeElement(element: Element): string {
  const label = element.getAttribute('aria-label');
  return `<${element.tagName.toLowerCase()}${label ? ` aria-label="${label}"` : ''}>`;
}

/** The elements matching `selector`: `container` itself first, then its descendants. */
export function selfAndDescendants<T extends Element>(container: Element, selector: string): T[] {
  const found = [...container.querySelectorAll<T>(selector)];
  return container.matches(selector) ? [container as T, ...found] : found;
}

/** Throws unless `container` is a DOM element: the message says what the helper was given. */
export function assertElement(helper: string, container: unknown): asserts container is Element {
  const isElement =
    typeof container === 'object' &&
    container !== null &&
    'nodeType' in container &&
    (container as Node).nodeType === 1;
  if (!isElement) {
    throw new TypeError(
      `${helper}: expected a DOM element (e.g. the container render() returns), got ${container === null ? 'null' : typeof container}.`,
    );
  }
}
