// @vitest-environment node
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createFakeImportJobsFetcher, job, one, page } from '../../test/helpers/fakeFetcher.js';
import { createImportJobsStore } from '../core/store/index.js';
import { ImportJobsProvider } from './ImportJobsProvider.js';
import { useApplicationImportJobs } from './useApplicationImportJobs.js';
import { useImportJob } from './useImportJob.js';
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

const familyFetcher = createFakeImportJobsFetcher();

function Family() {
  const detail = useImportJob({
    applicationId: 'a',
    jobId: 'j1',
    fetcher: familyFetcher,
    initialData: one(job('j1', 'PROCESSING')),
  });
  const missing = useImportJob({ applicationId: 'a', jobId: 'j2', fetcher: familyFetcher });
  const list = useApplicationImportJobs({
    applicationId: 'a',
    fetcher: familyFetcher,
    initialData: page([job('j1', 'PROCESSING')]),
  });
  return createElement(
    'p',
    null,
    `${detail.status}:${detail.job?.Id}|${missing.status}|${list.status}:${list.jobs.length}`,
  );
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

  it('renders one job and an application list from initialData, fetching nothing, leaving nothing behind', () => {
    const store = createImportJobsStore();
    const html = renderToString(createElement(ImportJobsProvider, { store }, createElement(Family)));
    expect(html).toContain('success:j1|loading|success:1');
    expect(familyFetcher.calls).toHaveLength(0);
    expect(store.size).toBe(0);
  });
});
