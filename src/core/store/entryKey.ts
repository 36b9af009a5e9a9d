/** What identifies one shared entry of the store: one page of one segment's import jobs. */
export interface ImportJobsEntryKey {
  /** The application ID. */
  applicationId: string;
  /** The segment ID. */
  segmentId: string;
  /** The page size, or `undefined` when none is sent. */
  pageSize: number | undefined;
  /** The page token, or `undefined` for the first page. */
  token: string | undefined;
}

/**
 * A string that is equal for equal keys and different for different ones.
 *
 * @param key - An entry key.
 */
export function hashEntryKey(key: ImportJobsEntryKey): string {
  return JSON.stringify([key.applicationId, key.segmentId, key.pageSize ?? null, key.token ?? null]);
}
