/** The app's paths, in one place: links and routes build them from here. */
export const paths = {
  /** The import jobs of the whole application ("All imports"). */
  imports: () => '/imports',
  /** The import jobs of one segment. */
  segment: (segmentId: string) => `/segments/${encodeURIComponent(segmentId)}`,
  /** Route pattern of {@link paths.segment}. */
  segmentPattern: '/segments/:segmentId',
  /** One import job's page. */
  job: (jobId: string) => `/jobs/${encodeURIComponent(jobId)}`,
  /** Route pattern of {@link paths.job}. */
  jobPattern: '/jobs/:jobId',
} as const;
