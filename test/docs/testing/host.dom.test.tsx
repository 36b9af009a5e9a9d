import { render } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { SegmentImportJobs } from '../../../src/index.js';
import { createImportJobs, createTestFetcher, importJobTable } from '../../../src/testing/index.js';

it('shows the import jobs of a segment, page by page', async () => {
  const fetcher = createTestFetcher({
    segments: [{ segmentId: 'seg-1', jobs: createImportJobs(25), live: [{ outcome: 'FAILED' }] }],
    advance: 'manual', // live jobs move only on fetcher.advance()
  });
  const { container } = render(
    <SegmentImportJobs applicationId="app-1" segmentId="seg-1" fetcher={fetcher} pageSize={10} />,
  );
  const table = importJobTable(container);

  await vi.waitFor(() => expect(table.rows()).toHaveLength(10));
  const [newest = ''] = table.rows();
  expect(table.row(newest).status()).toBe('CREATED');
  expect(table.row(newest).statusLabel()).toBe('Created');

  await table.nextPage();
  expect(table.pageIndex()).toBe(1);
  expect(fetcher.requests.at(-1)?.token).toBeDefined();
});

it('says what went wrong, and loads on Try again', async () => {
  const fetcher = createTestFetcher({ segments: { 'seg-2': createImportJobs(3) } });
  fetcher.fail('ForbiddenException');
  const { container } = render(
    <SegmentImportJobs applicationId="app-1" segmentId="seg-2" fetcher={fetcher} />,
  );
  const table = importJobTable(container);

  await vi.waitFor(() => expect(table.error()?.name).toBe('ForbiddenException'));
  await table.retry();
  expect(table.rows()).toHaveLength(3);
});
