import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportJobTable } from '../components/ImportJobTable/ImportJobTable.js';
import { JobStatusBadge } from '../components/JobStatusBadge/JobStatusBadge.js';
import { JOB_STATUSES } from '../core/types.js';
import { createImportJob, importJobTable, statusBadge } from './index.js';

describe('statusBadge', () => {
  it('reads the status, label and tone of every status', () => {
    for (const status of JOB_STATUSES) {
      const { container, unmount } = render(<JobStatusBadge status={status} />);
      const badge = statusBadge(container);
      expect(badge.status()).toBe(status);
      expect(badge.label()).toBe(container.textContent);
      expect(badge.tone()).toBe(container.querySelector('[data-tone]')?.getAttribute('data-tone'));
      expect(badge.element()).toBe(container.firstElementChild);
      unmount();
    }
    const { container } = render(<JobStatusBadge status="FAILED" />);
    expect([statusBadge(container).label(), statusBadge(container).tone()]).toEqual(['Failed', 'danger']);
    expect(statusBadge(container.firstElementChild as Element).status()).toBe('FAILED');
  });

  it('reads a badge in a table cell, whose status is on its row', () => {
    const job = createImportJob({ Id: 'job-1', JobStatus: 'PENDING_JOB' });
    const { container } = render(<ImportJobTable jobs={[job]} />);
    const badge = statusBadge(importJobTable(container).row('job-1').cell('JobStatus'));
    expect([badge.status(), badge.label(), badge.tone()]).toEqual(['PENDING_JOB', 'Pending', 'neutral']);
  });

  it('reads an unknown status as it came', () => {
    const { container } = render(<JobStatusBadge status="ARCHIVED" />);
    expect([statusBadge(container).status(), statusBadge(container).label()]).toEqual([
      'ARCHIVED',
      'ARCHIVED',
    ]);
  });

  it('names what is missing', () => {
    expect(() => statusBadge({} as Element)).toThrow(/statusBadge: expected a DOM element/);
    expect(() => statusBadge(document.createElement('p')).status()).toThrow(
      /statusBadge: No status badge \(an element with data-tone\) in <p>/,
    );
    const { container } = render(
      <>
        <JobStatusBadge status="FAILED" />
        <JobStatusBadge status="COMPLETED" />
      </>,
    );
    expect(() => statusBadge(container).label()).toThrow(/2 status badges in <div>/);
  });
});
