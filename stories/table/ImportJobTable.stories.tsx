import type { Meta, StoryObj } from '@storybook/react-vite';
import { useSyncExternalStore } from 'react';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import {
  DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY,
  defaultImportJobsMessages,
  ImportJobTable,
  type ImportJobTableProps,
} from '../../src/index.js';
import {
  createImportJob,
  PINPOINT_EXCEPTION_NAMES,
  type PinpointExceptionName,
} from '../../src/msw/index.js';
import { exceptionError, HOSTILE, jobs, manyJobs, toImportJobs } from './data.js';

const meta = {
  title: 'Components/ImportJobTable',
  component: ImportJobTable,
  args: { jobs, onRetry: fn() },
} satisfies Meta<typeof ImportJobTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The Error story's args: the table's, and the name of the exception the first load failed with. */
type ErrorStoryArgs = ImportJobTableProps & { errorName: PinpointExceptionName };
type ErrorStory = StoryObj<ErrorStoryArgs>;

/** The exception the Error story's play test shows, over the `errorName` control: undefined leaves the control's. */
let steppedException: PinpointExceptionName | undefined;
const steppedListeners = new Set<() => void>();

function showException(name: PinpointExceptionName | undefined): void {
  steppedException = name;
  for (const listener of steppedListeners) listener();
}

function subscribeToStepped(listener: () => void): () => void {
  steppedListeners.add(listener);
  return () => steppedListeners.delete(listener);
}

function SteppedErrorTable({ errorName, ...props }: ErrorStoryArgs) {
  const stepped = useSyncExternalStore(subscribeToStepped, () => steppedException);
  return <ImportJobTable {...props} error={exceptionError(stepped ?? errorName)} />;
}

/** A page of jobs in every common state, in the order of the service. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'Import jobs' });
    await expect(within(table).getAllByRole('row')).toHaveLength(jobs.length + 1);
    await expect(canvasElement.querySelector('.pij-table')).toHaveAttribute('data-state', 'ready');
    // Each status icon is drawn by the stylesheet (no <svg> per row): a visible mask image, one per tone.
    const icons = new Map<string, string>();
    for (const badge of table.querySelectorAll('td[data-column="JobStatus"] > .pij-status-badge')) {
      const before = getComputedStyle(badge, '::before');
      await expect(before.maskImage).toMatch(/^url\("data:image\/svg\+xml,/);
      await expect(before.inlineSize).not.toBe('0px');
      icons.set(badge.getAttribute('data-tone') ?? '', before.maskImage);
    }
    await expect(icons.size).toBeGreaterThan(2);
    await expect(new Set(icons.values()).size).toBe(icons.size);
  },
};

/**
 * Every state of a progress cell: waiting without a total (indeterminate), running, running with failed pieces,
 * finished, and counts that disagree. Each bar is one element; the stylesheet paints its parts.
 */
