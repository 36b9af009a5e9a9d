import type { GetImportJobRequest, GetImportJobsRequest, GetSegmentImportJobsRequest } from '../types.js';
import { nonEmptyString } from '../untrusted.js';
import { type RequestIdField, requestIdsError } from './requestIdsError.js';

/**
 * Percent-encodes one path segment or query value as the AWS SDK does: `encodeURIComponent`, plus `! ' ( ) *`.
 * `"a b/c"` becomes `"a%20b%2Fc"`, so an ID can never change the path. A lone surrogate (which `encodeURIComponent`
 * throws on, and no server could match) becomes U+FFFD, so building a URL never throws.
 *
 * @param value - The raw segment.
 */
export function encodeUriSegment(value: string): string {
  return encodeURIComponent(String(value).replace(/\p{Cs}/gu, '\uFFFD')).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const ABSOLUTE = /^[a-z][a-z\d+\-.]*:/i;

/**
 * Whether a URL is absolute (has a scheme), as `fetch` outside a page needs it.
 *
 * @param url - Any URL.
 */
export function isAbsoluteUrl(url: string): boolean {
  return ABSOLUTE.test(url);
}

/** The part of `globalThis.location` this module reads. */
interface PageLocation {
  href: string;
}

function pageHref(): string | undefined {
  const location = (globalThis as { location?: PageLocation }).location;
  return nonEmptyString(location?.href);
}

/** What a route's query may hold. */
interface PageQuery {
  PageSize?: string;
  Token?: string;
}

/**
 * `{baseUrl}/v1/apps/{path}` with `page-size` and `token` added only when given (non-empty), resolved against the
 * page as {@link segmentImportJobsUrl} says.
 */
function routeUrl(baseUrl: string, path: string, query: PageQuery): string {
  let base = baseUrl;
  const hashAt = base.indexOf('#');
  if (hashAt !== -1) base = base.slice(0, hashAt);
  const queryAt = base.indexOf('?');
  const params: string[] = [];
  if (queryAt !== -1) {
    const own = base.slice(queryAt + 1);
    if (own !== '') params.push(own);
    base = base.slice(0, queryAt);
  }
  base = base.replace(/\/+$/, '');
  if (query.PageSize !== undefined && query.PageSize !== '') {
    params.push(`page-size=${encodeUriSegment(query.PageSize)}`);
  }
  if (query.Token !== undefined && query.Token !== '') {
    params.push(`token=${encodeUriSegment(query.Token)}`);
  }
  const url = `${base}/v1/apps/${path}${params.length > 0 ? `?${params.join('&')}` : ''}`;
  if (isAbsoluteUrl(url)) return url;
  const href = pageHref();
  return href === undefined ? url : new URL(url, href).href;
}

/** Throws the error of a request whose `fields` cannot each be one path segment, else encodes the application ID. */
function applicationPath(request: object, fields: readonly RequestIdField[]): string {
  const invalid = requestIdsError(request, fields);
  if (invalid !== undefined) throw invalid;
  return encodeUriSegment((request as { ApplicationId: string }).ApplicationId);
}

/**
 * The URL of a `GetSegmentImportJobs` request: `{baseUrl}/v1/apps/{ApplicationId}/segments/{SegmentId}/jobs/import`
 * with `page-size` and `token` added only when given (non-empty).
 *
 * A path prefix of `baseUrl` is kept (`https://host/api/pinpoint` gives `https://host/api/pinpoint/v1/apps/…`), a
 * trailing slash is ignored and a query of `baseUrl` is kept in front of ours. A relative `baseUrl`
 * (`/api/pinpoint`) is resolved against `globalThis.location` when there is one (a browser page), at every call so
 * it follows navigation; without one (Node.js) it stays relative, for a custom `fetch` to resolve.
 *
 * IDs are percent-encoded, so none can change the path; an ID that no URL can carry as itself (missing, empty, `.` or
 * `..`, which a URL resolves as steps along the path) throws a `PinpointError` named `BadRequestException`.
 *
 * @param baseUrl - Absolute, or relative to the page.
 * @param request - The request; its IDs are percent-encoded.
 * @throws {PinpointError} `BadRequestException` for an unusable ID.
 */
export function segmentImportJobsUrl(baseUrl: string, request: GetSegmentImportJobsRequest): string {
  const app = applicationPath(request, ['ApplicationId', 'SegmentId']);
  return routeUrl(baseUrl, `${app}/segments/${encodeUriSegment(request.SegmentId)}/jobs/import`, request);
}

/**
 * The URL of a `GetImportJobs` request, `{baseUrl}/v1/apps/{ApplicationId}/jobs/import` with `page-size` and `token`
 * only when given, built and checked as {@link segmentImportJobsUrl} builds its own.
 *
 * @param baseUrl - Absolute, or relative to the page.
 * @param request - The request; its ID is percent-encoded.
 * @throws {PinpointError} `BadRequestException` for an unusable ID.
 */
export function applicationImportJobsUrl(baseUrl: string, request: GetImportJobsRequest): string {
  return routeUrl(baseUrl, `${applicationPath(request, ['ApplicationId'])}/jobs/import`, request);
}

/**
 * The URL of a `GetImportJob` request, `{baseUrl}/v1/apps/{ApplicationId}/jobs/import/{JobId}`, built and checked as
 * {@link segmentImportJobsUrl} builds its own.
 *
 * @param baseUrl - Absolute, or relative to the page.
 * @param request - The request; its IDs are percent-encoded.
 * @throws {PinpointError} `BadRequestException` for an unusable ID.
 */
export function importJobUrl(baseUrl: string, request: GetImportJobRequest): string {
  const app = applicationPath(request, ['ApplicationId', 'JobId']);
  return routeUrl(baseUrl, `${app}/jobs/import/${encodeUriSegment(request.JobId)}`, {});
}
