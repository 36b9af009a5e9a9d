/**
 * `pinpoint-import-jobs/aws-sdk`: the fetcher for a real `@aws-sdk/client-pinpoint` client (an optional peer
 * dependency: install it to use this entry).
 *
 * @packageDocumentation
 */
export { type CreateSdkFetcherOptions, createSdkFetcher } from './createSdkFetcher.js';
