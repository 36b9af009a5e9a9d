import { describe, expect, it } from 'vitest';
import { PinpointError } from '../errors.js';
import { entryReducer } from './entryReducer.js';
import { INITIAL_ENTRY_STATE } from './entryState.js';

const data = { jobs: [{ Id: 'a' }], nextToken: 't' };
const retryable = new PinpointError({ name: 'InternalServerErrorException', statusCode: 500 });
const fatal = new PinpointError({ name: 'NotFoundException', statusCode: 404 });

describe('entryReducer', () => {
  it('moves fetch → success, clearing the error and the failure count', () => {
    const fetching = entryReducer(INITIAL_ENTRY_STATE, { type: 'fetch', manual: false });
    expect(fetching.fetchStatus).toBe('fetching');
    const failed = entryReducer(fetching, { type: 'error', error: retryable, now: 10, retryDelay: 1_000 });
    expect(failed).toMatchObject({ fetchStatus: 'idle', error: retryable, failureCount: 1, retryAt: 1_010 });
    expect(failed.stoppedByError).toBe(false);
    const done = entryReducer(entryReducer(failed, { type: 'fetch', manual: false }), {
      type: 'success',
      data,
      now: 20,
    });
    expect(done).toMatchObject({
      data,
      dataUpdatedAt: 20,
      error: undefined,
      failureCount: 0,
      fetchStatus: 'idle',
    });
  });

  it('keeps the data when a refresh fails, and blocks on a non-retryable error', () => {
    const loaded = entryReducer(INITIAL_ENTRY_STATE, { type: 'success', data, now: 5 });
    const failed = entryReducer(loaded, { type: 'error', error: fatal, now: 9, retryDelay: 1_000 });
    expect(failed.data).toBe(data);
    expect(failed.dataUpdatedAt).toBe(5);
    expect(failed.stoppedByError).toBe(true);
  });

  it('counts failures in a row, and a manual fetch resets them and unblocks', () => {
    let state = INITIAL_ENTRY_STATE;
    for (let i = 0; i < 3; i++)
      state = entryReducer(state, { type: 'error', error: fatal, now: i, retryDelay: 1 });
    expect(state.failureCount).toBe(3);
    state = entryReducer(state, { type: 'fetch', manual: true });
    expect(state).toMatchObject({ failureCount: 0, stoppedByError: false, fetchStatus: 'fetching' });
  });

  it('returns the same state when nothing changes', () => {
    expect(entryReducer(INITIAL_ENTRY_STATE, { type: 'cancel' })).toBe(INITIAL_ENTRY_STATE);
    expect(
      entryReducer(INITIAL_ENTRY_STATE, {
        type: 'schedule',
        interval: false,
        paused: false,
        nextRetryAt: undefined,
      }),
    ).toBe(INITIAL_ENTRY_STATE);
    const seeded = entryReducer(INITIAL_ENTRY_STATE, { type: 'seed', data, now: 1 });
    expect(entryReducer(seeded, { type: 'seed', data: { jobs: [] }, now: 2 })).toBe(seeded);
  });

  it('marks an invalidation and lifts a block', () => {
    const stopped = entryReducer(INITIAL_ENTRY_STATE, { type: 'error', error: fatal, now: 1, retryDelay: 1 });
    expect(entryReducer(stopped, { type: 'invalidate' })).toMatchObject({
      invalidated: true,
      stoppedByError: false,
    });
  });
});
