/**
 * Locale-aware formatting of the numbers, dates, relative times and durations the components show.
 * Everything goes through `Intl`; nothing here touches the DOM, so it runs on the server too.
 */

/** The formatters every component uses, bound to one locale. */
export interface ImportJobsFormatters {
  /** The locale the formatters were made for; `undefined` means the runtime's default locale. */
  readonly locale: string | undefined;
  /** A count, grouped by locale (`2,345`). */
  number(value: number): string;
  /** A ratio between 0 and 1 as a whole percentage (`42%`). */
  percent(ratio: number): string;
  /** A date and time (medium date, short time). An unparsable value is returned as the text it is. */
  date(value: string | number | Date): string;
  /**
   * How long ago (or in how long) `time` is from `now`, both in epoch milliseconds (`5s ago`, `in 2 min`); less than a
   * second either way is the locale's "now".
   */
  relativeTime(time: number, now: number): string;
  /** A duration in milliseconds as hours, minutes and seconds (`1h 5m 12s`). Negative durations count as 0. */
  duration(ms: number): string;
}

/** Parses a date as the API sends it (ISO 8601), or returns `undefined` when it is not a valid date. */
export function parseDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const RELATIVE_UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** Stand-ins (private-use characters) for the parts of a duration, which `Intl.ListFormat` places as they are. */
const PLACEHOLDERS = ['\uE000', '\uE001', '\uE002'];

/** How many results each formatter remembers before it starts afresh. */
const MEMORY = 2_000;

/**
 * Remembers what `format` returned for each value, up to {@link MEMORY} values: a table formats the same counts,
 * percentages and durations on row after row, and an `Intl` call costs more than a lookup.
 */
function remember<T>(format: (value: T) => string): (value: T) => string {
  const memory = new Map<T, string>();
  return (value) => {
    let text = memory.get(value);
    if (text === undefined) {
      if (memory.size >= MEMORY) memory.clear();
      text = format(value);
      memory.set(value, text);
    }
    return text;
  };
}

/**
 * Makes the {@link ImportJobsFormatters} of a locale. `Intl` objects are created once per call, and each formatter
 * remembers its recent results, so keep the result (the components memoise it per locale).
 *
 * @param locale - A BCP 47 language tag such as `en-GB` or `de`. Default: the runtime's default locale.
 */
export function createImportJobsFormatters(locale?: string): ImportJobsFormatters {
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { style: 'narrow', numeric: 'always' });
  // "now", never "in 0s": a time just set is not in the future.
  const justNow = new Intl.RelativeTimeFormat(locale, { style: 'narrow', numeric: 'auto' }).format(
    0,
    'second',
  );
  const unitFormat = (unit: 'hour' | 'minute' | 'second') =>
    remember(new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'narrow' }).format);
  const hours = unitFormat('hour');
  const minutes = unitFormat('minute');
  const seconds = unitFormat('second');
  const listFormat = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' });
  // The locale's list of 1, 2 or 3 parts, with placeholders where the parts go: a list costs a lookup, not a call.
  const listPattern = remember((count: number) => listFormat.format(PLACEHOLDERS.slice(0, count)));
  const formatDate = remember((time: number) => dateFormat.format(time));

  return {
    locale,
    number: remember(new Intl.NumberFormat(locale).format),
    percent: remember((ratio: number) => percentFormat.format(Number.isFinite(ratio) ? ratio : 0)),
    date: (value) => {
      const date = parseDate(value);
      return date ? formatDate(date.getTime()) : String(value);
    },
    relativeTime: (time, now) => {
      const diff = time - now;
      const abs = Math.abs(diff);
      for (const [unit, size] of RELATIVE_UNITS) {
        if (abs >= size) return relativeFormat.format(Math.trunc(diff / size), unit);
      }
      return justNow;
    },
    duration: remember((ms: number) => {
      const total = Math.max(0, Math.round(Number.isFinite(ms) ? ms / 1000 : 0));
      const h = Math.floor(total / 3600);
      const m = Math.floor((total % 3600) / 60);
      const s = total % 60;
      const parts: string[] = [];
      if (h > 0) parts.push(hours(h));
      if (m > 0) parts.push(minutes(m));
      if (s > 0 || parts.length === 0) parts.push(seconds(s));
      return listPattern(parts.length).replace(
        /[\uE000-\uE002]/g,
        (placeholder) => parts[placeholder.charCodeAt(0) - 0xe000] ?? '',
      );
    }),
  };
}
