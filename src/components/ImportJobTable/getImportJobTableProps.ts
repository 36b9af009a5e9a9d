import type { PinpointError } from '../../core/errors.js';
import type { ImportJob } from '../../core/types.js';
import type { ImportJobTableProps } from './interfaces.js';

/**
 * What {@link getImportJobTableProps} reads: the matching members of the result of `useSegmentImportJobs` (or of
 * any data layer shaped like it).
 */
export interface ImportJobTableSource {
  /** `loading` while the first load of the page runs; `error` when it failed with no rows. */
  status: 'idle' | 'loading' | 'success' | 'error' | (string & {});
  /** The jobs to show. */
  jobs: readonly ImportJob[];
  /** The error of the latest request. */
  error?: PinpointError | Error | null | undefined;
  /** Whether a request is in flight. */
  isFetching?: boolean;
  /** Whether the rows shown did not survive the latest refresh. */
  isStale?: boolean;
  /** Whether the rows belong to the page shown before. */
  isPlaceholderData?: boolean;
  /** When the page last loaded, in epoch ms. */
  updatedAt?: number | undefined;
  /** The index of the page shown. */
  pageIndex?: number;
  /** Whether there is a next page. */
  hasNextPage?: boolean;
  /** Whether there is a previous page. */
  hasPreviousPage?: boolean;
  /** Moves to the next page. */
  nextPage?: () => void;
  /** Moves to the previous page. */
  previousPage?: () => void;
  /** Refetches the page. */
  refresh?: () => unknown;
}

/** The props {@link getImportJobTableProps} returns. */
export type ImportJobTableDataProps = Pick<
  ImportJobTableProps,
  'jobs' | 'loading' | 'idle' | 'error' | 'onRetry' | 'stale' | 'updatedAt' | 'pagination'
>;

/**
 * Maps the result of `useSegmentImportJobs` to the data props of `ImportJobTable`, so wiring takes one line:
 *
 * ```tsx
 * <ImportJobTable {...getImportJobTableProps(useSegmentImportJobs(options))} />
 * ```
 *
 * `loading` is set for the first load of a page (and while placeholder rows of the previous page are shown);
 * `stale` when the last refresh failed but rows remain; `pagination` when the result pages.
 *
 * @param result - The hook's result, or anything shaped like {@link ImportJobTableSource}.
 */
export function getImportJobTableProps(result: ImportJobTableSource): ImportJobTableDataProps {
  const { jobs, error, refresh, nextPage, previousPage } = result;
  const loading =
    result.status === 'loading' ||
    (result.isFetching === true && (jobs.length === 0 || result.isPlaceholderData === true));
  const props: ImportJobTableDataProps = {
    jobs,
    loading,
    idle: result.status === 'idle',
    error: error ?? null,
    stale: result.isStale ?? (error != null && jobs.length > 0),
    updatedAt: result.updatedAt ?? null,
  };
  if (refresh) {
    props.onRetry = () => {
      void refresh();
    };
  }
  if (typeof result.pageIndex === 'number' && nextPage && previousPage) {
    props.pagination = {
      pageIndex: result.pageIndex,
      hasNextPage: result.hasNextPage === true,
      hasPreviousPage: result.hasPreviousPage === true,
      onNext: nextPage,
      onPrevious: previousPage,
    };
  }
  return props;
}
