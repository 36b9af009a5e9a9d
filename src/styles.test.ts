import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { inlineCss } from '../bench/inlineCss.mjs';

/** The stylesheet as the package ships it, then as a host's Vite build turns it out for its default browsers. */
const shipped = inlineCss(new URL('./styles.css', import.meta.url).pathname);
// Vite 8's default build target ('baseline-widely-available'): Chrome and Edge 111, Firefox 114, Safari 16.4.
const viteDefaultTargets = {
  chrome: 111 << 16,
  edge: 111 << 16,
  firefox: 114 << 16,
  safari: (16 << 16) | (4 << 8),
};
const hostBuilt = transform({
  filename: 'styles.css',
  code: Buffer.from(shipped),
  minify: true,
  targets: viteDefaultTargets,
}).code.toString();

describe('styles.css in a host build', () => {
  it('keeps right to left on the dir attribute, which no build rewrites, never on :dir()', () => {
    // Lightning CSS rewrites :dir(rtl) for these browsers into a list of :lang(), so a page with dir="rtl" in
    // English would not mirror the progress bars and the chevrons.
    expect(shipped.replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(/:dir\(/);
    expect(hostBuilt).not.toMatch(/:lang\(/);
    expect(hostBuilt).toMatch(
      /\[dir=rtl\] td\[data-column=Progress\]>\[role=progressbar\]\{--pij-progress-towards:to left\}/,
    );
    expect(hostBuilt).toMatch(
      /\[dir=rtl\] \[dir=ltr\] td\[data-column=Progress\]>\[role=progressbar\]\{--pij-progress-towards:to right\}/,
    );
    expect(hostBuilt).toMatch(
      /\[dir=rtl\] \.pij-table__expand\[aria-expanded=false\]\{transform:scaleX\(-1\)\}/,
    );
  });

  it("keeps the cells' visually hidden texts inside the table's scroll container", () => {
    expect(hostBuilt).toMatch(/\.pij-table__scroll\{position:relative;overflow-x:auto\}/);
  });
});

describe('the dark theme', () => {
  it('gives a value to every colour token the stylesheet uses, so no light fallback shows on a dark page', () => {
    const code = shipped.replace(/\/\*[\s\S]*?\*\//g, '');
    const used = new Set([...code.matchAll(/var\((--pij-color-[a-z-]+),/g)].map((match) => match[1]));
    const dark = code.match(/:where\(\[data-theme="dark"\], \.dark\)\s*\{([^}]*)\}/)?.[1] ?? '';
    const defined = new Set([...dark.matchAll(/(--pij-color-[a-z-]+):/g)].map((match) => match[1]));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((token) => !defined.has(token))).toEqual([]);
  });
});
