/** Reads a stylesheet with its relative `@import`s inlined, as the build ships it. */
export function inlineCss(file: string): string;
