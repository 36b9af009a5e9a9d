import type { VisibilityProvider } from './types.js';

/** The clock, timers, random source and visibility a store and its entries run on (defaults filled in). */
export interface StoreRuntime {
  /** The clock, in ms since the epoch. */
  now(): number;
  /** Schedules a callback; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a scheduled callback. */
  clearTimeout(handle: unknown): void;
  /** A number in `[0, 1)`. */
  random(): number;
  /** Page visibility. */
  visibility: VisibilityProvider;
}
