import { PinpointError } from '../errors.js';

/** The IDs a request may name, as the wire names them. */
export type RequestIdField = 'ApplicationId' | 'SegmentId' | 'JobId';

/** Whether an ID cannot stand as one path segment: missing, not a string, empty, or a dot segment. */
function isUnusableId(value: unknown): boolean {
  return typeof value !== 'string' || value === '' || value === '.' || value === '..';
}

/**
 * The error for a request whose IDs cannot name one resource: one of `fields` missing, not a string, empty, `.` or
 * `..`. A URL resolves `.` and `..` as steps along the path, even percent-encoded, so `SegmentId: '..'` would ask for
 * every import job of the application. Named `BadRequestException`, as the service names a request it cannot serve,
 * and without a `statusCode`: nothing was sent. Both fetchers check this before they send anything. Internal.
 *
 * @param request - The request, as a fetcher received it (untrusted when the caller is plain JavaScript).
 * @param fields - The IDs the operation needs, in the order of its path.
 * @returns The error, or `undefined` when every ID is usable.
 */
export function requestIdsError(
  request: object,
  fields: readonly RequestIdField[],
): PinpointError | undefined {
  const ids = (request ?? {}) as Partial<Record<RequestIdField, unknown>>;
  const field = fields.find((name) => isUnusableId(ids[name]));
  if (field === undefined) return undefined;
  return new PinpointError({
    name: 'BadRequestException',
    message: `${field} must be a non-empty string other than "." and "..": the request was not sent.`,
  });
}
