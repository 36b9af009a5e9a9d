import { act, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeImportJobsFetcher, type FakeImportJobsFetcher } from '../../test/helpers/fakeFetcher.js';
import { createImportJobsStore, createManualVisibility, PLACE_KEPT_MS } from '../core/store/index.js';
import { ImportJobsProvider } from './ImportJobsProvider.js';
import { useKeptState } from './useKeptState.js';
import { useSegmentImportJobs } from './useSegmentImportJobs.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

interface Sort {
  id: string;
  desc: boolean;
}

/** A panel that keeps its sort with its list, as the list panels do. */
function Panel({
  fetcher,
  segmentId,
  seen,
}: {
  fetcher: FakeImportJobsFetcher;
  segmentId: string;
  seen: Sort[][];
}) {
  const result = useSegmentImportJobs({ applicationId: 'a', segmentId, fetcher });
  const [sorting, setSorting] = useKeptState<Sort[]>(result.kept, 'sorting', []);
  seen.push(sorting);
  return (
    <button type="button" onClick={() => setSorting([{ id: 'created', desc: !sorting[0]?.desc }])}>
      sort
    </button>
  );
}

describe.each([false, true])('useKeptState (StrictMode: %s)', (strict) => {
  it('keeps a panel sort with its list: back on remount within 5 minutes, gone after', async () => {
    const store = createImportJobsStore({ visibility: createManualVisibility(), random: () => 0 });
    const fetcher = createFakeImportJobsFetcher();
    const seen: Sort[][] = [];
    const mount = (segmentId = 's') => {
      const panel = <Panel fetcher={fetcher} segmentId={segmentId} seen={seen} />;
      return render(
        <ImportJobsProvider store={store}>
          {strict ? <StrictMode>{panel}</StrictMode> : panel}
        </ImportJobsProvider>,
      );
    };
    const first = mount();
    expect(seen.at(-1)).toEqual([]);
    await act(async () => {
      first.getByRole('button').click();
    });
    expect(seen.at(-1)).toEqual([{ id: 'created', desc: true }]);
    first.unmount();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(PLACE_KEPT_MS - 1_000);
    });
    seen.length = 0;
    const second = mount();
    // From the first render on.
    expect(seen[0]).toEqual([{ id: 'created', desc: true }]);
    second.unmount();
    const other = mount('other');
    expect(seen.at(-1)).toEqual([]);
    other.unmount();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(PLACE_KEPT_MS);
    });
    mount();
    expect(seen.at(-1)).toEqual([]);
  });
});
