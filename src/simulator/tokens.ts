import { type RandomSource, randomHex } from './random.js';

/** Where the page a token names starts: after the job with this `Id`, or, when that job is gone, at `offset`. */
export interface PageCursor {
  /** The `Id` of the last job of the page before. */
  afterId: string;
  /** The index of the first job of the page when the token was given. */
  offset: number;
}

/** The page tokens one backend gave out. */
export interface PageTokens {
  /**
   * The token of the page that follows the job `afterId` in a list: the same for the same page, every time.
   *
   * @param list - Which list: its operation and IDs, as one string.
   * @param cursor - Where the next page starts.
   */
  issue(list: string, cursor: PageCursor): string;
  /**
   * Where a token's page starts, or `undefined` when this backend did not give that token for this list (made up,
   * changed, or from another list: another segment, application or operation).
   *
   * @param list - Which list: its operation and IDs, as one string.
   * @param token - The `token` query parameter.
   */
  read(list: string, token: string): PageCursor | undefined;
}

interface Issued {
  list: string;
  cursor: PageCursor;
}

/**
 * Opaque page tokens: random strings that mean nothing outside the backend that gave them, each bound to its list
 * (a segment's jobs, or an application's). A page starts after the last job of the page before (by `Id`), so a job
 * added at the top during a walk through the pages is neither repeated nor skipped over by the pages after it.
 *
 * @param random - Where the tokens' characters come from (seeded, so a run is reproducible).
 */
export function createPageTokens(random: RandomSource): PageTokens {
  const byToken = new Map<string, Issued>();
  const byPage = new Map<string, string>();
  return {
    issue(list, cursor) {
      const page = JSON.stringify([list, cursor.afterId]);
      let token = byPage.get(page);
      if (token === undefined) {
        token = randomHex(random, 24);
        byPage.set(page, token);
      }
      byToken.set(token, { list, cursor });
      return token;
    },
    read(list, token) {
      const issued = byToken.get(token);
      return issued === undefined || issued.list !== list ? undefined : issued.cursor;
    },
  };
}
