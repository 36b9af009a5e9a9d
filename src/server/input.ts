/** The IDs accepted by default: 1 to 128 characters of `A-Z a-z 0-9 _ -`, as Pinpoint's own IDs are. */
const DEFAULT_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** The longest `token` accepted, in characters. */
export const MAX_TOKEN_LENGTH = 2048;

/** A page size: digits, no sign, no leading zero. */
const PAGE_SIZE = /^[1-9][0-9]*$/;

/** Characters no token holds: controls (NUL, CR, LF, …) and lone surrogates. */
const NOT_IN_TOKENS = /[\p{Cc}\p{Cs}]/u;

/**
 * Whether an ID passes the default check.
 *
 * @param id - A percent-decoded path ID.
 */
export function isDefaultValidId(id: string): boolean {
  return DEFAULT_ID.test(id);
}

/**
 * A path ID percent-decoded once, or `undefined` when it is no valid encoding, empty, or refused by `isValidId`.
 *
 * @param raw - The path segment as the URL holds it.
 * @param isValidId - The check.
 */
export function readId(raw: string, isValidId: (id: string) => boolean): string | undefined {
  if (raw === '') return undefined;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  return id !== '' && isValidId(id) ? id : undefined;
}

/**
 * Whether a token may be sent to the caller and come back: at most {@link MAX_TOKEN_LENGTH} characters, none of
 * them a control character or a lone surrogate.
 *
 * @param token - A token.
 */
export function isAcceptableToken(token: string): boolean {
  return token.length <= MAX_TOKEN_LENGTH && !NOT_IN_TOKENS.test(token);
}

/** The query of a list request, checked. */
export interface ListQuery {
  pageSize?: string;
  token?: string;
}

/**
 * Reads `page-size` and `token`: each at most once and never empty; `page-size` digits up to `maxPageSize`; `token`
 * acceptable (see {@link isAcceptableToken}). Other parameters are ignored, as the service ignores them.
 *
 * @param params - The query.
 * @param maxPageSize - The largest page size accepted.
 * @returns The query, or the name of the parameter that is wrong.
 */
export function readListQuery(
  params: URLSearchParams,
  maxPageSize: number,
): ListQuery | 'PageSize' | 'Token' {
  const query: ListQuery = {};
  const pageSizes = params.getAll('page-size');
  if (pageSizes.length > 0) {
    const [pageSize = ''] = pageSizes;
    if (pageSizes.length > 1 || !PAGE_SIZE.test(pageSize) || Number(pageSize) > maxPageSize)
      return 'PageSize';
    query.pageSize = pageSize;
  }
  const tokens = params.getAll('token');
  if (tokens.length > 0) {
    const [token = ''] = tokens;
    if (tokens.length > 1 || token === '' || !isAcceptableToken(token)) return 'Token';
    query.token = token;
  }
  return query;
}
