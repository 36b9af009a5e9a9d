/**
 * A small seeded pseudo-random generator (mulberry32), so every fixture and every simulated backend is
 * reproducible from its seed. Not for anything that needs real randomness.
 */

/** A function returning a number in `[0, 1)`, the next of a reproducible sequence. */
export type RandomSource = () => number;

/**
 * Creates a mulberry32 generator: the same seed always yields the same sequence.
 *
 * @param seed - Any number; only its low 32 bits count.
 */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hashes a string to a 32-bit seed (FNV-1a), to derive a seed from an ID. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** An integer in `[min, max]`, both included. */
export function randomInt(random: RandomSource, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: RandomSource, items: readonly [T, ...T[]]): T {
  return items[Math.floor(random() * items.length)] ?? items[0];
}

/** `length` lower-case hexadecimal digits, like the 32-digit IDs Pinpoint gives applications and jobs. */
export function randomHex(random: RandomSource, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) text += Math.floor(random() * 16).toString(16);
  return text;
}

/** A version-4-shaped UUID, like the request IDs AWS services answer with. */
export function randomUuid(random: RandomSource): string {
  const hex = randomHex(random, 32);
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