export const ProgressStates: Story = {
  args: {
    jobs: toImportJobs([
      createImportJob(
        { Id: 'waiting', JobStatus: 'INITIALIZING', TotalPieces: 0, CompletedPieces: 0 },
        { seed: 1 },
      ),
      createImportJob(
        { Id: 'running', JobStatus: 'PROCESSING', TotalPieces: 8, CompletedPieces: 3 },
        { seed: 2 },
      ),
      createImportJob(
        { Id: 'failing', JobStatus: 'FAILING', TotalPieces: 10, CompletedPieces: 4, FailedPieces: 3 },
        { seed: 3 },
      ),
      createImportJob(
        { Id: 'done', JobStatus: 'COMPLETED', TotalPieces: 5, CompletedPieces: 5 },
        { seed: 4 },
      ),
      createImportJob({ Id: 'odd', JobStatus: 'COMPLETED', TotalPieces: 2, CompletedPieces: 9 }, { seed: 5 }),
    ]),
  },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Import jobs' });
    // Each progress bar is one element whose parts the stylesheet paints from its custom properties.
    const states = new Set<string>();
    for (const bar of within(table).getAllByRole('progressbar')) {
      const style = getComputedStyle(bar);
      const state = bar.getAttribute('data-state') ?? '';
      states.add(state);
      await expect(bar.childElementCount).toBe(0);
      await expect(Number.parseFloat(style.blockSize)).toBeGreaterThan(0);
      if (state === 'indeterminate') {
        await expect(style.animationName).toBe('pij-progress-sweep');
        continue;
      }
      const completed = Number.parseFloat(style.getPropertyValue('--pij-progress-completed'));
      // Without failed pieces the failed part's end is left unset (0%): the gradient then paints no failed part.
      const failedEnd = Math.max(
        completed,
        Number.parseFloat(style.getPropertyValue('--pij-progress-failed')),
      );
      await expect(bar.style.getPropertyValue('--pij-progress-failed') !== '').toBe(
        bar.hasAttribute('data-failed'),
      );
      const done = Number(bar.getAttribute('aria-valuenow')) / Number(bar.getAttribute('aria-valuemax'));
      await expect(failedEnd).toBeCloseTo(done * 100, 5);
      await expect(failedEnd > completed).toBe(bar.hasAttribute('data-failed'));
      await expect(style.backgroundImage).toMatch(/^linear-gradient\(.*repeating-linear-gradient\(/);
    }
    await expect([...states].sort()).toEqual(['complete', 'indeterminate', 'loading']);
    // Counts that disagree are clamped and marked; the cell says the share done, on one line.
    const odd = within(table)
      .getAllByRole('progressbar')
      .find((bar) => bar.hasAttribute('data-counts-disagree'));
    await expect(odd).toHaveAttribute('aria-valuenow', '2');
    await expect(odd?.closest('td')).toHaveTextContent('100%');
  },
};

/** The first load: skeleton rows, `aria-busy`, and a status for screen readers. */
export const Loading: Story = {
  args: { jobs: [], loading: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Loading import jobs…')).toHaveAttribute('role', 'status');
    await expect(canvasElement.querySelector('.pij-table')).toHaveAttribute('data-state', 'loading');
  },
};

/** A segment with no import jobs. */
export const Empty: Story = {
  args: { jobs: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No import jobs')).toBeVisible();
  },
};

/**
 * The first load failed with one of the service's seven exceptions (`errorName`): the error panel says what happened
 * in words, shows the request ID and offers "Try again". The play test steps through all seven.
 */
export const ErrorState: ErrorStory = {
  name: 'Error',
  args: { jobs: [], errorName: 'InternalServerErrorException' },
  argTypes: { errorName: { control: 'select', options: PINPOINT_EXCEPTION_NAMES } },
  render: ({ errorName, ...args }) => <SteppedErrorTable errorName={errorName} {...args} />,
  beforeEach: () => showException(undefined),
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    try {
      for (const [index, name] of PINPOINT_EXCEPTION_NAMES.entries()) {
        await step(name, async () => {
          showException(name);
          await expect(await canvas.findByText(defaultImportJobsMessages.errors[name])).toBeVisible();
          await expect(canvasElement.querySelector('.pij-table')).toHaveAttribute('data-state', 'error');
          await expect(canvas.getByText('Could not load import jobs')).toBeVisible();
          await expect(canvas.getByText(/3f0c1e2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b/)).toBeVisible();
          await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
          await expect(args.onRetry).toHaveBeenCalledTimes(index + 1);
        });
      }
    } finally {
      showException(undefined);
    }
  },
};

/** The last refresh failed: the rows stay, with a banner saying how old they are. */
export const Stale: Story = {
  args: {
    stale: true,
    error: exceptionError('TooManyRequestsException'),
    updatedAt: Date.now() - 3 * 60_000,
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.pij-table')).toHaveAttribute('data-stale');
    await expect(canvas.getByText(/may be out of date/)).toBeVisible();
    await expect(canvas.getAllByRole('row')).toHaveLength(jobs.length + 1);
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalled();
  },
};

/**
 * 500 rows on one page, with the columns a dense overview needs (axe checks every row: with all columns it would
 * take longer than a story test may run).
 */
export const FiveHundredRows: Story = {
  name: '500 rows',
  args: {
    jobs: manyJobs,
    defaultColumnVisibility: {
      ...DEFAULT_IMPORT_JOB_COLUMN_VISIBILITY,
      TotalProcessed: false,
      Failures: false,
      Format: false,
      S3Url: false,
      Segment: false,
      CompletionDate: false,
      Duration: false,
    },
  },
  play: async ({ canvasElement }) => {
    // A plain selector: computing ARIA roles of 7,000 cells would cost seconds.
    await expect(canvasElement.querySelectorAll('tbody > tr[data-job-id]')).toHaveLength(500);
  },
};

