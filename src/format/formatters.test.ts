import { describe, expect, it } from 'vitest';
import { createImportJobsFormatters } from './formatters.js';

describe('createImportJobsFormatters', () => {
  it('formats numbers, percentages and dates as Intl does for the locale', () => {
    const format = createImportJobsFormatters('de-DE');
    expect(format.locale).toBe('de-DE');
    expect(format.number(2345)).toBe(new Intl.NumberFormat('de-DE').format(2345));
    const percent = new Intl.NumberFormat('de-DE', { style: 'percent' });
    expect(format.percent(0.42)).toBe(percent.format(0.42));
    expect(format.percent(Number.NaN)).toBe(percent.format(0));
    const date = '2026-11-29T10:15:00Z';
    expect(format.date(date)).toBe(
      new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(date)),
    );
    expect(format.date(new Date(date))).toBe(format.date(date));
    expect(format.date(Date.parse(date))).toBe(format.date(date));
    expect(format.date('not a date')).toBe('not a date');
  });

  it('formats durations as hours, minutes and seconds, with negative and non-finite ones as 0', () => {
    const format = createImportJobsFormatters('en-US');
    expect(format.duration(3_912_000)).toBe('1h 5m 12s');
    expect(format.duration(60_000)).toBe('1m');
    expect(format.duration(0)).toBe('0s');
    expect(format.duration(-5_000)).toBe('0s');
    expect(format.duration(Number.POSITIVE_INFINITY)).toBe('0s');
  });

  it('joins the parts of a duration as Intl.ListFormat does, in any locale', () => {
    for (const locale of ['en-US', 'de-DE', 'ar-EG', 'ja-JP', 'he-IL']) {
      const format = createImportJobsFormatters(locale);
      const unit = (name: string, value: number) =>
        new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'narrow' }).format(value);
      const list = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' });
      expect(format.duration(3_912_000)).toBe(
        list.format([unit('hour', 1), unit('minute', 5), unit('second', 12)]),
      );
      expect(format.duration(7_200_000 + 3_000)).toBe(list.format([unit('hour', 2), unit('second', 3)]));
      expect(format.duration(59_000)).toBe(list.format([unit('second', 59)]));
    }
  });

  it('gives the same text for a value asked for again, and stays right past the values it remembers', () => {
    const format = createImportJobsFormatters('en-US');
    const plain = new Intl.NumberFormat('en-US');
    expect(format.number(1234)).toBe('1,234');
    expect(format.number(1234)).toBe('1,234');
    // More distinct values than any formatter keeps: every one is still formatted, the first ones again too.
    for (let value = 0; value < 5_000; value++)
      expect(format.number(value * 7)).toBe(plain.format(value * 7));
    expect(format.number(1234)).toBe('1,234');
    for (let ms = 0; ms < 3_000_000; ms += 1_000) expect(format.duration(ms)).not.toBe('');
    expect(format.duration(3_912_000)).toBe('1h 5m 12s');
  });

  it('says "now" for less than a second either way, never "in 0s", and counts whole units otherwise', () => {
    const format = createImportJobsFormatters('en-US');
    const now = Date.parse('2026-12-01T12:00:00Z');
    expect(format.relativeTime(now, now)).toBe('now');
    expect(format.relativeTime(now - 400, now)).toBe('now');
    expect(format.relativeTime(now + 400, now)).toBe('now');
    expect(format.relativeTime(now - 5_000, now)).toBe('5s ago');
    expect(format.relativeTime(now - 125_000, now)).toBe('2m ago');
    expect(format.relativeTime(now + 3_600_000, now)).toBe('in 1h');
    expect(createImportJobsFormatters('de-DE').relativeTime(now, now)).toBe('jetzt');
  });

  it('keeps the results of one locale out of another', () => {
    const english = createImportJobsFormatters('en-US');
    const german = createImportJobsFormatters('de-DE');
    expect(english.number(1234.5)).toBe('1,234.5');
    expect(german.number(1234.5)).toBe('1.234,5');
    expect(english.number(1234.5)).toBe('1,234.5');
  });
});
