import { PinpointClient } from '@aws-sdk/client-pinpoint';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createSdkFetcher } from '../../src/aws-sdk/index.js';
import { createHttpFetcher, SegmentImportJobs } from '../../src/index.js';
import { createImportJobs, createPinpointBackend } from '../../src/msw/index.js';
import { FreshStore } from '../table/BackendTable.js';
import { APPLICATION_ID, SEGMENT_ID } from '../table/data.js';
import { observeStatuses } from './observeStatuses.js';

const BASE_URL = '/pinpoint-live';

const history = createImportJobs(4, {
  seed: 77,
  applicationId: APPLICATION_ID,
  segmentId: SEGMENT_ID,
  statuses: ['COMPLETED', 'FAILED', 'COMPLETED', 'COMPLETED'],
});

/** One backend per story, each job advancing one status per request (one poll every 150 ms). */
function liveBackend(live: Parameters<typeof createPinpointBackend>[0]) {
  return createPinpointBackend({ baseUrl: BASE_URL, advance: 'request', ...live });
}

const completing = liveBackend({
  segments: [
    {
      applicationId: APPLICATION_ID,
      segmentId: SEGMENT_ID,
      jobs: history,
      live: [{ outcome: 'COMPLETED', totalPieces: 3, job: { Id: 'job-live-ok' } }],
    },
  ],
});

const failing = liveBackend({
  segments: [
    {
      applicationId: APPLICATION_ID,
      segmentId: SEGMENT_ID,
      jobs: history,
      live: [
        {
          outcome: 'FAILED',
          totalPieces: 4,
          failedPieces: 2,
          totalFailures: 2345,
          job: { Id: 'job-live-failed', Definition: { Format: 'CSV' } },
        },
      ],
    },
  ],
});

const throttled = liveBackend({
  segments: [{ applicationId: APPLICATION_ID, segmentId: SEGMENT_ID, jobs: history }],
});

const queued = liveBackend({
  segments: [
    {
      applicationId: APPLICATION_ID,
      segmentId: SEGMENT_ID,
      live: [
        { totalPieces: 2, job: { Id: 'job-a' } },
        { totalPieces: 2, job: { Id: 'job-b' } },
        { totalPieces: 2, job: { Id: 'job-c' } },
      ],
    },
  ],
});

const httpFetcher = createHttpFetcher({ baseUrl: BASE_URL });

const manual = createPinpointBackend({
  baseUrl: BASE_URL,
  advance: 'manual',
  segments: [
    {
      applicationId: APPLICATION_ID,
      segmentId: SEGMENT_ID,
      jobs: history,
      live: [{ totalPieces: 4, job: { Id: 'job-manual' } }],
    },
  ],
});

const paged = liveBackend({
  segments: [
    {
      applicationId: APPLICATION_ID,
      segmentId: SEGMENT_ID,
      jobs: createImportJobs(12, { seed: 12, applicationId: APPLICATION_ID, segmentId: SEGMENT_ID }),
    },
  ],
});

const meta = {
  title: 'Recipes/Panel on the simulated backend',
  // A recipe, not a component: the panel's docs page is Components/SegmentImportJobs.
  tags: ['!autodocs'],
  component: SegmentImportJobs,
  args: { applicationId: APPLICATION_ID, segmentId: SEGMENT_ID, fetcher: httpFetcher, pollInterval: 150 },
  decorators: [
    (Story) => (
      <FreshStore>
        <Story />
      </FreshStore>
    ),
  ],
} satisfies Meta<typeof SegmentImportJobs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A new import runs CREATED → PREPARING → INITIALIZING → PROCESSING (pieces growing) → COMPLETING → COMPLETED. */
export const LiveImportCompletes: Story = {
  parameters: { msw: { handlers: completing.handlers } },
  beforeEach: () => {
    completing.reset();
  },
  play: async ({ canvasElement }) => {
    const statuses = observeStatuses(canvasElement, 'job-live-ok');
    try {
      await waitFor(() => expect(statuses.seen.at(-1)).toBe('COMPLETED'), { timeout: 8000 });
      await expect(statuses.seen).toEqual(expect.arrayContaining(['PROCESSING', 'COMPLETED']));
      await expect(statuses.seen.indexOf('PROCESSING')).toBeLessThan(statuses.seen.indexOf('COMPLETED'));
    } finally {
      statuses.stop();
    }
    const requests = completing.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 450));
    await expect(completing.requests.length).toBe(requests);
  },
};

/** A new import fails: FAILING, then FAILED with 2 failed pieces and the first 100 of 2,345 failures. */
export const LiveImportFails: Story = {
  parameters: { msw: { handlers: failing.handlers } },
  beforeEach: () => {
    failing.reset();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const statuses = observeStatuses(canvasElement, 'job-live-failed');
    try {
      await waitFor(() => expect(statuses.seen.at(-1)).toBe('FAILED'), { timeout: 8000 });
      await expect(statuses.seen).toEqual(expect.arrayContaining(['PROCESSING', 'FAILED']));
    } finally {
      statuses.stop();
    }
    await userEvent.click(canvas.getByRole('button', { name: 'Show details of job job-live-failed' }));
    await expect(await canvas.findByText('Showing 100 of 2,345 failures')).toBeVisible();
  },
};

