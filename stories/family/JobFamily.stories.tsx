import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { ApplicationImportJobs, createHttpFetcher, type ImportJob, ImportJobPanel } from '../../src/index.js';
import { FreshStore } from '../table/BackendTable.js';
import { APPLICATION_ID, FAMILY_BASE_URL, failedJob, familyBackend } from '../table/data.js';
import { ADMIN_VIEWPORTS, regionOf } from '../table/geometry.js';

const backend = familyBackend();
const fetcher = createHttpFetcher({ baseUrl: FAMILY_BASE_URL });

/** An "Imports" page and a job's page in one store, with a router of the story's own (state, not the URL). */
function ImportsApp() {
  const [jobId, setJobId] = useState<string>();
  const follow = (job: ImportJob, event: { preventDefault(): void }) => {
    event.preventDefault();
    if (typeof job.Id === 'string') setJobId(job.Id);
  };
  return jobId === undefined ? (
    <ApplicationImportJobs
      applicationId={APPLICATION_ID}
      fetcher={fetcher}
      defaultAutoRefresh={false}
      getJobHref={(job) => `#/imports/${job.Id}`}
      onFollowJob={follow}
    />
  ) : (
    <div style={{ display: 'grid', gap: '0.5rem', justifyItems: 'start' }}>
      <button type="button" className="pij-button" onClick={() => setJobId(undefined)}>
        All imports
      </button>
      <ImportJobPanel
        applicationId={APPLICATION_ID}
        jobId={jobId}
        fetcher={fetcher}
        style={{ inlineSize: '100%' }}
      />
    </div>
  );
}

const meta = {
  title: 'Recipes/Job family',
  component: ImportsApp,
  parameters: { msw: { handlers: backend.handlers }, viewport: { options: ADMIN_VIEWPORTS } },
  globals: { viewport: { value: 'admin960', isRotated: false } },
  beforeEach: () => {
    backend.reset();
  },
  decorators: [
    (Story) => (
      <FreshStore>
        <div style={{ inlineSize: 960 }}>
          <Story />
        </div>
      </FreshStore>
    ),
  ],
} satisfies Meta<typeof ImportsApp>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * From the list to a job's page: the job a cached list holds shows at once (`data-placeholder`, no request yet
 * answered), then the job's own reply replaces it; back to the list, the list is there.
 */
export const FromListToDetail: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await regionOf(canvasElement);
    backend.setLatency(400);
    const link = canvas.getByRole('link', { name: failedJob.Id });
    link.click();
    const panel = await canvas.findByRole('region', { name: `Import job ${failedJob.Id}` });
    // At once, from the list: the job, as placeholder data, before its own reply.
    await expect(panel).toHaveAttribute('data-placeholder');
    await expect(panel).toHaveAttribute('data-status', 'success');
    await expect(panel.querySelector('.pij-status-badge')).toHaveTextContent('Failed');
    await expect(panel.querySelector('.pij-panel__updated')).toHaveTextContent('');
    await waitFor(() => expect(panel).not.toHaveAttribute('data-placeholder'), { timeout: 4000 });
    await expect(panel.querySelector('.pij-panel__updated')).toHaveTextContent(/^Last updated/);
    await expect(backend.requests.filter((request) => request.operation === 'GetImportJob')).toHaveLength(1);
    await expect(canvas.getByText('Showing 100 of 2,345 failures')).toBeVisible();
    backend.setLatency(0);
    canvas.getByRole('button', { name: 'All imports' }).click();
    await expect(await canvas.findByRole('link', { name: failedJob.Id })).toBeVisible();
  },
};
