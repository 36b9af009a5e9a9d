import type { ImportJob } from '../types.js';
import { PLACE_KEPT_MS } from './constants.js';

/**
 * Where a list was left: the page it showed (its token stack), the rows on it and what its panel kept there (its sort,
 * say), so a list that mounts again soon comes back as it was (back navigation).
 */
export interface ListPlace {
  /** The application of the list. */
  readonly applicationId: string;
  /** The tokens of the pages before the one shown: empty on the first page. */
  tokens: readonly string[];
  /** The rows shown when the last observer left: shown as placeholder data when the list comes back. */
  jobs: ImportJob[];
  /** What a panel kept, by name (see `ImportJobsKeptState`). */
  readonly values: Map<string, unknown>;
  /** How many observers of the list are mounted. */
  readers: number;
  /** When the last of them left, in ms since the epoch. */
  leftAt: number;
}

/** The most places kept: past that, the oldest left go first. */
const MAX_PLACES = 50;

/**
 * The places of a store's lists, by the hash of their first page's key. A place is kept while an observer of its list
 * is mounted and for {@link PLACE_KEPT_MS} after the last one left; at most {@link MAX_PLACES} are kept.
 */
export class ListPlaces {
  readonly #now: () => number;
  readonly #places = new Map<string, ListPlace>();

  constructor(now: () => number) {
    this.#now = now;
  }

  /** The place of a list if it is kept; never creates one. */
  read(hash: string): ListPlace | undefined {
    const place = this.#places.get(hash);
    if (place === undefined || this.#isKept(place)) return place;
    this.#places.delete(hash);
    return undefined;
  }

  /** The place of a list, created (on the first page, with no rows) when none is kept. */
  open(hash: string, applicationId: string): ListPlace {
    let place = this.read(hash);
    if (place === undefined) {
      place = { applicationId, tokens: [], jobs: [], values: new Map(), readers: 0, leftAt: this.#now() };
      this.#places.set(hash, place);
    }
    return place;
  }

  /** An observer of the list mounted. */
  enter(hash: string, applicationId: string): void {
    this.open(hash, applicationId).readers++;
  }

  /** An observer of the list left, on this page with these rows; the oldest places beyond the limit go. */
  leave(hash: string, applicationId: string, tokens: readonly string[], jobs: ImportJob[]): void {
    const place = this.open(hash, applicationId);
    place.readers--;
    place.tokens = tokens;
    place.jobs = jobs;
    place.leftAt = this.#now();
    // The most recently left last, so the first ones are the oldest.
    this.#places.delete(hash);
    this.#places.set(hash, place);
    for (const [key, each] of this.#places) {
      if (this.#places.size <= MAX_PLACES) break;
      if (each.readers === 0) this.#places.delete(key);
    }
  }

  /** The job of that ID on the place of a list of that application left most recently, if any. */
  findJob(applicationId: string, jobId: string): ImportJob | undefined {
    let found: ImportJob | undefined;
    for (const place of this.#places.values()) {
      if (place.applicationId !== applicationId || !this.#isKept(place)) continue;
      found = place.jobs.find((job) => job.Id === jobId) ?? found;
    }
    return found;
  }

  #isKept(place: ListPlace): boolean {
    return place.readers > 0 || this.#now() - place.leftAt < PLACE_KEPT_MS;
  }
}