/** Three imports at once: the third waits in PENDING_JOB until one of the first two finishes. */
export const ThirdImportWaits: Story = {
  parameters: { msw: { handlers: queued.handlers } },
  beforeEach: () => {
    queued.reset();
  },
  play: async ({ canvasElement }) => {
    const statuses = observeStatuses(canvasElement, 'job-c');
    try {
      await waitFor(() => expect(statuses.seen.at(-1)).toBe('COMPLETED'), { timeout: 10000 });
      await expect(statuses.seen).toContain('PENDING_JOB');
    } finally {
      statuses.stop();
    }
  },
};

/** The first request is throttled (429, `Retry-After: 1`): the error shows, the retry succeeds on its own. */
export const ThrottledThenRecovers: Story = {
  name: 'Throttled (429), then recovers',
  parameters: { msw: { handlers: throttled.handlers } },
  beforeEach: () => {
    throttled.reset();
    throttled.fail('TooManyRequestsException');
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(
        'Too many requests were sent. Wait a moment, then try again.',
        {},
        { timeout: 4000 },
      ),
    ).toBeVisible();
    await waitFor(() => expect(canvas.getAllByRole('row')).toHaveLength(history.length + 1), {
      timeout: 6000,
    });
    await expect(throttled.requests).toHaveLength(2);
  },
};

/** A poll is throttled while jobs run: the rows stay, marked stale, until the next request succeeds. */
export const ThrottledWhilePolling: Story = {
  name: 'Throttled (429) while polling: stale, then fresh',
  parameters: { msw: { handlers: completing.handlers } },
  beforeEach: () => {
    completing.reset();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(1), { timeout: 4000 });
    completing.fail('TooManyRequestsException');
    await expect(await canvas.findByText(/may be out of date/, {}, { timeout: 4000 })).toBeVisible();
    await waitFor(() => expect(canvas.queryByText(/may be out of date/)).toBeNull(), { timeout: 6000 });
  },
};

const SDK_BASE = '/pinpoint-sdk';

const sdkBackend = createPinpointBackend({
  baseUrl: SDK_BASE,
  advance: 'request',
  segments: [
    {
      applicationId: APPLICATION_ID,
      segmentId: SEGMENT_ID,
      jobs: history,
      live: [{ totalPieces: 2, job: { Id: 'job-live-sdk' } }],
    },
  ],
});

/**
 * The real `@aws-sdk/client-pinpoint` in the browser, through `createSdkFetcher`: it signs each request (SigV4,
 * service `mobiletargeting`) and the same MSW handlers answer it.
 */
export const RealAwsSdkClient: Story = {
  name: 'Real @aws-sdk/client-pinpoint in the browser',
  args: {
    fetcher: createSdkFetcher(
      new PinpointClient({
        endpoint: `${globalThis.location?.origin ?? 'http://localhost'}${SDK_BASE}`,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDSTORYBOOK', secretAccessKey: 'storybook' },
        maxAttempts: 1,
      }),
    ),
  },
  parameters: { msw: { handlers: sdkBackend.handlers } },
  beforeEach: () => {
    sdkBackend.reset();
  },
  play: async ({ canvasElement }) => {
    const statuses = observeStatuses(canvasElement, 'job-live-sdk');
    try {
      await waitFor(() => expect(statuses.seen.at(-1)).toBe('COMPLETED'), { timeout: 8000 });
    } finally {
      statuses.stop();
    }
    await expect(sdkBackend.requests[0]?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDSTORYBOOK\/\d{8}\/us-east-1\/mobiletargeting\/aws4_request/,
    );
  },
};

/** Refresh fetches at once; with auto-refresh off, nothing changes until it is pressed. */
export const RefreshAndAutoRefresh: Story = {
  name: 'Refresh, auto-refresh off',
  args: { defaultAutoRefresh: false },
  parameters: { msw: { handlers: manual.handlers } },
  beforeEach: () => {
    manual.reset();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const statuses = observeStatuses(canvasElement, 'job-manual');
    try {
      await waitFor(() => expect(statuses.seen).toEqual(['CREATED']), { timeout: 4000 });
      await expect(canvas.getByRole('switch', { name: 'Auto-refresh' })).not.toBeChecked();
      manual.advance(4);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await expect(manual.requests).toHaveLength(1);
      await userEvent.click(canvas.getByRole('button', { name: 'Refresh' }));
      await waitFor(() => expect(statuses.seen.at(-1)).toBe('PROCESSING'));
      await expect(manual.requests).toHaveLength(2);
    } finally {
      statuses.stop();
    }
  },
};

/** Five jobs a page: the panel pages through the opaque tokens of the backend. */
export const Paging: Story = {
  args: { pageSize: 5 },
  parameters: { msw: { handlers: paged.handlers } },
  beforeEach: () => {
    paged.reset();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pages = await canvas.findByRole('navigation', { name: 'Pages' });
    await waitFor(() => expect(within(canvas.getByRole('table')).getAllByRole('row')).toHaveLength(6));
    const next = within(pages).getByRole('button', { name: 'Next page' });
    await userEvent.click(next);
    // Next is disabled while page 2 loads; focus waits on the page number and comes back once it is enabled.
    await waitFor(() => expect(within(pages).getByText('Page 2')).toBeVisible());
    await waitFor(() => expect(paged.requests).toHaveLength(2));
    await waitFor(() => expect(next).toBeEnabled());
    await waitFor(() => expect(canvasElement.ownerDocument.activeElement).toBe(next));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(within(pages).getByText('Page 3')).toBeVisible());
    await waitFor(() => expect(within(canvas.getByRole('table')).getAllByRole('row')).toHaveLength(3));
    await expect(paged.requests.map((request) => request.pageSize)).toEqual(['5', '5', '5']);
  },
};
