/**
 * The seven exceptions `GetSegmentImportJobs` answers with, and the HTTP status each comes with. One table for the
 * error mapping (`errors.ts`) and for the simulated backend (`pinpoint-import-jobs/msw`). Internal.
 */
export const PINPOINT_EXCEPTION_STATUS = {
  BadRequestException: 400,
  ForbiddenException: 403,
  NotFoundException: 404,
  MethodNotAllowedException: 405,
  PayloadTooLargeException: 413,
  TooManyRequestsException: 429,
  InternalServerErrorException: 500,
} as const;

/** The name of one of the seven exceptions of {@link PINPOINT_EXCEPTION_STATUS}. */
export type PinpointExceptionName = keyof typeof PINPOINT_EXCEPTION_STATUS;
