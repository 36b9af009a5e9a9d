import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../test/helpers/expectNoAxeViolations.js';
import { JOB_STATUSES } from '../../core/index.js';
import type { ImportJob } from '../../core/types.js';
import { ImportJobTable } from '../ImportJobTable/ImportJobTable.js';
import { ImportJobDetails } from './ImportJobDetails.js';

const job: ImportJob = {
  Id: 'job-1',
  ApplicationId: 'app-1',
  JobStatus: 'FAILED',
  CreationDate: '2024-05-01T10:00:00.000Z',
  CompletionDate: '2024-05-01T10:05:30.000Z',
  TotalPieces: 4,
  CompletedPieces: 3,
  FailedPieces: 1,
  TotalProcessed: 1234,
  TotalFailures: 2345,
  Failures: ['row 2: bad email', 'row 9: bad phone'],
  Type: 'IMPORT',
  Definition: {
    Format: 'CSV',
    S3Url: 's3://bucket/job-1.csv',
    RoleArn: 'arn:aws:iam::123456789012:role/import',
    SegmentId: 'seg-1',
    DefineSegment: false,
    RegisterEndpoints: true,
  },
};

/** The value of a term of the details. */
const termValue = (root: HTMLElement, term: string) =>
  within(root).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('ImportJobDetails', () => {
  it('shows status, progress, dates, duration, counts, the Definition and the failures', () => {
    const { container } = render(<ImportJobDetails job={job} locale="en-US" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('pij-detail');
    expect(within(root).getByText('Summary')).toBeInTheDocument();
    expect(root.querySelector('.pij-status-badge')).toHaveTextContent('Failed');
    expect(within(root).getByRole('progressbar', { name: 'Import progress' })).toBeInTheDocument();
    expect(termValue(root, 'Job ID')).toHaveTextContent('job-1');
    expect(termValue(root, 'Created')).toHaveTextContent('5/1/24');
    expect(termValue(root, 'Duration')).toHaveTextContent('5m 30s');
    expect(termValue(root, 'Endpoints processed')).toHaveTextContent('1,234');
    expect(termValue(root, 'Failures')).toHaveTextContent('2,345');
    expect(termValue(root, 'S3 URL')).toHaveTextContent('s3://bucket/job-1.csv');
    expect(termValue(root, 'Segment ID')).toHaveTextContent('seg-1');
    expect(termValue(root, 'Registers endpoints')).toHaveTextContent('Yes');
    expect(within(root).getByText('Showing 2 of 2,345 failures')).toBeInTheDocument();
  });

  it('shows a job with nothing but an Id without a crash, every value as not available', () => {
    const { container } = render(<ImportJobDetails job={{ Id: 'job-3' } as ImportJob} />);
    expect(termValue(container as HTMLElement, 'Completed')).toHaveTextContent('Not available');
    expect(termValue(container as HTMLElement, 'Format')).toHaveTextContent('Not available');
  });

  it.each(JOB_STATUSES)('shows a %s job', (status) => {
    const { container } = render(<ImportJobDetails job={{ ...job, JobStatus: status }} />);
    expect(container.querySelector('.pij-status-badge')).toHaveAttribute('data-status', status);
  });

  it('is what the table shows in an expanded row: one component', () => {
    render(<ImportJobTable jobs={[job]} defaultExpandedJobIds={['job-1']} />);
    const detail = document.querySelector('.pij-table__detail-cell > .pij-detail') as HTMLElement;
    expect(within(detail).getByText('Summary')).toBeInTheDocument();
    expect(within(detail).getByText('Definition')).toBeInTheDocument();
  });

  it('passes className, style, id and data-* through, forwards the ref and takes messages', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <ImportJobDetails
        job={job}
        ref={ref}
        className="host"
        id="details"
        data-testid="details"
        messages={{ summaryHeading: 'Übersicht' }}
      />,
    );
    const root = screen.getByTestId('details');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('pij-detail', 'host');
    expect(root).toHaveAttribute('id', 'details');
    expect(screen.getByText('Übersicht')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(<ImportJobDetails job={job} />);
    await expectNoAxeViolations(container);
  });
});
