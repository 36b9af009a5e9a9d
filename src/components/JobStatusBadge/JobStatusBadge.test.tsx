import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../test/helpers/expectNoAxeViolations.js';
import { JOB_STATUSES, type JobStatus } from '../../core/types.js';
import { ImportJobsI18nProvider } from '../../i18n/ImportJobsI18nProvider.js';
import { JobStatusBadge } from './JobStatusBadge.js';

const EXPECTED: Record<JobStatus, [label: string, tone: string]> = {
  CREATED: ['Created', 'neutral'],
  PREPARING_FOR_INITIALIZATION: ['Preparing', 'info'],
  INITIALIZING: ['Initializing', 'info'],
  PROCESSING: ['Processing', 'progress'],
  PENDING_JOB: ['Pending', 'neutral'],
  COMPLETING: ['Completing', 'progress'],
  COMPLETED: ['Completed', 'success'],
  FAILING: ['Failing', 'warning'],
  FAILED: ['Failed', 'danger'],
};

describe('JobStatusBadge', () => {
  it.each(JOB_STATUSES)('shows %s with its label, tone and a hidden icon', (status) => {
    const [label, tone] = EXPECTED[status];
    const { container } = render(<JobStatusBadge status={status} />);
    const badge = container.firstElementChild as HTMLElement;
    expect(badge).toHaveTextContent(label);
    expect(badge).toHaveAttribute('data-status', status);
    expect(badge).toHaveAttribute('data-tone', tone);
    const icon = badge.querySelector('svg');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText(label)).toBeVisible();
  });

  it('gives each tone its own icon shape', () => {
    const shapes = new Map<string, string>();
    for (const status of JOB_STATUSES) {
      const { container, unmount } = render(<JobStatusBadge status={status} />);
      const tone = EXPECTED[status][1];
      shapes.set(tone, container.querySelector('svg')?.innerHTML ?? '');
      unmount();
    }
    expect(new Set(shapes.values()).size).toBe(shapes.size);
    expect(shapes.size).toBe(6);
  });

  it('shows an unknown status as its raw value with a neutral tone', () => {
    const { container } = render(<JobStatusBadge status="QUEUED_FOR_MARS" />);
    const badge = container.firstElementChild as HTMLElement;
    expect(badge).toHaveTextContent('QUEUED_FOR_MARS');
    expect(badge).toHaveAttribute('data-status', 'QUEUED_FOR_MARS');
    expect(badge).toHaveAttribute('data-tone', 'neutral');
  });

  it('does not mistake inherited object keys for statuses', () => {
    const { container } = render(<JobStatusBadge status="constructor" />);
    expect(container.firstElementChild).toHaveTextContent('constructor');
    expect(container.firstElementChild).toHaveAttribute('data-tone', 'neutral');
  });

  it('shows a missing status as Unknown', () => {
    const { container } = render(<JobStatusBadge status={undefined} />);
    expect(container.firstElementChild).toHaveTextContent('Unknown');
    expect(container.firstElementChild).not.toHaveAttribute('data-status');
  });

  it('renders a hostile status as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(<JobStatusBadge status={hostile} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.firstElementChild).toHaveTextContent(hostile);
  });

  it('passes className, style, id and data-* through to the root and forwards the ref', () => {
    const ref = createRef<HTMLSpanElement>();
    render(
      <JobStatusBadge
        ref={ref}
        status="FAILED"
        className="host"
        style={{ marginInlineStart: 3 }}
        id="badge-1"
        data-testid="badge"
      />,
    );
    const badge = screen.getByTestId('badge');
    expect(ref.current).toBe(badge);
    expect(badge).toHaveClass('pij-status-badge', 'host');
    expect(badge).toHaveAttribute('id', 'badge-1');
    expect(badge.style.marginInlineStart).toBe('3px');
  });

  it('takes labels from the messages prop and from the provider', () => {
    const { rerender } = render(
      <JobStatusBadge status="FAILED" messages={{ statusLabels: { FAILED: 'Échoué' } }} />,
    );
    expect(screen.getByText('Échoué')).toBeInTheDocument();
    rerender(
      <ImportJobsI18nProvider messages={{ statusLabels: { COMPLETED: 'Fertig' } }}>
        <JobStatusBadge status="COMPLETED" />
        <JobStatusBadge status="FAILED" />
      </ImportJobsI18nProvider>,
    );
    expect(screen.getByText('Fertig')).toBeInTheDocument();
    expect(screen.getByText('Failed')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <p>
        {JOB_STATUSES.map((status) => (
          <JobStatusBadge key={status} status={status} />
        ))}
        <JobStatusBadge status="SOMETHING_NEW" />
      </p>,
    );
    await expectNoAxeViolations(container);
  });
});
