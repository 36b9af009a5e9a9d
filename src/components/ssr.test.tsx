// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PinpointError } from '../core/errors.js';
import type { ImportJob, ImportJobResponse } from '../core/types.js';
import { FailureList } from './FailureList/FailureList.js';
import { ImportJobTable } from './ImportJobTable/ImportJobTable.js';
import { ImportProgress } from './ImportProgress/ImportProgress.js';
import { JobStatusBadge } from './JobStatusBadge/JobStatusBadge.js';
import { SegmentImportJobs } from './SegmentImportJobs/SegmentImportJobs.js';

const job: ImportJob = {
  Id: 'job-1',
  JobStatus: 'PROCESSING',
  TotalPieces: 10,
  CompletedPieces: 4,
  FailedPieces: 1,
  Failures: ['<b>bad</b>'],
  TotalFailures: 3,
  CreationDate: '2024-05-01T10:00:00Z',
  Definition: { Format: 'CSV', S3Url: 's3://bucket/key.csv', RoleArn: 'arn:aws:iam::1:role/r' },
};

describe('server rendering (no DOM)', () => {
  it('runs without a DOM', () => {
    expect(typeof document).toBe('undefined');
  });

  it('renders every component to a string', () => {
    const html = renderToString(
      <div>
        <JobStatusBadge status="FAILED" />
        <ImportProgress job={job} />
        <FailureList failures={job.Failures} totalFailures={job.TotalFailures} />
        <ImportJobTable jobs={[job]} defaultExpandedJobIds={['job-1']} />
      </div>,
    );
    expect(html).toContain('data-tone="danger"');
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('<caption');
    expect(html).toContain('s3://bucket/key.csv');
    expect(html).toContain('&lt;b&gt;bad&lt;/b&gt;');
    expect(html).not.toContain('<b>bad</b>');
  });

  it('renders each table state', () => {
    expect(renderToString(<ImportJobTable jobs={[]} loading />)).toContain('data-state="loading"');
    expect(renderToString(<ImportJobTable jobs={[]} />)).toContain('No import jobs');
    expect(
      renderToString(<ImportJobTable jobs={[]} error={new PinpointError({ name: 'NotFoundException' })} />),
    ).toContain('role="alert"');
    expect(renderToString(<ImportJobTable jobs={[job]} stale updatedAt={Date.now() - 5000} />)).toContain(
      'data-state="stale"',
    );
  });

  it('renders the panel with initialData: its rows, and no "Not loaded yet" over them', () => {
    const html = renderToString(
      <SegmentImportJobs
        applicationId="app-1"
        segmentId="seg-1"
        fetcher={() => Promise.reject(new Error('no request on the server'))}
        initialData={{ ImportJobsResponse: { Item: [job as ImportJobResponse] } }}
      />,
    );
    expect(html).toContain('data-job-id="job-1"');
    expect(html).not.toContain('Not loaded yet');
    expect(
      renderToString(
        <SegmentImportJobs applicationId="a" segmentId="s" fetcher={() => new Promise(() => {})} />,
      ),
    ).toContain('Not loaded yet');
  });
});
