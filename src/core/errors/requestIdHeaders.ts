/**
 * The headers that carry the request ID, in the order the AWS SDK reads them (`x-amzn-RequestId` is Pinpoint's).
 * Internal.
 */
export const REQUEST_ID_HEADERS = ['x-amzn-requestid', 'x-amzn-request-id', 'x-amz-request-id'] as const;

/**
 * The request ID a reply's headers carry (`x-amzn-RequestId`, else `x-amzn-Request-Id` or `x-amz-request-id`, as the
 * AWS SDK reads them), if any. Internal.
 *
 * @param headers - The reply's headers.
 */
export function requestIdHeader(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value !== null && value !== '') return value;
  }
  return undefined;
}
