/** The app's paths, in one place: links and routes build them from here. */
export const paths = {
  /** The import jobs of one segment. */
  segment: (segmentId: string) => `/segments/${encodeURIComponent(segmentId)}`,
  /** Route pattern of {@link paths.segment}. */
  segmentPattern: '/segments/:segmentId',
} as const;
