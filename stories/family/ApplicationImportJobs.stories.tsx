import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { ApplicationImportJobs, createHttpFetcher } from '../../src/index.js';
import { FreshStore } from '../table/BackendTable.js';
import { APPLICATION_ID, FAMILY_BASE_URL, failedJob, familyBackend } from '../table/data.js';
import { ADMIN_VIEWPORTS, expectAdminGeometry, regionOf } from '../table/geometry.js';

const backend = familyBackend();
const fetcher = createHttpFetcher({ baseUrl: FAMILY_BASE_URL });

/** Clicks a link as the browser would dispatch it, without following it (the story stays on its page). */
function click(link: HTMLElement, init: MouseEventInit = {}) {
  const stay = (event: Event) => event.preventDefault();
  window.addEventListener('click', stay);
  try {
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
  } finally {
    window.removeEventListener('click', stay);
  }
}

const meta = {
  title: 'Components/ApplicationImportJobs',
  component: ApplicationImportJobs,
  args: { applicationId: APPLICATION_ID, fetcher, pollInterval: 150 },
  parameters: {
    msw: { handlers: backend.handlers },
    viewport: { options: ADMIN_VIEWPORTS },
    a11y: { options: { rules: { 'target-size': { enabled: true } } } },
  },
  globals: { viewport: { value: 'admin960', isRotated: false } },
  beforeEach: () => {
    backend.reset();
  },
  decorators: [
    (Story, { parameters }) => (
      <FreshStore>
        <div style={{ inlineSize: parameters.containerWidth ?? 960 }}>
          <Story />
        </div>
      </FreshStore>
    ),
  ],
} satisfies Meta<typeof ApplicationImportJobs>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The jobs of every segment of the application, newest first, live: the Segment column names each job's segment.
 * The two live jobs settle (one completes, one fails), then polling stops. Fits a 960 px container.
 */
export const Live: Story = {
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement);
    const segments = [...canvasElement.querySelectorAll('td[data-column="Segment"]')].map(
      (cell) => cell.textContent,
    );
    await expect(segments).toEqual(expect.arrayContaining(['newsletter-subscribers', 'trial-users']));
    const row = (id: string) => canvasElement.querySelector(`tr[data-job-id="${id}"]`);
    await waitFor(() => expect(row('job-live-ok')).toHaveAttribute('data-status', 'COMPLETED'), {
      timeout: 8000,
    });
    await waitFor(() => expect(row('job-live-failed')).toHaveAttribute('data-status', 'FAILED'), {
      timeout: 8000,
    });
    const requests = backend.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    await expect(backend.requests.length).toBe(requests);
  },
};

/** At 1,280 px: the same panel with room to spare. */
export const At1280: Story = {
  name: '1,280 px',
  parameters: { containerWidth: 1280 },
  globals: { viewport: { value: 'admin1280', isRotated: false } },
  play: async ({ canvasElement }) => {
    await expectAdminGeometry(canvasElement);
  },
};

/**
 * Job IDs link to each job's page: a real `href` (middle-click and a new tab work). A plain left click calls
 * `onFollowJob` (a router would call `event.preventDefault()` and navigate); a Ctrl-, Cmd- or Shift-click does not.
 */
export const Links: Story = {
  args: {
    getJobHref: (job) => `#/imports/${job.Id}`,
    onFollowJob: fn((_job, event) => event.preventDefault()),
    defaultAutoRefresh: false,
  },
  play: async ({ canvasElement, args }) => {
    await regionOf(canvasElement);
    const link = within(canvasElement).getByRole('link', { name: failedJob.Id });
    await expect(link).toHaveAttribute('href', `#/imports/${failedJob.Id}`);
    click(link, { ctrlKey: true });
    click(link, { metaKey: true });
    click(link, { shiftKey: true });
    await expect(args.onFollowJob).not.toHaveBeenCalled();
    click(link);
    await expect(args.onFollowJob).toHaveBeenCalledTimes(1);
    await expect(args.onFollowJob).toHaveBeenCalledWith(
      expect.objectContaining({ Id: failedJob.Id }),
      expect.anything(),
    );
    await expect(window.location.hash).not.toContain('/imports/');
    // The link is as wide as the cut text its cell shows, so a pointer at its centre (as Playwright clicks) hits it.
    const [box, cell] = [
      link.getBoundingClientRect(),
      (link.closest('td') as HTMLElement).getBoundingClientRect(),
    ];
    await expect(box.right).toBeLessThanOrEqual(cell.right + 0.5);
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    await expect(link.contains(hit)).toBe(true);
    await expectAdminGeometry(canvasElement);
  },
};

/** A job that failed, expanded: the same details as its own page, the first 100 of 2,345 failures. */
export const FailedWithFailures: Story = {
  args: { defaultAutoRefresh: false, tableProps: { defaultExpandedJobIds: [failedJob.Id ?? ''] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('Showing 100 of 2,345 failures', {}, { timeout: 4000 }),
    ).toBeVisible();
    await expect(canvas.getByText('Summary')).toBeVisible();
  },
};

/** An application the service does not know: 404, said in the error panel. */
export const NotFound: Story = {
  args: { applicationId: 'no-such-application', defaultAutoRefresh: false },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 4000 });
    await expect(alert).toHaveAttribute('data-error', 'NotFoundException');
  },
};

/** The host's route refuses (403): the error panel, Try again. */
export const Forbidden: Story = {
  args: { defaultAutoRefresh: false },
  beforeEach: () => {
    backend.fail('ForbiddenException');
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 4000 });
    await expect(alert).toHaveTextContent('You do not have permission to see these import jobs.');
  },
};
