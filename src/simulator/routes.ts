/**
 * The three operations the simulated backend answers:
 * - `GetSegmentImportJobs`: `GET /v1/apps/{application-id}/segments/{segment-id}/jobs/import`, a segment's jobs;
 * - `GetImportJobs`: `GET /v1/apps/{application-id}/jobs/import`, the jobs of all the application's segments;
 * - `GetImportJob`: `GET /v1/apps/{application-id}/jobs/import/{job-id}`, one job.
 */
export type PinpointOperation = 'GetSegmentImportJobs' | 'GetImportJobs' | 'GetImportJob';

/** A request's operation and its IDs, percent-decoded. */
export interface PinpointRoute {
  operation: PinpointOperation;
  applicationId: string;
  /** The segment, for `GetSegmentImportJobs`; `''` otherwise. */
  segmentId: string;
  /** The job, for `GetImportJob`. */
  jobId?: string | undefined;
}

/** The routes' paths after the base, IDs still percent-encoded: matched by hand, so a bad encoding gets a 400. */
const ROUTE_TAIL = '/v1/apps/[^/]+/(?:segments/[^/]+/jobs/import|jobs/import(?:/[^/]+)?)';
const ROUTE_IDS = /\/v1\/apps\/([^/]+)\/(?:segments\/([^/]+)\/jobs\/import|jobs\/import(?:\/([^/]+))?)$/;
const ANY_ORIGIN = '[a-z][a-z\\d+.-]*://[^/]+';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The URLs the backend answers, as a regular expression over the URL without its query (MSW decodes the named
 * parameters of a path pattern itself, and a malformed `%` sequence in an ID would fail inside MSW instead of
 * answering as the service does). `*` is any origin and any path before `/v1`; a path is a base path right after
 * any origin; an absolute URL is that origin and path.
 *
 * @param baseUrl - The backend's `baseUrl`.
 */
export function routePattern(baseUrl: string): RegExp {
  const base = baseUrl.replace(/\/+$/, '');
  if (base === '' || base === '*') return new RegExp(`^${ANY_ORIGIN}(?:/.*)?${ROUTE_TAIL}$`, 'i');
  if (base.startsWith('/')) return new RegExp(`^${ANY_ORIGIN}${escapeRegExp(base)}${ROUTE_TAIL}$`, 'i');
  const url = new URL(base);
  return new RegExp(`^${escapeRegExp(url.origin + url.pathname.replace(/\/+$/, ''))}${ROUTE_TAIL}$`);
}

/**
 * What relative URLs given to `backend.fetch` are resolved against: the base URL as a folder, on
 * `http://localhost` when it names no origin.
 *
 * @param baseUrl - The backend's `baseUrl`.
 */
export function resolutionBase(baseUrl: string): string {
  const base = baseUrl === '*' ? '' : baseUrl.replace(/\/+$/, '');
  return base === '' || base.startsWith('/') ? `http://localhost${base}/` : `${base}/`;
}

/** Decodes one ID; `undefined` for an ID that is no valid percent-encoding. */
function decode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * The route of a URL the backend answers: its operation and IDs, percent-decoded. An ID that is no valid
 * percent-encoding is kept as it came, and `encodedBadly` is set.
 *
 * @param pathname - The URL's path, still percent-encoded, that matched {@link routePattern}.
 */
export function readRoute(pathname: string): PinpointRoute & { encodedBadly: boolean } {
  const [, rawApplicationId = '', rawSegmentId, rawJobId] = pathname.match(ROUTE_IDS) ?? [];
  const raw = [rawApplicationId, rawSegmentId ?? '', rawJobId ?? ''];
  const decoded = raw.map(decode);
  const [applicationId = '', segmentId = '', jobId = ''] = decoded.map((value, index) => value ?? raw[index]);
  const encodedBadly = decoded.includes(undefined);
  if (rawSegmentId !== undefined) {
    return { operation: 'GetSegmentImportJobs', applicationId, segmentId, encodedBadly };
  }
  if (rawJobId !== undefined)
    return { operation: 'GetImportJob', applicationId, segmentId, jobId, encodedBadly };
  return { operation: 'GetImportJobs', applicationId, segmentId, encodedBadly };
}
