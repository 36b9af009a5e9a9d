import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createHttpFetcher } from '../../src/index.js';
import { createImportJobs, createPinpointBackend } from '../../src/msw/index.js';
import { BackendTable } from './BackendTable.js';
import { APPLICATION_ID, SEGMENT_ID } from './data.js';

const BASE_URL = '/pinpoint-paging';

const pagingBackend = createPinpointBackend({
  baseUrl: BASE_URL,
  segments: [
    {
      applicationId: APPLICATION_ID,
      segmentId: SEGMENT_ID,
      jobs: createImportJobs(23, { seed: 23, applicationId: APPLICATION_ID, segmentId: SEGMENT_ID }),
    },
  ],
});

const fetcher = createHttpFetcher({ baseUrl: BASE_URL });

const meta = {
  title: 'Table/ImportJobTable with the simulated backend',
  component: BackendTable,
  args: { fetcher, pageSize: 10, pollInterval: false },
  parameters: { msw: { handlers: pagingBackend.handlers } },
  beforeEach: () => {
    pagingBackend.reset();
  },
} satisfies Meta<typeof BackendTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * 23 jobs served 10 at a time: Next sends the opaque `NextToken` of the page as `token`, Previous goes back to the
 * page already loaded, and the last page has no next.
 */
export const PagingThroughTokens: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pages = canvas.getByRole('navigation', { name: 'Pages' });
    await waitFor(() => expect(canvas.getAllByRole('row')).toHaveLength(11));
    await expect(within(pages).getByText('Page 1')).toBeVisible();
    await expect(pagingBackend.requests.at(-1)).toMatchObject({ pageSize: '10', segmentId: SEGMENT_ID });
    await expect(pagingBackend.requests.at(-1)?.token).toBeUndefined();

    const next = within(pages).getByRole('button', { name: 'Next page' });
    await userEvent.click(next);
    await waitFor(() => expect(within(pages).getByText('Page 2')).toBeVisible());
    await waitFor(() => expect(canvas.getAllByRole('row')).toHaveLength(11));
    await expect(pagingBackend.requests.at(-1)?.token).toEqual(expect.any(String));

    await userEvent.click(next);
    await waitFor(() => expect(within(pages).getByText('Page 3')).toBeVisible());
    await waitFor(() => expect(canvas.getAllByRole('row')).toHaveLength(4));
    await waitFor(() => expect(next).toBeDisabled());

    await userEvent.click(within(pages).getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(within(pages).getByText('Page 2')).toBeVisible());
    await expect(canvas.getByText(/Sorting applies to the jobs on this page/)).toBeVisible();
  },
};

/** The first request is refused (403, not retried automatically): "Try again" loads the page. */
export const RetryAfterAnError: Story = {
  beforeEach: () => {
    pagingBackend.reset();
    pagingBackend.fail('ForbiddenException');
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Could not load import jobs', {}, { timeout: 5000 })).toBeVisible();
    await expect(
      canvas.getByText('You do not have permission to see the import jobs of this segment.'),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(canvas.getAllByRole('row')).toHaveLength(11));
    await expect(pagingBackend.requests).toHaveLength(2);
  },
};
