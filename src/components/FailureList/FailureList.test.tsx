import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/helpers/expectNoAxeViolations.js';
import { FailureList } from './FailureList.js';

const many = (n: number) => Array.from({ length: n }, (_, i) => `row ${i + 1}: invalid endpoint`);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('FailureList', () => {
  it('lists the failure strings', () => {
    render(<FailureList failures={['bad row 1', 'bad row 2']} />);
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['bad row 1', 'bad row 2']);
    expect(screen.getByText('2 failures')).toBeInTheDocument();
  });

  it('says when only part of the failures came back', () => {
    render(<FailureList failures={many(100)} totalFailures={2345} />);
    expect(screen.getByText('Showing 100 of 2,345 failures')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Showing 100 of 2,345 failures' })).toHaveAttribute(
      'data-truncated',
    );
  });

  it('counts the list shown when TotalFailures is smaller: nothing is said to be left out', () => {
    render(<FailureList failures={many(5)} totalFailures={2} data-testid="f" />);
    expect(screen.getByText('5 failures')).toBeInTheDocument();
    expect(screen.queryByText(/^Showing /)).toBeNull();
    expect(screen.getByTestId('f')).not.toHaveAttribute('data-truncated');
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(5);
  });

  it('has an empty state', () => {
    render(<FailureList failures={[]} totalFailures={0} data-testid="f" />);
    expect(screen.getByText('No failures')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByTestId('f')).toHaveAttribute('data-empty');
  });

  it('renders hostile strings as text', () => {
    const hostile = ['<img src=x onerror="alert(1)">', '<script>alert(1)</script>', 'javascript:alert(1)'];
    const { container } = render(<FailureList failures={hostile} />);
    expect(container.querySelector('img, script, a')).toBeNull();
    for (const text of hostile) expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('copies all failures to the clipboard and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<FailureList failures={['a', 'b']} />);
    await user.click(screen.getByRole('button', { name: 'Copy all' }));
    expect(writeText).toHaveBeenCalledWith('a\nb');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
    expect(screen.getByText('Copied')).toHaveAttribute('role', 'status');
  });

  it('falls back gracefully when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<FailureList failures={['a']} />);
    await user.click(screen.getByRole('button', { name: 'Copy all' }));
    expect(
      await screen.findByText('Could not copy: select the text and copy it yourself'),
    ).toBeInTheDocument();
  });

  it('downloads the failures as a text file', async () => {
    const user = userEvent.setup();
    let blob: Blob | undefined;
    const createObjectURL = vi.fn((value: Blob) => {
      blob = value;
      return 'blob:failures';
    });
    // jsdom has no object URLs: a URL of this test's own, so the global one stays untouched.
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = createObjectURL;
        static override revokeObjectURL = vi.fn();
      },
    );
    // The link clicked, read here: an assertion inside the click would be swallowed by downloadText's catch.
    const clicked: { download: string; href: string | null; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({
        download: this.download,
        href: this.getAttribute('href'),
        inDocument: this.isConnected,
      });
    });
    render(<FailureList failures={['a', 'b']} jobId="job 1" />);
    await user.click(screen.getByRole('button', { name: 'Download as text' }));
    expect(clicked).toEqual([
      { download: 'import-job-job_1-failures.txt', href: 'blob:failures', inDocument: true },
    ]);
    expect(await blob?.text()).toBe('a\nb');
    expect(blob?.type).toMatch(/^text\/plain/);
    expect(screen.getByText('Download started')).toBeInTheDocument();
  });

  it('filters a long list', async () => {
    const user = userEvent.setup();
    render(<FailureList failures={[...many(20), 'the odd one']} />);
    const filter = screen.getByRole('searchbox', { name: 'Filter failures' });
    await user.type(filter, 'ODD');
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['the odd one']);
    expect(screen.getByText('1 of 21 failures match')).toBeInTheDocument();
    await user.clear(filter);
    await user.type(filter, 'nothing like this');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('No failure matches the filter')).toBeInTheDocument();
  });

  it('has no filter when the list is short', () => {
    render(<FailureList failures={many(10)} />);
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('takes messages and a locale', () => {
    render(
      <FailureList
        locale="de-DE"
        failures={many(2)}
        totalFailures={2345}
        messages={{ failuresShown: ({ shown, total }, f) => `${f.number(shown)} von ${f.number(total)}` }}
      />,
    );
    expect(screen.getByText('2 von 2.345')).toBeInTheDocument();
  });

  it('passes className, style, id and data-* through to the root and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <FailureList
        ref={ref}
        failures={['a']}
        className="host"
        style={{ color: 'red' }}
        id="f1"
        data-testid="f"
      />,
    );
    const root = screen.getByTestId('f');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('pij-failures', 'host');
    expect(root).toHaveAttribute('id', 'f1');
    expect(root.style.color).toBe('red');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <div>
        <FailureList failures={many(30)} totalFailures={2345} />
        <FailureList failures={[]} />
      </div>,
    );
    await act(async () => {
      await expectNoAxeViolations(container);
    });
  });
});