/** The FAILED job expanded: its whole `Definition` and the first 100 of 2,345 failures. */
export const ExpandedRow: Story = {
  args: { defaultExpandedJobIds: ['job-failed'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Hide details of job job-failed' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText('Showing 100 of 2,345 failures')).toBeVisible();
    // A second row opens beside it; the first stays open.
    await userEvent.click(canvas.getByRole('button', { name: 'Show details of job job-processing' }));
    await expect(canvas.getByRole('button', { name: 'Hide details of job job-processing' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Expanding and collapsing a row with the keyboard-operable toggle. */
export const ExpandingARow: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const show = canvas.getByRole('button', { name: 'Show details of job job-failed' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(show);
    const hide = canvas.getByRole('button', { name: 'Hide details of job job-failed' });
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText('Showing 100 of 2,345 failures')).toBeVisible();
    await userEvent.click(hide);
    await expect(canvas.queryByText('Showing 100 of 2,345 failures')).toBeNull();
  },
};

/** Copying the failures of an expanded job puts them on the clipboard, one per line. */
export const CopyingFailures: Story = {
  args: { defaultExpandedJobIds: ['job-failed'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    try {
      await userEvent.click(canvas.getByRole('button', { name: 'Copy all' }));
      await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
      const copied = String(writeText.mock.calls[0]?.[0]);
      const expected = jobs.find((job) => job.Id === 'job-failed')?.Failures ?? [];
      await expect(copied.split('\n')).toEqual(expected);
      await expect(await canvas.findByText('Copied')).toBeVisible();
    } finally {
      writeText.mockRestore();
    }
  },
};

/** Sorted by creation date, oldest first. */
export const Sorted: Story = {
  args: { defaultSorting: [{ id: 'CreationDate', desc: false }] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const header = canvas.getByRole('columnheader', { name: /Created/ });
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    // Sorting by another column moves the sort there.
    await userEvent.click(within(canvas.getByRole('columnheader', { name: 'Job ID' })).getByRole('button'));
    await expect(canvas.getByRole('columnheader', { name: 'Job ID' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(header).not.toHaveAttribute('aria-sort');
  },
};

/** Sorting by clicking a header: ascending, then descending. */
export const SortingByClick: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const header = canvas.getByRole('columnheader', { name: /Endpoints processed/ });
    await expect(header).not.toHaveAttribute('aria-sort');
    const button = within(header).getByRole('button');
    await userEvent.click(button);
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const firstProcessed = () =>
      canvas.getAllByRole('row')[1]?.querySelector('[data-column="TotalProcessed"]')?.textContent;
    const ascending = firstProcessed();
    await userEvent.click(button);
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(firstProcessed()).not.toBe(ascending);
  },
};

/** Every column shown, the hidden-by-default ones included. */
export const AllColumnsShown: Story = {
  args: {
    defaultColumnVisibility: {},
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('columnheader', { name: /Role ARN/ })).toBeVisible();
    await expect(canvas.getByRole('columnheader', { name: /External ID/ })).toBeVisible();
  },
};

/** Only the essentials: status, progress and creation date. */
export const FewColumns: Story = {
  args: {
    defaultColumnVisibility: {
      Id: false,
      TotalProcessed: false,
      Failures: false,
      Format: false,
      S3Url: false,
      Segment: false,
      CompletionDate: false,
      Duration: false,
      RoleArn: false,
      DefineSegment: false,
      RegisterEndpoints: false,
      ApplicationId: false,
      Type: false,
      ExternalId: false,
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const headers = canvas.getAllByRole('columnheader').map((header) => header.textContent?.trim() ?? '');
    await expect(headers.filter((text) => /\S/.test(text) && text !== 'Details')).toEqual([
      'Status',
      'Progress',
      'Created',
    ]);
    // Without the Job ID column, each row's expander still names its job.
    const expanders = canvas.getAllByRole('button', { name: /^Show details of job / });
    await expect(expanders.length).toBe(canvas.getAllByRole('row').length - 1);
  },
};

/** Hiding and showing a column in Preferences. */
export const HidingAndShowingColumns: Story = {
  // axe checks the open dialog's checkboxes for WCAG 2.2 target spacing too.
  parameters: { a11y: { options: { rules: { 'target-size': { enabled: true } } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('columnheader', { name: /Role ARN/ })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Preferences' }));
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Role ARN' }));
    await expect(canvas.getByRole('columnheader', { name: /Role ARN/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Format' }));
    await expect(canvas.queryByRole('columnheader', { name: /^Format/ })).toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};

/** The source is text with a copy button, never a link for an `s3://` URL; the table announces the result. */
export const CopySource: Story = {
  args: { jobs: jobs.slice(0, 1) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('link')).toBeNull();
    // The copy button shows over the end of the cell while the row is hovered or holds the focus.
    canvas.getByRole('button', { name: /^Show details of job/ }).focus();
    await userEvent.click(canvas.getByRole('button', { name: /^Copy source s3:\/\// }));
    await expect(await canvas.findByText(/^(Copied|Could not copy)/)).toHaveAttribute('role', 'status');
  },
};

/** The second of several pages: the page number, and a note that sorting applies to this page only. */
export const Paginated: Story = {
  args: {
    pagination: {
      pageIndex: 1,
      hasNextPage: true,
      hasPreviousPage: true,
      onNext: fn(),
      onPrevious: fn(),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Page 2')).toBeInTheDocument();
    await expect(canvas.getByText('Sorting applies to the jobs on this page.')).toBeInTheDocument();
  },
};

/** Markup and links in every string field, one expanded: all of it shown as text, no element injected. */
export const HostileData: Story = {
  args: {
    jobs: toImportJobs(
      HOSTILE.map((text, index) =>
        createImportJob(
          {
            Id: `hostile-${index}`,
            JobStatus: text,
            Definition: { S3Url: text, SegmentName: text },
            Failures: [text],
            TotalFailures: 1,
          },
          { seed: index },
        ),
      ),
    ),
    defaultExpandedJobIds: ['hostile-0'],
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, script, a')).toBeNull();
  },
};
