/**
 * WCAG 2 colour arithmetic for play functions, on the colours the browser computed (`rgb(…)` or `rgba(…)`), so a
 * story can assert that a theme keeps text readable: relative luminance and contrast ratio.
 */

/** The red, green and blue channels (0–255) of a computed colour. */
function channels(color: string): [number, number, number] {
  const [r = Number.NaN, g = Number.NaN, b = Number.NaN] = color.match(/[\d.]+/g)?.map(Number) ?? [];
  if (![r, g, b].every(Number.isFinite)) throw new Error(`not a computed colour: ${color}`);
  return [r, g, b];
}

/** The relative luminance of a colour, from 0 (black) to 1 (white). */
export function luminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 to 21; WCAG AA asks 4.5 for text. */
export function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The colour painted behind an element: its own background, else the first ancestor's that is not transparent. */
export function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const background = getComputedStyle(node).backgroundColor;
    if (background !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(background)) return background;
  }
  return 'rgb(255, 255, 255)';
}
