/**
 * `pinpoint-import-jobs/aws-sdk`: the fetcher for a real `@aws-sdk/client-pinpoint` client.
 *
 * @packageDocumentation
 */
export {};
