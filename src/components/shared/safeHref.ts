/**
 * Returns `value` when it is an absolute `http:` or `https:` URL, the only schemes a link is built from;
 * `undefined` otherwise (`s3://`, `javascript:`, relative or malformed values).
 */
export function safeHref(value: unknown): string | undefined {
  // Most values (`s3://…`) are ruled out without parsing: a table may check thousands.
  if (typeof value !== 'string' || !/^\s*https?:/i.test(value)) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
