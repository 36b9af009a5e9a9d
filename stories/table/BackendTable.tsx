import { type ReactNode, useState } from 'react';
import {
  createImportJobsStore,
  getImportJobTableProps,
  ImportJobTable,
  type ImportJobTableProps,
  type SegmentImportJobsFetcher,
} from '../../src/index.js';
import { ImportJobsProvider, useSegmentImportJobs } from '../../src/react/index.js';
import { APPLICATION_ID, SEGMENT_ID } from './data.js';

/** Props of {@link BackendTable}. */
export interface BackendTableProps extends Partial<ImportJobTableProps> {
  /** Fetches the pages, e.g. `createHttpFetcher` pointed at the simulated backend. */
  fetcher: SegmentImportJobsFetcher;
  /** The page size sent as `page-size`. */
  pageSize?: number;
  /** How often to poll while jobs are active, in milliseconds. */
  pollInterval?: number | false;
  /** The segment to show. Default: {@link SEGMENT_ID}. */
  segmentId?: string;
}

/** A store per mounted story, so no story sees another's cache. */
export function FreshStore({ children }: { children: ReactNode }) {
  const [store] = useState(() => createImportJobsStore());
  return <ImportJobsProvider store={store}>{children}</ImportJobsProvider>;
}

function Wired({
  fetcher,
  pageSize,
  pollInterval,
  segmentId = SEGMENT_ID,
  ...tableProps
}: BackendTableProps) {
  const result = useSegmentImportJobs({
    applicationId: APPLICATION_ID,
    segmentId,
    fetcher,
    ...(pageSize === undefined ? {} : { pageSize }),
    ...(pollInterval === undefined ? {} : { pollInterval }),
  });
  return <ImportJobTable {...tableProps} {...getImportJobTableProps(result)} />;
}

/** `useSegmentImportJobs` wired to `ImportJobTable` in one line, as docs/components.md shows, in a fresh store. */
export function BackendTable(props: BackendTableProps) {
  return (
    <FreshStore>
      <Wired {...props} />
    </FreshStore>
  );
}
