import { describe, expect, it } from 'vitest';
import { isKnownJobStatus, isTerminalJobStatus, JOB_STATUSES } from './types.js';

describe('JOB_STATUSES', () => {
  it('lists the nine statuses in the order of the service model', () => {
    expect(JOB_STATUSES).toEqual([
      'CREATED',
      'PREPARING_FOR_INITIALIZATION',
      'INITIALIZING',
      'PROCESSING',
      'PENDING_JOB',
      'COMPLETING',
      'COMPLETED',
      'FAILING',
      'FAILED',
    ]);
  });
});

describe('isTerminalJobStatus', () => {
  it.each(JOB_STATUSES)('%s', (status) => {
    expect(isTerminalJobStatus(status)).toBe(status === 'COMPLETED' || status === 'FAILED');
  });

  it('treats unknown and malformed statuses as active', () => {
    for (const value of ['completed', 'CANCELLED', '', undefined, null, 7, {}]) {
      expect(isTerminalJobStatus(value)).toBe(false);
    }
  });
});

describe('isKnownJobStatus', () => {
  it('accepts the nine and nothing else', () => {
    for (const status of JOB_STATUSES) expect(isKnownJobStatus(status)).toBe(true);
    for (const value of ['toString', 'processing', 'CANCELLED', 1, null])
      expect(isKnownJobStatus(value)).toBe(false);
  });
});
