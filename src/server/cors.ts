import type { ImportJobsCorsOptions } from './interfaces.js';

/** The CORS headers of the replies, from the `cors` option. */
export interface Cors {
  /**
   * The headers of every reply to `request`: none when its `Origin` is not allowed.
   *
   * @param request - The request.
   */
  headers(request: Request): Record<string, string>;
  /** The headers a preflight answer adds. */
  readonly preflight: Record<string, string>;
}

/** The headers a page on another origin must read: the request ID, the error type and `Retry-After`. */
const EXPOSED = 'x-amzn-RequestId, x-amzn-ErrorType, Retry-After';

/**
 * Checks the `cors` option and makes its headers. The allowed origin sent back is the configured string that equals
 * the request's `Origin`, so nothing of the request is reflected.
 *
 * @param options - The `cors` option.
 * @throws {TypeError} For an option that no browser would honour.
 */
export function createCors(options: ImportJobsCorsOptions): Cors {
  const origins: readonly string[] = typeof options.origin === 'string' ? [options.origin] : options.origin;
  const anyOrigin = origins.includes('*');
  if (origins.length === 0 || (anyOrigin && (origins.length > 1 || options.credentials === true))) {
    throw new TypeError("createImportJobsHandler: cors.origin must be '*' (and no credentials) or origins.");
  }
  const shared: Record<string, string> = { 'Access-Control-Expose-Headers': EXPOSED };
  if (options.credentials === true) shared['Access-Control-Allow-Credentials'] = 'true';
  if (!anyOrigin) shared.Vary = 'Origin';
  return {
    headers(request): Record<string, string> {
      if (anyOrigin) return { ...shared, 'Access-Control-Allow-Origin': '*' };
      const origin = request.headers.get('origin');
      const allowed = origins.find((candidate) => candidate === origin);
      return allowed === undefined
        ? { Vary: 'Origin' }
        : { ...shared, 'Access-Control-Allow-Origin': allowed };
    },
    preflight: {
      'Access-Control-Allow-Methods': 'GET, HEAD',
      'Access-Control-Allow-Headers': (options.allowHeaders ?? ['authorization']).join(', '),
      'Access-Control-Max-Age': '600',
    },
  };
}
