/**
 * Returns `value` when it is an absolute `http:` or `https:` URL, the only schemes a link is built from;
 * `undefined` otherwise (`s3://`, `javascript:`, relative or malformed values).
 */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
