import { type ImportJobsFormatters, parseDate } from '../../format/formatters.js';

/** Each set of formatters' short date and time formats: made once per locale. */
const byFormatters = new WeakMap<ImportJobsFormatters, [Intl.DateTimeFormat, Intl.DateTimeFormat]>();

/**
 * A date as a table cell shows it: the locale's short date and time (`6/2/25, 7:42 AM`, `02.06.25, 07:42`), or the
 * time alone when it falls on the same day as `sameDayAs` (a job's completion on the day it was created), the raw
 * value when it does not parse, `undefined` when there is none. The cell's title on hover has the full date.
 *
 * @param format - The formatters in effect: their locale, and the key of the formats made for it.
 * @param value - The date as the API sent it.
 * @param sameDayAs - Another date of the row, whose day makes this one's date go without saying.
 */
export function cellDate(
  format: ImportJobsFormatters,
  value: unknown,
  sameDayAs?: unknown,
): string | undefined {
  const date = parseDate(value);
  if (date === undefined) return typeof value === 'string' && value !== '' ? value : undefined;
  let formats = byFormatters.get(format);
  if (formats === undefined) {
    formats = [
      new Intl.DateTimeFormat(format.locale, { dateStyle: 'short', timeStyle: 'short' }),
      new Intl.DateTimeFormat(format.locale, { timeStyle: 'short' }),
    ];
    byFormatters.set(format, formats);
  }
  return formats[parseDate(sameDayAs)?.toDateString() === date.toDateString() ? 1 : 0].format(date);
}

/**
 * A duration as a table cell shows it: in the locale's words where they are short (`5m 30s`), else, below a day, as
 * a stopwatch does (`42:29`, `01:02:03`) where words take many characters (`42 Min., 29 Sek.`), so the column stays
 * narrow.
 *
 * @param format - The formatters in effect.
 * @param ms - The duration in milliseconds.
 */
export function cellDuration(format: ImportJobsFormatters, ms: number): string {
  // The formatters remember what they said of the longest hour.
  return format.duration(3_599_000).length < 10 || ms >= 86_400_000
    ? format.duration(ms)
    : new Date(Math.round(ms / 1000) * 1000).toISOString().slice(ms < 3_600_000 ? 14 : 11, 19);
}
