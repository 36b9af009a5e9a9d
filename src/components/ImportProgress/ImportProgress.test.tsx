import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../test/helpers/expectNoAxeViolations.js';
import type { ImportJob } from '../../core/types.js';
import { ImportProgress } from './ImportProgress.js';

const job = (overrides: Partial<ImportJob>): ImportJob => ({
  Id: 'job-1',
  JobStatus: 'PROCESSING',
  ...overrides,
});

describe('ImportProgress', () => {
  it('shows completed and failed pieces of the total as distinct parts', () => {
    const { container } = render(
      <ImportProgress
        job={job({ TotalPieces: 10, CompletedPieces: 3, FailedPieces: 1, TotalProcessed: 1234 })}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '4');
    expect(bar).toHaveAttribute('aria-valuemax', '10');
    expect(bar).toHaveAttribute('data-state', 'loading');
    expect(bar.getAttribute('aria-valuetext')).toMatch(/40%.*3 of 10 pieces completed, 1 failed/);
    expect(container.querySelector('[data-part="completed"]')).toHaveStyle({ inlineSize: '30%' });
    expect(container.querySelector('[data-part="failed"]')).toHaveStyle({ inlineSize: '10%' });
    expect(screen.getByText('3 of 10 pieces')).toBeInTheDocument();
    expect(screen.getByText('1 failed')).toBeInTheDocument();
    expect(screen.getByText('1,234 endpoints processed')).toBeInTheDocument();
  });

  it.each([undefined, 0])('is indeterminate when TotalPieces is %s and the job runs', (TotalPieces) => {
    const { container } = render(<ImportProgress job={job({ TotalPieces, JobStatus: 'INITIALIZING' })} />);
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('data-state', 'indeterminate');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'indeterminate');
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).toHaveAttribute('aria-valuetext', 'Waiting for the job to start');
  });

  it('says a job at work whose total is not reported yet is in progress, without a contradiction', () => {
    const { container } = render(
      <ImportProgress job={job({ JobStatus: 'PROCESSING', CompletedPieces: 3, TotalProcessed: 7_500 })} />,
    );
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('data-state', 'indeterminate');
    expect(bar).toHaveAttribute('aria-valuetext', 'In progress, total not known yet');
    expect(container).toHaveTextContent('In progress, total not known yet');
    expect(container).toHaveTextContent('7,500 endpoints processed');
    expect(container).not.toHaveTextContent('Waiting for the job to start');
    expect(container.firstElementChild).not.toHaveAttribute('data-counts-disagree');
  });

  it('says counts disagree when pieces are done of a total reported as 0', () => {
    const { container } = render(<ImportProgress job={job({ TotalPieces: 0, CompletedPieces: 3 })} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      'In progress, total not known yet',
    );
    expect(container).toHaveTextContent('Counts reported by the service disagree');
  });

  it('is complete, not indeterminate, for a finished job without pieces', () => {
    render(<ImportProgress job={job({ JobStatus: 'COMPLETED' })} />);
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('data-state', 'complete');
    expect(bar).toHaveAttribute('aria-valuetext', 'Finished');
  });

  it('is complete when every piece is done', () => {
    render(<ImportProgress job={job({ JobStatus: 'COMPLETED', TotalPieces: 4, CompletedPieces: 4 })} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('data-state', 'complete');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toMatch(/^100%/);
  });

  it('clamps counts that disagree and says so', () => {
    const { container } = render(
      <ImportProgress job={job({ TotalPieces: 3, CompletedPieces: 5, FailedPieces: 2 })} />,
    );
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '3');
    expect(bar).toHaveAttribute('data-state', 'complete');
    expect(container.firstElementChild).toHaveAttribute('data-counts-disagree');
    expect(container.querySelector('[data-part="completed"]')).toHaveStyle({ inlineSize: '100%' });
    expect(container.querySelector('[data-part="failed"]')).toHaveStyle({ inlineSize: '0%' });
    expect(screen.getByText('Counts reported by the service disagree')).toBeInTheDocument();
  });

  it('can leave out the endpoints processed', () => {
    render(<ImportProgress job={job({ TotalProcessed: 5 })} showEndpointsProcessed={false} />);
    expect(screen.queryByText(/endpoints processed/)).toBeNull();
  });

  it('formats with the locale and takes messages', () => {
    render(
      <ImportProgress
        locale="de-DE"
        job={job({ TotalPieces: 2000, CompletedPieces: 1500, TotalProcessed: 1234567 })}
        messages={{ endpointsProcessed: ({ count }, f) => `${f.number(count)} Endpunkte` }}
      />,
    );
    expect(screen.getByText('1.234.567 Endpunkte')).toBeInTheDocument();
    expect(screen.getByText('1.500 of 2.000 pieces')).toBeInTheDocument();
  });

  it('has a compact variant with the same bar and text, and fewer elements', () => {
    const { container } = render(
      <ImportProgress
        variant="compact"
        job={job({ TotalPieces: 10, CompletedPieces: 3, FailedPieces: 1, TotalProcessed: 1234 })}
      />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('pij-progress', 'pij-progress--compact');
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(root).toHaveAttribute('data-failed');
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '4');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '10');
    expect(bar).toHaveAttribute('data-state', 'loading');
    expect(bar.getAttribute('aria-valuetext')).toMatch(/40%.*3 of 10 pieces completed, 1 failed/);
    expect(container.querySelector('[data-part="completed"]')).toHaveStyle({ inlineSize: '30%' });
    expect(container.querySelector('[data-part="failed"]')).toHaveStyle({ inlineSize: '10%' });
    expect(root).toHaveTextContent('3 of 10 pieces');
    expect(screen.getByText('1 failed')).toBeInTheDocument();
    expect(screen.getByText('1,234 endpoints processed')).toBeInTheDocument();
    expect(container.querySelectorAll('*').length).toBeLessThan(7);
  });

  it('leaves out the failed part in compact when no piece failed, and is indeterminate like the default', () => {
    const { container, rerender } = render(
      <ImportProgress variant="compact" job={job({ TotalPieces: 4, CompletedPieces: 2 })} />,
    );
    expect(container.querySelector('[data-part="completed"]')).toHaveStyle({ inlineSize: '50%' });
    expect(container.querySelector('[data-part="failed"]')).toBeNull();
    rerender(<ImportProgress variant="compact" job={job({ JobStatus: 'INITIALIZING' })} />);
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('data-state', 'indeterminate');
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).toHaveAttribute('aria-valuetext', 'Waiting for the job to start');
    expect(container.firstElementChild).toHaveTextContent('Waiting for the job to start');
  });

  it('passes className, style, id and data-* through to the root and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <ImportProgress
        ref={ref}
        job={job({})}
        className="host"
        style={{ maxInlineSize: 200 }}
        id="p1"
        data-testid="p"
      />,
    );
    const root = screen.getByTestId('p');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('pij-progress', 'host');
    expect(root).toHaveAttribute('id', 'p1');
    expect(root.style.maxInlineSize).toBe('200px');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <div>
        <ImportProgress
          job={job({ TotalPieces: 10, CompletedPieces: 3, FailedPieces: 1, TotalProcessed: 12 })}
        />
        <ImportProgress job={job({})} />
        <ImportProgress
          variant="compact"
          job={job({ TotalPieces: 10, CompletedPieces: 3, FailedPieces: 1, TotalProcessed: 12 })}
        />
        <ImportProgress variant="compact" job={job({})} />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
