/**
 * The fault matrix as the user sees it: the drop-in `SegmentImportJobs` panel, on `createHttpFetcher`, against a real
 * `node:http` server. A failed first load shows the error panel with the failure's message and a retry that recovers;
 * a failed refresh keeps the rows and shows the stale banner.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SegmentImportJobs } from '../../src/components/SegmentImportJobs/SegmentImportJobs.js';
import type { PinpointErrorName } from '../../src/core/errors.js';
import { createHttpFetcher } from '../../src/core/http/createHttpFetcher.js';
import type { SegmentImportJobsFetcher } from '../../src/core/types.js';
import { defaultImportJobsMessages as DEFAULT_MESSAGES } from '../../src/i18n/messages.js';
import { ImportJobsProvider } from '../../src/react/ImportJobsProvider.js';
import {
  type PinpointTestServer,
  type Reply,
  startPinpointTestServer,
  wireJob,
} from '../node/servers/pinpointTestServer.js';
import { createLiveStore, type LiveStore } from './helpers/liveStore.js';

const FAULTS: { name: string; reply: Reply; error: PinpointErrorName }[] = [
  {
    name: '400',
    reply: { kind: 'error', status: 400, errorType: 'BadRequestException' },
    error: 'BadRequestException',
  },
  {
    name: '403',
    reply: { kind: 'error', status: 403, errorType: 'ForbiddenException' },
    error: 'ForbiddenException',
  },
  {
    name: '404',
    reply: { kind: 'error', status: 404, errorType: 'NotFoundException' },
    error: 'NotFoundException',
  },
  {
    name: '405',
    reply: { kind: 'error', status: 405, errorType: 'MethodNotAllowedException' },
    error: 'MethodNotAllowedException',
  },
  {
    name: '413',
    reply: { kind: 'error', status: 413, errorType: 'PayloadTooLargeException' },
    error: 'PayloadTooLargeException',
  },
  {
    name: '429',
    reply: { kind: 'error', status: 429, errorType: 'TooManyRequestsException', retryAfter: '3' },
    error: 'TooManyRequestsException',
  },
  {
    name: '500',
    reply: { kind: 'error', status: 500, errorType: 'InternalServerErrorException' },
    error: 'InternalServerErrorException',
  },
  {
    name: 'HTML 502',
    reply: {
      kind: 'raw',
      status: 502,
      body: '<html><body>Bad Gateway</body></html>',
      headers: { 'content-type': 'text/html' },
    },
    error: 'ServiceUnavailableError',
  },
  {
    name: 'HTML 503',
    reply: {
      kind: 'raw',
      status: 503,
      body: '<html><body>Unavailable</body></html>',
      headers: { 'content-type': 'text/html' },
    },
    error: 'ServiceUnavailableError',
  },
  {
    name: 'HTML 504',
    reply: {
      kind: 'raw',
      status: 504,
      body: '<html><body>Timeout</body></html>',
      headers: { 'content-type': 'text/html' },
    },
    error: 'ServiceUnavailableError',
  },
  {
    name: '200 broken JSON',
    reply: { kind: 'raw', status: 200, body: '{"Item":[' },
    error: 'InvalidResponseError',
  },
  { name: '200 empty body', reply: { kind: 'raw', status: 200, body: '' }, error: 'InvalidResponseError' },
  { name: 'network failure', reply: { kind: 'destroy' }, error: 'NetworkError' },
  { name: 'no answer (timeout)', reply: { kind: 'hang' }, error: 'TimeoutError' },
];

describe('the panel through each fault', () => {
  let server: PinpointTestServer;
  let live: LiveStore;

  beforeEach(async () => {
    server = await startPinpointTestServer({
      jobs: [
        wireJob('job-1'),
        wireJob('job-2', { JobStatus: 'COMPLETED', TotalPieces: 4, CompletedPieces: 4 }),
      ],
    });
    live = createLiveStore();
    timeoutMs = 5_000;
  });

  afterEach(async () => {
    await server.close();
  });

  /** Short for the request that never answers, generous otherwise (a loaded CI machine). */
  let timeoutMs = 5_000;
  function renderPanel() {
    const fetcher: SegmentImportJobsFetcher = (request, init) =>
      createHttpFetcher({ baseUrl: server.url, timeoutMs })(request, init);
    return render(
      <ImportJobsProvider store={live.store}>
        <SegmentImportJobs applicationId="app-1" segmentId="seg-1" fetcher={fetcher} />
      </ImportJobsProvider>,
    );
  }

  it.each(FAULTS)(
    '$name on the first load: the error panel says "$error", no rows; Try again recovers',
    async ({ reply, error }) => {
      server.enqueue(reply);
      if (reply.kind === 'hang') timeoutMs = 300;
      const view = renderPanel();
      const alert = await screen.findByRole('alert', {}, { timeout: 3_000 });
      expect(alert).toHaveAttribute('data-error', error);
      expect(alert).toHaveTextContent(DEFAULT_MESSAGES.errorTitle);
      expect(alert).toHaveTextContent(DEFAULT_MESSAGES.errors[error]);
      expect(screen.queryByText('job-1')).toBeNull();
      timeoutMs = 5_000;
      fireEvent.click(within(alert).getByRole('button', { name: DEFAULT_MESSAGES.retry }));
      await screen.findByText('job-1', {}, { timeout: 3_000 });
      expect(screen.queryByRole('alert')).toBeNull();
      view.unmount();
      await act(async () => {
        await Promise.resolve();
      });
      expect(live.clock.liveTimers).toBe(0);
    },
  );

  it.each(FAULTS)(
    '$name on a refresh: the rows stay, the stale banner says why',
    async ({ reply, error }) => {
      const view = renderPanel();
      await screen.findByText('job-1', {}, { timeout: 3_000 });
      server.enqueue(reply);
      if (reply.kind === 'hang') timeoutMs = 300;
      fireEvent.click(screen.getByRole('button', { name: DEFAULT_MESSAGES.refresh }));
      await waitFor(
        () => {
          expect(document.querySelector(`[data-error="${error}"]`)).not.toBeNull();
        },
        { timeout: 3_000 },
      );
      const banner = document.querySelector(`[data-error="${error}"]`) as HTMLElement;
      expect(banner).toHaveTextContent(DEFAULT_MESSAGES.staleTitle);
      expect(screen.getByText('job-1')).toBeInTheDocument();
      expect(screen.getByText('job-2')).toBeInTheDocument();
      expect(screen.queryByRole('alert')).toBeNull();
      view.unmount();
    },
  );

  it('Item: null shows the empty state, not an error', async () => {
    server.enqueue({ kind: 'json', body: { Item: null } });
    renderPanel();
    await screen.findByText(DEFAULT_MESSAGES.emptyTitle, {}, { timeout: 3_000 });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
