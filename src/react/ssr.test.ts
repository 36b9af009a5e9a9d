// @vitest-environment node
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { job, page } from '../../test/helpers/fakeFetcher.js';
import { createImportJobsStore } from '../core/store/index.js';
import { ImportJobsProvider } from './ImportJobsProvider.js';
import { useSegmentImportJobs } from './useSegmentImportJobs.js';

function View() {
  const { status, jobs } = useSegmentImportJobs({
    applicationId: 'a',
    segmentId: 's',
    fetcher: fetcherSpy,
    initialData: page([job('ssr-1', 'PROCESSING'), job('ssr-2', 'COMPLETED')]),
  });
  return createElement('p', null, `${status}:${jobs.map((j) => j.Id).join(',')}`);
}

const fetcherSpy = vi.fn(() => new Promise<never>(() => {}));

function Bare() {
  const { status } = useSegmentImportJobs({ applicationId: 'a', segmentId: 's', fetcher: fetcherSpy });
  return createElement('p', null, status);
}

describe('server rendering', () => {
  it('renders initialData rows without window or document, fetching nothing, leaving nothing behind', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const store = createImportJobsStore();
    const html = renderToString(createElement(ImportJobsProvider, { store }, createElement(View)));
    expect(html).toContain('success:ssr-1,ssr-2');
    expect(fetcherSpy).not.toHaveBeenCalled();
    expect(store.size).toBe(0);
  });

  it('renders loading without initialData, with the default store', () => {
    expect(renderToString(createElement(Bare))).toContain('loading');
  });
});
