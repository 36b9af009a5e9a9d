import { expect, test } from '@playwright/test';
import { failureList, importJobTable } from '../../../src/testing/playwright/index.js';

test('an admin finds out why a job failed', async ({ page }) => {
  await page.goto('/segments/seg-1/imports');
  const table = importJobTable(page);

  await expect.poll(() => table.rows()).toHaveLength(20);
  await expect(table.row('job-7').cell('JobStatus')).toHaveText('Failed');
  expect(await table.row('job-7').progress()).toEqual({ completed: 7, failed: 3, total: 10 });

  await table.row('job-7').expand();
  const details = await table.row('job-7').details();
  expect(details).not.toBeNull();
  if (details) expect(await failureList(details).summary()).toBe('Showing 100 of 2,345 failures');

  await table.sortBy('CreationDate', 'descending');
  await table.nextPage();
  expect(await table.pageIndex()).toBe(1);
});
