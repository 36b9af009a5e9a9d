import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { createHttpFetcher } from '../../src/index.js';
import { createImportJobs, createPinpointBackend } from '../../src/msw/index.js';
import { importJobTable } from '../../src/testing/index.js';
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
  title: 'Recipes/Table on the simulated backend',
  // A recipe, not a component: the table's docs page is Components/ImportJobTable.
  tags: ['!autodocs'],
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
    const table = importJobTable(canvasElement);
    const all = pagingBackend.jobs(SEGMENT_ID).map((job) => job.Id);
    await waitFor(() => expect(table.rows()).toEqual(all.slice(0, 10)));
    // Pagination shows once there is somewhere to go: a next page.
    const pages = within(canvasElement).getByRole('navigation', { name: 'Pages' });
    await expect(within(pages).getByText('Page 1')).toBeVisible();
    await expect(pagingBackend.requests.at(-1)).toMatchObject({ pageSize: '10', segmentId: SEGMENT_ID });
    await expect(pagingBackend.requests.at(-1)?.token).toBeUndefined();

    await table.nextPage();
    await expect(table.rows()).toEqual(all.slice(10, 20));
    await expect(pagingBackend.requests.at(-1)?.token).toEqual(expect.any(String));

    await table.nextPage();
    await expect(within(pages).getByText('Page 3')).toBeVisible();
    await expect(table.rows()).toEqual(all.slice(20));
    await waitFor(() => expect(within(pages).getByRole('button', { name: 'Next page' })).toBeDisabled());
    // Next, disabled under the keyboard on the last page, hands focus to the page number, not to the page's body.
    await waitFor(() =>
      expect(canvasElement.ownerDocument.activeElement).toBe(within(pages).getByText('Page 3')),
    );

    await table.previousPage();
    await expect(table.pageIndex()).toBe(1);
    await expect(within(canvasElement).getByText(/Sorting applies to the jobs on this page/)).toBeVisible();
  },
};

/** The first request is refused (403, not retried automatically): "Try again" loads the page. */
export const RetryAfterAnError: Story = {
  beforeEach: () => {
    pagingBackend.reset();
    pagingBackend.fail('ForbiddenException');
  },
  play: async ({ canvasElement }) => {
    const table = importJobTable(canvasElement);
    await waitFor(() => expect(table.error()).not.toBeNull(), { timeout: 5000 });
    await expect(within(canvasElement).getByRole('alert')).toBeVisible();
    await expect(table.error()).toMatchObject({
      name: 'ForbiddenException',
      message: 'You do not have permission to see these import jobs.',
    });
    await table.retry();
    await expect(table.rows()).toEqual(
      pagingBackend
        .jobs(SEGMENT_ID)
        .slice(0, 10)
        .map((job) => job.Id),
    );
    await expect(pagingBackend.requests).toHaveLength(2);
  },
};

/** A proxy answers every request with an HTML 502: named `ServiceUnavailableError`, retried, then shown. */
export const GatewayHtml502: Story = {
  name: 'Gateway HTML 502',
  beforeEach: () => {
    pagingBackend.reset();
    pagingBackend.fail('html-502', { times: Number.POSITIVE_INFINITY });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(
        'The service is unavailable right now. Try again in a moment.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
  },
};

/** A 200 whose JSON is cut off: named `InvalidResponseError`, not a crash. */
export const BrokenJson: Story = {
  name: 'Broken JSON',
  beforeEach: () => {
    pagingBackend.reset();
    pagingBackend.fail('broken-json', { times: Number.POSITIVE_INFINITY });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('The service sent a response that could not be read.', {}, { timeout: 5000 }),
    ).toBeVisible();
  },
};

/**
 * What the service may really send, since nothing validates it: an unknown status, a job with only an `Id`,
 * counts as strings, `Failures` not a list, a hostile `S3Url` and markup in a failure. Every row still renders;
 * nothing is interpreted as HTML.
 */
export const UntrustedResponse: Story = {
  beforeEach: () => {
    pagingBackend.reset();
    pagingBackend.fail({
      kind: 'body',
      body: {
        Item: [
          { Id: 'job-archived', JobStatus: 'ARCHIVED', TotalPieces: '3', Failures: 'x', Type: 'IMPORT' },
          { Id: 'job-bare' },
          {
            Id: 'job-hostile',
            JobStatus: 'FAILED',
            TotalPieces: 2,
            CompletedPieces: 1,
            FailedPieces: 1,
            TotalFailures: 2,
            Failures: ['<img src=x onerror="alert(1)">', 'Line 2: \u202Egnp.exe'],
            Definition: { Format: 'CSV', S3Url: 'javascript:alert(1)', RoleArn: 'arn:aws:iam::1:role/x' },
          },
        ],
        NextToken: null,
      },
    });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('ARCHIVED', {}, { timeout: 4000 })).toBeVisible();
    await expect(canvas.getAllByRole('row')).toHaveLength(4);
    await expect(canvas.getByText('job-bare')).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('a[href^="javascript:"]')).toBeNull();
  },
};
