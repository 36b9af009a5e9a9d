import type { ImportJobsOperation } from './interfaces.js';

/** The names of the path parameters, as the routes spell them. */
export type RouteParam = 'applicationId' | 'segmentId' | 'jobId';

/**
 * The routes the handler serves, after the base path, IDs still percent-encoded: `GetSegmentImportJobs`
 * (`/v1/apps/{application-id}/segments/{segment-id}/jobs/import`), `GetImportJobs` (`/v1/apps/{application-id}/jobs/import`)
 * and `GetImportJob` (`/v1/apps/{application-id}/jobs/import/{job-id}`). An empty ID matches, for the input check to
 * refuse by name.
 */
const ROUTES = /^\/v1\/apps\/([^/]*)\/(?:segments\/([^/]*)\/jobs\/import|jobs\/import(?:\/([^/]*))?)$/;

/** A route that matched, its parameters still percent-encoded. */
export interface RouteMatch {
  operation: ImportJobsOperation;
  /** The route's parameters: the application's, and the segment's or the job's (the other `undefined`). */
  params: Partial<Record<RouteParam, string | undefined>>;
}

/**
 * Normalises the `basePath` option: `''` or a path that starts with `/`, without a trailing `/`.
 *
 * @param basePath - As given.
 * @throws {TypeError} For a value that is no such path.
 */
export function normalizeBasePath(basePath: string | undefined): string {
  const path = (basePath ?? '').replace(/\/+$/, '');
  if (path !== '' && (!path.startsWith('/') || /[?#\\]/.test(path) || path.includes('//'))) {
    throw new TypeError(`createImportJobsHandler: basePath must be '' or a path like '/api/pinpoint'.`);
  }
  return path;
}

/**
 * The route of a path: its operation and parameters, or `undefined` for a path under no route.
 *
 * @param pathname - The request URL's path, percent-encoded, as the URL parser left it.
 * @param basePath - The normalised base path.
 */
export function matchRoute(pathname: string, basePath: string): RouteMatch | undefined {
  const match = pathname.startsWith(`${basePath}/`) ? ROUTES.exec(pathname.slice(basePath.length)) : null;
  if (match === null) return undefined;
  const [, applicationId = '', segmentId, jobId] = match;
  const operation =
    segmentId !== undefined ? 'GetSegmentImportJobs' : jobId === undefined ? 'GetImportJobs' : 'GetImportJob';
  return { operation, params: { applicationId, segmentId, jobId } };
}
