/**
 * Reads a `Retry-After` header: a number of seconds (`"120"`) or an HTTP date
 * (`"Wed, 21 Oct 2026 07:28:00 GMT"`).
 *
 * @param value - The header's value; `null` or `undefined` when there is none.
 * @param now - The current time in milliseconds since the epoch, for dates. Default: `Date.now()`.
 * @returns How long to wait in milliseconds (0 for a date in the past), or `undefined` when the value is absent or
 *   unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) {
    const ms = Number(text) * 1000;
    return Number.isFinite(ms) ? ms : undefined;
  }
  // Only something that looks like a date: `Date.parse` reads "1.5" or "-3" as years.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
