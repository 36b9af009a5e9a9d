import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ImportJob } from '../../core/types.js';
import { ImportJobTable } from './ImportJobTable.js';

const job = (id: string): ImportJob => ({
  Id: id,
  ApplicationId: 'app-1',
  JobStatus: 'COMPLETED',
  CreationDate: '2024-05-01T10:00:00.000Z',
  Definition: { Format: 'CSV', S3Url: `s3://bucket/${id}.csv`, RoleArn: 'arn:aws:iam::1:role/r' },
});

const jobs = [job('job-a'), job('job-b')];

const idCell = (id: string) =>
  document.querySelector(`tr[data-job-id="${id}"] td[data-column="Id"]`) as HTMLElement;

describe('ImportJobTable job links', () => {
  it('shows IDs as bare text without getJobHref: no element added to the cell', () => {
    render(<ImportJobTable jobs={jobs} />);
    expect(idCell('job-a').childNodes).toHaveLength(1);
    expect(idCell('job-a').firstChild?.nodeType).toBe(Node.TEXT_NODE);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  it('costs one element and one attribute per row with getJobHref (the <a href>), none without', () => {
    const perRow = (element: React.ReactElement) => {
      const { container, unmount } = render(element);
      const rows = [...container.querySelectorAll('tbody > tr')];
      const nodes = rows.flatMap((row) => [row, ...row.querySelectorAll('*')]);
      const cost = {
        elements: nodes.length / rows.length,
        attributes: nodes.reduce((sum, node) => sum + node.attributes.length, 0) / rows.length,
      };
      unmount();
      return cost;
    };
    const plain = perRow(<ImportJobTable jobs={jobs} />);
    const followed = perRow(<ImportJobTable jobs={jobs} onFollowJob={() => {}} />);
    const linked = perRow(
      <ImportJobTable jobs={jobs} getJobHref={(j) => `/imports/${j.Id}`} onFollowJob={() => {}} />,
    );
    expect(followed).toEqual(plain);
    expect(linked).toEqual({ elements: plain.elements + 1, attributes: plain.attributes + 1 });
  });

  it('makes each ID a real link, with the expander kept', () => {
    render(<ImportJobTable jobs={jobs} getJobHref={(j) => `/imports/${j.Id}`} />);
    const link = screen.getByRole('link', { name: 'job-a' });
    expect(link).toHaveAttribute('href', '/imports/job-a');
    expect(link).not.toHaveAttribute('target');
    expect(idCell('job-a').childNodes).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Show details of job job-a' })).toBeInTheDocument();
  });

  it('calls onFollowJob on a plain left click only, leaving modifier and middle clicks to the browser', () => {
    const onFollowJob = vi.fn((_job: ImportJob, event: { preventDefault(): void }) => event.preventDefault());
    // Fragment links: the clicks left to the browser navigate, which jsdom does for a fragment only (quietly).
    render(<ImportJobTable jobs={jobs} getJobHref={(j) => `#/imports/${j.Id}`} onFollowJob={onFollowJob} />);
    const link = screen.getByRole('link', { name: 'job-b' });
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) {
      expect(fireEvent.click(link, { button: 0, [modifier]: true })).toBe(true);
    }
    expect(fireEvent.click(link, { button: 1 })).toBe(true);
    expect(onFollowJob).not.toHaveBeenCalled();
    // The router prevents the default: the browser does not follow the link.
    expect(fireEvent.click(link, { button: 0 })).toBe(false);
    expect(onFollowJob).toHaveBeenCalledTimes(1);
    expect(onFollowJob.mock.calls[0]?.[0]).toBe(jobs[1]);
  });

  it('leaves a plain click to the browser when onFollowJob does not prevent it', () => {
    const onFollowJob = vi.fn();
    render(<ImportJobTable jobs={jobs} getJobHref={(j) => `#/imports/${j.Id}`} onFollowJob={onFollowJob} />);
    expect(fireEvent.click(screen.getByRole('link', { name: 'job-a' }), { button: 0 })).toBe(true);
    expect(onFollowJob).toHaveBeenCalledTimes(1);
  });

  it('uses the latest onFollowJob without a new getJobHref', () => {
    const first = vi.fn();
    const second = vi.fn();
    const href = (j: ImportJob) => `#${j.Id}`;
    const { rerender } = render(<ImportJobTable jobs={jobs} getJobHref={href} onFollowJob={first} />);
    rerender(<ImportJobTable jobs={jobs} getJobHref={href} onFollowJob={second} />);
    fireEvent.click(screen.getByRole('link', { name: 'job-a' }));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it.each([
    '/imports/job-a',
    './job-a',
    '?job=job-a',
    '#job-a',
    'https://admin.example/imports/job-a',
    'http://127.0.0.1:3000/imports/job-a',
  ])('links to %j', (href) => {
    render(<ImportJobTable jobs={[job('job-a')]} getJobHref={() => href} />);
    expect(screen.getByRole('link', { name: 'job-a' }).getAttribute('href')).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    '//evil.example/imports',
    '/\\evil.example/imports',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    ' //evil.example',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://admin.example/x',
    'file:///etc/passwd',
    'imports/job-a',
    '../imports/job-a',
    '',
  ])('shows the ID as text for %j', (href) => {
    render(<ImportJobTable jobs={[job('job-a')]} getJobHref={() => href} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(within(idCell('job-a')).getByText('job-a')).toBeInTheDocument();
  });

  it('shows the ID as text when getJobHref returns nothing or what is no string', () => {
    render(
      <ImportJobTable
        jobs={jobs}
        getJobHref={(j) => (j.Id === 'job-a' ? undefined : ({ toString: () => '/x' } as unknown as string))}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });
});
