import { act, renderHook } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createFakeFetcher, job, page } from '../core/store/__tests__/fakeFetcher.js';
import { createImportJobsStore, createManualVisibility } from '../core/store/index.js';
import { ImportJobsProvider } from './ImportJobsProvider.js';
import { useSegmentImportJobs } from './useSegmentImportJobs.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

it('loads under StrictMode with one request', async () => {
  const store = createImportJobsStore({ visibility: createManualVisibility() });
  const fetcher = createFakeFetcher();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StrictMode>
      <ImportJobsProvider store={store}>{children}</ImportJobsProvider>
    </StrictMode>
  );
  const seen: string[] = [];
  const { result, unmount } = renderHook(
    () => {
      const r = useSegmentImportJobs({ applicationId: 'a', segmentId: 's', fetcher });
      seen.push(`${r.status}:${r.jobs.length}:${r.isFetching}`);
      return r;
    },
    { wrapper },
  );
  expect(fetcher.calls).toHaveLength(1);
  expect(fetcher.calls[0]?.signal.aborted).toBe(false);
  await act(async () => {
    fetcher.calls[0]?.resolve(page([job('j1', 'COMPLETED')]));
  });
  expect(result.current.status).toBe('success');
  expect(result.current.jobs).toHaveLength(1);
  expect(fetcher.calls).toHaveLength(1);
  unmount();
});
