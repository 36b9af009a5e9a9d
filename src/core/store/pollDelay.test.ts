import { describe, expect, it, vi } from 'vitest';
import { type ImportJob, JOB_STATUSES } from '../types.js';
import { getPollDelay, hasActiveJobs, toPollDelay } from './pollDelay.js';
import type { PollIntervalContext } from './types.js';

const context: PollIntervalContext = { error: undefined, failureCount: 0, pageIndex: 0, updatedAt: 1 };
const active: ImportJob[] = [
  { Id: 'a', JobStatus: 'COMPLETED' },
  { Id: 'b', JobStatus: 'PROCESSING' },
];
const settled: ImportJob[] = [
  { Id: 'a', JobStatus: 'COMPLETED' },
  { Id: 'b', JobStatus: 'FAILED' },
];

describe('hasActiveJobs', () => {
  it.each(JOB_STATUSES)('treats %s as active unless terminal', (status) => {
    expect(hasActiveJobs([{ Id: 'x', JobStatus: status }])).toBe(
      status !== 'COMPLETED' && status !== 'FAILED',
    );
  });

  it('treats an unknown or missing status as active', () => {
    expect(hasActiveJobs([{ Id: 'x', JobStatus: 'PAUSED' }])).toBe(true);
    expect(hasActiveJobs([{ Id: 'x' }])).toBe(true);
  });

  it('finds nothing active on an empty page', () => {
    expect(hasActiveJobs([])).toBe(false);
  });
});

describe('getPollDelay', () => {
  it('polls every 5,000 ms by default while a job is active, not once all are terminal', () => {
    expect(getPollDelay(undefined, active, context)).toBe(5_000);
    expect(getPollDelay(undefined, settled, context)).toBe(false);
    expect(getPollDelay(undefined, [], context)).toBe(false);
  });

  it('honours any positive number as the active interval', () => {
    expect(getPollDelay(1, active, context)).toBe(1);
    expect(getPollDelay(0.5, active, context)).toBe(0.5);
    expect(getPollDelay(60_000, active, context)).toBe(60_000);
    expect(getPollDelay(60_000, settled, context)).toBe(false);
  });

  it.each([false, 0, -1, Number.NaN, Number.POSITIVE_INFINITY] as const)(
    'turns polling off with %s',
    (value) => {
      expect(getPollDelay(value, active, context)).toBe(false);
    },
  );

  it('gives a function full control, with the jobs and the context', () => {
    const fn = vi.fn(() => 750);
    expect(getPollDelay(fn, settled, context)).toBe(750);
    expect(fn).toHaveBeenCalledWith(settled, context);
    expect(getPollDelay(() => false, active, context)).toBe(false);
    expect(getPollDelay(() => -3, active, context)).toBe(false);
  });

  it('turns polling off when the function throws', () => {
    expect(
      getPollDelay(
        () => {
          throw new Error('boom');
        },
        active,
        context,
      ),
    ).toBe(false);
  });

  it('clamps a delay to what setTimeout honours', () => {
    expect(toPollDelay(1e12)).toBe(2_147_483_647);
  });
});
