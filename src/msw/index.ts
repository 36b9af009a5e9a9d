/**
 * `pinpoint-import-jobs/msw`: a simulated Pinpoint backend and fixtures, for Storybook and for tests.
 *
 * @packageDocumentation
 */
export {};
