import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FailureList } from '../components/FailureList/FailureList.js';
import { ImportJobTable } from '../components/ImportJobTable/ImportJobTable.js';
import type { ImportJob } from '../core/types.js';
import { createImportJob, failureList, importJobTable } from './index.js';

const lines = (count: number) =>
  Array.from(
    { length: count },
    (_, index) => `Line ${index + 1}: ${index % 3 === 0 ? 'bad email' : 'bad phone'}`,
  );

describe('failureList', () => {
  it('reads the failures, the summary and the states of a list', () => {
    const { container } = render(<FailureList failures={lines(3)} totalFailures={3} />);
    const list = failureList(container);
    expect(list.failures()).toEqual(lines(3));
    expect(list.summary()).toBe('3 failures');
    expect(list.isEmpty()).toBe(false);
    expect(list.isTruncated()).toBe(false);
    expect(list.element()).toHaveAttribute('role', 'group');
  });

  it('reads a list cut short by the service, and an empty one', () => {
    const cut = render(<FailureList failures={lines(2)} totalFailures={2345} />);
    expect(failureList(cut.container).summary()).toBe('Showing 2 of 2,345 failures');
    expect(failureList(cut.container).isTruncated()).toBe(true);
    const none = render(<FailureList failures={[]} />);
    expect(failureList(none.container).isEmpty()).toBe(true);
    expect(failureList(none.container).failures()).toEqual([]);
    expect(failureList(none.container).summary()).toBe('No failures');
  });

  it('filters, settling once the list shows the matches', async () => {
    const { container } = render(<FailureList failures={lines(12)} />);
    const list = failureList(container);
    await list.filter('EMAIL');
    expect(list.failures()).toEqual(lines(12).filter((line) => line.includes('email')));
    await list.filter('');
    expect(list.failures()).toHaveLength(12);
  });

  it("reads the failures in a row's details", async () => {
    const job = createImportJob({ Id: 'job-1', JobStatus: 'FAILED', Failures: lines(4), TotalFailures: 40 });
    const { container } = render(<ImportJobTable jobs={[job as ImportJob]} />);
    const table = importJobTable(container);
    await table.row('job-1').expand();
    const list = failureList(table.row('job-1').details() as HTMLElement);
    expect(list.failures()).toEqual(lines(4));
    expect(list.summary()).toBe('Showing 4 of 40 failures');
  });

  it('names what is missing', async () => {
    expect(() => failureList(undefined as unknown as Element)).toThrow(/failureList: expected a DOM element/);
    const empty = document.createElement('section');
    expect(() => failureList(empty).failures()).toThrow(/failureList: No failure list .* in <section>/);
    const two = render(
      <>
        <FailureList failures={lines(1)} />
        <FailureList failures={lines(2)} />
      </>,
    );
    expect(() => failureList(two.container).summary()).toThrow(/2 failure lists in <div>/);
    const short = render(<FailureList failures={lines(2)} />);
    await expect(failureList(short.container).filter('x')).rejects.toThrow(/"2 failures" has no filter/);
  });
});
