/**
 * Returns `value` when it is an absolute `http:` or `https:` URL, the only schemes a link is built from;
 * `undefined` otherwise (`s3://`, `javascript:`, relative or malformed values). With `relative`, a link within the
 * page's own site is taken as it is too: a path from the root (`/jobs/1`, never `//host` or `/\host`), `./`, a query
 * (`?job=1`) or a fragment (`#job-1`), with no control character a browser would strip.
 */
export function safeHref(value: unknown, relative?: boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
  if (relative && /^(\/(?![/\\])|\.\/|[?#])/.test(value) && !/[\0-\x1f\x7f]/.test(value)) return value;
  // Most values (`s3://…`) are ruled out without parsing: a table may check thousands.
  if (!/^\s*https?:/i.test(value)) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
