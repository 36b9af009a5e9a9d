/**
 * `pinpoint-import-jobs/server`: the server route of the import jobs, safe by default. A Fetch API handler for
 * Next.js route handlers, Hono, Deno, Bun, and Node's `http` or Express through an adapter. No React, no DOM.
 *
 * @packageDocumentation
 */

export { createImportJobsHandler } from './createImportJobsHandler.js';
export type {
  ImportJobsAuthorizeContext,
  ImportJobsAuthorizeResult,
  ImportJobsCorsOptions,
  ImportJobsErrorContext,
  ImportJobsErrorPhase,
  ImportJobsHandler,
  ImportJobsHandlerOptions,
  ImportJobsOperation,
  ImportJobsRequestContext,
  ImportJobsSource,
  ShapeJobContext,
} from './interfaces.js';
export type { ImportJobsErrorType } from './replies.js';
