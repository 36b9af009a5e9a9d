import type { ImportJobsOperation } from './interfaces.js';

/** The names of the path parameters, as the routes spell them. */
export type RouteParam = 'applicationId' | 'segmentId';

/** One route: its operation and its path after the base path, a `:name` segment for each parameter. */
interface Route {
  operation: ImportJobsOperation;
  path: readonly string[];
}

/** The routes the handler serves. A sibling operation is one more line here. */
const ROUTES: readonly Route[] = [
  {
    operation: 'GetSegmentImportJobs',
    path: ['v1', 'apps', ':applicationId', 'segments', ':segmentId', 'jobs', 'import'],
  },
];

/** A route that matched, its parameters still percent-encoded. */
export interface RouteMatch {
  operation: ImportJobsOperation;
  /** The route's parameters: all of them, for every route today. */
  params: Record<RouteParam, string>;
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
 * The route of a path: literal segments compared as they are (still encoded), one parameter per `:name` segment.
 *
 * @param pathname - The request URL's path, percent-encoded, as the URL parser left it.
 * @param basePath - The normalised base path.
 */
export function matchRoute(pathname: string, basePath: string): RouteMatch | undefined {
  if (!pathname.startsWith(`${basePath}/`)) return undefined;
  const segments = pathname.slice(basePath.length + 1).split('/');
  for (const route of ROUTES) {
    if (route.path.length !== segments.length) continue;
    const params = {} as Record<RouteParam, string>;
    const matches = route.path.every((part, index) => {
      const segment = segments[index] as string;
      if (!part.startsWith(':')) return part === segment;
      params[part.slice(1) as RouteParam] = segment;
      return true;
    });
    if (matches) return { operation: route.operation, params };
  }
  return undefined;
}
