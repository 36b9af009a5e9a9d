import type { ImportJobTableQuery, ImportJobTableReads } from './inspectTable.js';
import type { ImportJobTableSortDirection } from './types.js';

/** How the actions reach a table: reads, and presses of the buttons reads find. DOM and Playwright each have one. */
export interface ImportJobTableDriver {
  /** One read; rejects or throws with what is missing. */
  get<K extends keyof ImportJobTableReads>(
    query: ImportJobTableQuery<K>,
  ): ImportJobTableReads[K] | Promise<ImportJobTableReads[K]>;
  /** Presses the button a read finds, then waits until `done`, else fails with `failure()`. */
  press(query: ImportJobTableQuery, done: () => Promise<boolean>, failure: () => string): Promise<void>;
}

/** The actions of an import job table, written once over a driver. */
export function importJobTableActions({ get, press }: ImportJobTableDriver) {
  const turnPage = async (way: 'next' | 'previous') => {
    const to = (await get({ read: 'pageIndex' })) + (way === 'next' ? 1 : -1);
    await press(
      { read: 'pageButton', way },
      async () => (await get({ read: 'pageIndex' })) === to && !(await get({ read: 'isLoading' })),
      () => `page ${to + 1} did not show after pressing the ${way} page button.`,
    );
  };
  const sortedWay = async (columnId: string) => {
    const sort = await get({ read: 'sortState' });
    return sort?.columnId === columnId ? sort.direction : null;
  };
  return {
    async expand(jobId: string): Promise<void> {
      if ((await get({ read: 'detailsId', jobId })) !== null) return;
      await press(
        { read: 'expander', jobId },
        async () => (await get({ read: 'detailsId', jobId })) !== null,
        () => `the details of job "${jobId}" did not show after pressing its expander.`,
      );
    },
    async sortBy(columnId: string, direction?: ImportJobTableSortDirection): Promise<void> {
      // Ascending, descending, none: three presses reach any order.
      for (let presses = 0; presses < 3; presses += 1) {
        const before = await sortedWay(columnId);
        await press(
          { read: 'sortButton', columnId },
          async () => (await sortedWay(columnId)) !== before,
          () => `pressing the "${columnId}" header did not change its aria-sort (${before ?? 'none'}).`,
        );
        if (direction === undefined || (await sortedWay(columnId)) === direction) return;
      }
      throw new Error(`importJobTable: the "${columnId}" column never sorted ${direction}.`);
    },
    nextPage: () => turnPage('next'),
    previousPage: () => turnPage('previous'),
    retry: () =>
      press(
        { read: 'retryButton' },
        async () => (await get({ read: 'error' })) === null && !(await get({ read: 'isLoading' })),
        () => 'the table still shows an error after Try again.',
      ),
  };
}
