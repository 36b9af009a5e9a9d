import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref.js';

/** A link a browser would run or leave the page for, hidden behind a prefix, a suffix or odd characters. */
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript:alert(1)//https://x',
  'javascript:alert(1)//http://x',
  'javascript://https://x/%0Aalert(1)',
  'javascript:https://x',
  'jav&#x09;ascript:alert(1)',
  'https:javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,https://x',
  'vbscript:msgbox(1)',
  'blob:https://example.com/uuid',
  'file:///etc/passwd',
  'ftp://example.com/a.csv',
  's3://bucket/key.csv',
  '//evil.example/a.csv',
  '/relative/https://x',
  'https://',
  'https://exa mple.com',
  'http://x\njavascript:alert(1)',
  '',
];

describe('safeHref', () => {
  it.each(HOSTILE)('refuses %j', (value) => {
    expect(safeHref(value)).toBeUndefined();
  });

  it.each([
    ['https://example.com/imports/a.csv', 'https://example.com/imports/a.csv'],
    ['http://127.0.0.1:9000/bucket/key.csv', 'http://127.0.0.1:9000/bucket/key.csv'],
    ['HTTPS://Example.COM/a b.csv', 'https://example.com/a%20b.csv'],
    ['  https://example.com/a.csv\n', 'https://example.com/a.csv'],
    ['https://example.com/#javascript:alert(1)', 'https://example.com/#javascript:alert(1)'],
  ])('takes %j as the normalised %j', (value, href) => {
    expect(safeHref(value)).toBe(href);
  });

  it.each([
    undefined,
    null,
    42,
    ['https://example.com/'],
    { toString: () => 'https://example.com/' },
    new URL('https://example.com/'),
  ])('refuses %o, which is not a string', (value) => {
    expect(safeHref(value)).toBeUndefined();
  });

  it('returns an http: or https: URL as the URL parser writes it, or nothing, for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc
            .tuple(fc.constantFrom('https://', 'http://', 'javascript:', ' ', '\t'), fc.string())
            .map(([prefix, rest]) => prefix + rest),
        ),
        (value) => {
          const href = safeHref(value);
          if (href === undefined) return;
          expect(href).toMatch(/^https?:\/\//);
          expect(new URL(href).href).toBe(href);
        },
      ),
    );
  });

  it('refuses any string that starts with javascript:, whatever follows', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.webUrl().map((url) => `alert(1)//${url}`),
        ),
        (rest) => {
          expect(safeHref(`javascript:${rest}`)).toBeUndefined();
        },
      ),
    );
  });
});

describe('safeHref with relative links', () => {
  it.each(['/jobs/job-1', '/', './job-1', '?job=job-1', '#job-1', '/apps/a%2Fb/jobs/x?tab=failures#top'])(
    'takes %j as it is',
    (value) => {
      expect(safeHref(value, true)).toBe(value);
    },
  );

  it.each([
    // A path from the root is this site's own, whatever it holds.
    ...HOSTILE.filter((value) => value !== '/relative/https://x'),
    '//evil.example/jobs',
    '/\\evil.example/jobs',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '\t/jobs/1',
    ' /jobs/1',
    '/jobs/1\u0000',
    '/jobs\u007f/1',
    'jobs/1',
    '../jobs/1',
  ])('refuses %j', (value) => {
    expect(safeHref(value, true)).toBeUndefined();
  });

  it('still takes http: and https: URLs, normalised', () => {
    expect(safeHref('https://admin.example/jobs/1', true)).toBe('https://admin.example/jobs/1');
  });

  it('refuses relative links unless asked', () => {
    expect(safeHref('/jobs/1')).toBeUndefined();
    expect(safeHref('#job-1')).toBeUndefined();
  });

  it('never returns a link a browser reads as another host or scheme, for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .tuple(fc.constantFrom('/', '//', '/\\', './', '?', '#', ' /', '\t/', 'javascript:'), fc.string())
            .map(([prefix, rest]) => prefix + rest),
        ),
        (value) => {
          const href = safeHref(value, true);
          if (href === undefined || /^https?:\/\//.test(href)) return;
          const url = new URL(href, 'https://admin.example/apps/1/');
          expect(url.origin).toBe('https://admin.example');
        },
      ),
    );
  });
});
