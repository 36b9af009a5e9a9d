import { PinpointError } from '../errors.js';
import type { GetSegmentImportJobsRequest } from '../types.js';

/** Whether an ID cannot stand as one path segment: missing, not a string, empty, or a dot segment. */
function isUnusableId(value: unknown): boolean {
  return typeof value !== 'string' || value === '' || value === '.' || value === '..';
}

/**
 * The error for a request whose IDs cannot name one segment: `ApplicationId` or `SegmentId` missing, not a string,
 * empty, `.` or `..`. A URL resolves `.` and `..` as steps along the path, even percent-encoded, so
 * `SegmentId: '..'` would ask for every import job of the application. Named `BadRequestException`, as the service
 * names a request it cannot serve, and without a `statusCode`: nothing was sent. Both fetchers check this before
 * they send anything. Internal.
 *
 * @param request - The request, as a fetcher received it (untrusted when the caller is plain JavaScript).
 * @returns The error, or `undefined` when both IDs are usable.
 */
export function requestIdsError(request: GetSegmentImportJobsRequest): PinpointError | undefined {
  const ids = (request ?? {}) as Partial<GetSegmentImportJobsRequest>;
  const field = isUnusableId(ids.ApplicationId)
    ? 'ApplicationId'
    : isUnusableId(ids.SegmentId)
      ? 'SegmentId'
      : undefined;
  if (field === undefined) return undefined;
  return new PinpointError({
    name: 'BadRequestException',
    message: `${field} must be a non-empty string other than "." and "..": the request was not sent.`,
  });
}
