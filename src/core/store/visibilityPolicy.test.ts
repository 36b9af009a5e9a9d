import { describe, expect, it } from 'vitest';
import { PinpointError } from '../errors.js';
import { AUTH_RETRY_THROTTLE_MS, RETRY_FLOOR_MS } from './constants.js';
import { entryReducer } from './entryReducer.js';
import { type ImportJobsEntryState, INITIAL_ENTRY_STATE } from './entryState.js';
import {
  getOnlineRetryAt,
  getVisibilityAction,
  isPollingPaused,
  isRetryPending,
  type VisibilityContext,
} from './visibilityPolicy.js';

const NOW = 100_000;

/** A visible page (polling not paused), one enabled observer, no request in flight, stale data. */
function context(overrides: Partial<VisibilityContext> = {}): VisibilityContext {
  return {
    now: NOW,
    paused: false,
    hasEnabledObservers: true,
    request: undefined,
    lastAuthRetryAt: undefined,
    isStale: () => true,
    ...overrides,
  };
}

const loaded: ImportJobsEntryState = entryReducer(INITIAL_ENTRY_STATE, {
  type: 'success',
  data: { jobs: [] },
  now: NOW - 1_000,
});

function failed(error: PinpointError, at = NOW - 5_000, retryDelay = 10_000): ImportJobsEntryState {
  return entryReducer(loaded, { type: 'error', error, now: at, retryDelay });
}

const forbidden = new PinpointError({ name: 'ForbiddenException', statusCode: 403 });
const notFound = new PinpointError({ name: 'NotFoundException', statusCode: 404 });
const offline = new PinpointError({ name: 'NetworkError' });

describe('isPollingPaused', () => {
  it('pauses only a hidden page that no observer polls in the background', () => {
    expect(isPollingPaused(false, false)).toBe(true);
    expect(isPollingPaused(false, true)).toBe(false);
    expect(isPollingPaused(true, false)).toBe(false);
  });
});

describe('isRetryPending', () => {
  it('is true from a failure until its retry is due', () => {
    const state = failed(offline, NOW - 1, 1_000);
    expect(isRetryPending(state, NOW)).toBe(true);
    expect(isRetryPending(state, NOW + 999)).toBe(false);
    expect(isRetryPending(loaded, NOW)).toBe(false);
  });
});

describe('getVisibilityAction', () => {
  it('hidden aborts a poll or retry in flight when polling pauses, and keeps a request someone asked for', () => {
    const paused = { paused: true };
    expect(getVisibilityAction('hidden', loaded, context({ ...paused, request: { manual: false } }))).toBe(
      'cancel',
    );
    expect(getVisibilityAction('hidden', loaded, context({ ...paused, request: { manual: true } }))).toBe(
      'schedule',
    );
    expect(getVisibilityAction('hidden', loaded, context(paused))).toBe('schedule');
    // An observer polls in the background: polling does not pause, the poll goes on.
    expect(getVisibilityAction('hidden', loaded, context({ request: { manual: false } }))).toBe('schedule');
  });

  it('sends nothing while a request is in flight or no observer is enabled', () => {
    for (const event of ['visible', 'focus', 'online'] as const) {
      expect(getVisibilityAction(event, loaded, context({ request: { manual: false } }))).toBe('schedule');
      expect(getVisibilityAction(event, loaded, context({ request: { manual: true } }))).toBe('schedule');
      expect(getVisibilityAction(event, loaded, context({ hasEnabledObservers: false }))).toBe('schedule');
    }
  });

  it('ignores focus and online while polling is paused', () => {
    expect(getVisibilityAction('focus', loaded, context({ paused: true }))).toBe('ignore');
    expect(getVisibilityAction('online', loaded, context({ paused: true }))).toBe('ignore');
  });

  it('refetches stale data, and only stale data', () => {
    for (const event of ['visible', 'focus', 'online'] as const) {
      expect(getVisibilityAction(event, loaded, context())).toBe('fetch');
      expect(getVisibilityAction(event, loaded, context({ isStale: () => false }))).toBe('schedule');
    }
  });

  it('asks whether the data is stale only when that decides', () => {
    let asked = 0;
    const isStale = () => {
      asked++;
      return true;
    };
    getVisibilityAction('hidden', loaded, context({ isStale }));
    getVisibilityAction('focus', loaded, context({ isStale, request: { manual: false } }));
    getVisibilityAction('focus', failed(offline), context({ isStale }));
    expect(asked).toBe(0);
    getVisibilityAction('focus', loaded, context({ isStale }));
    expect(asked).toBe(1);
  });

  it('waits for a pending retry however stale the data, until it is due', () => {
    const state = failed(new PinpointError({ name: 'InternalServerErrorException', statusCode: 500 }));
    expect(getVisibilityAction('focus', state, context())).toBe('schedule');
    expect(getVisibilityAction('focus', state, context({ now: NOW + 5_000 }))).toBe('fetch');
  });

  it('retries refused credentials once on visible or focus, throttled, never on online', () => {
    const state = failed(forbidden);
    expect(state.stoppedByError).toBe(true);
    expect(getVisibilityAction('focus', state, context())).toBe('retryCredentials');
    expect(getVisibilityAction('visible', state, context())).toBe('retryCredentials');
    expect(getVisibilityAction('online', state, context())).toBe('schedule');
    const recently = NOW - AUTH_RETRY_THROTTLE_MS + 1;
    expect(getVisibilityAction('focus', state, context({ lastAuthRetryAt: recently }))).toBe('schedule');
    const longAgo = NOW - AUTH_RETRY_THROTTLE_MS;
    expect(getVisibilityAction('focus', state, context({ lastAuthRetryAt: longAgo }))).toBe(
      'retryCredentials',
    );
  });

  it('never retries another non-retryable error on an event', () => {
    const state = failed(notFound);
    for (const event of ['visible', 'focus', 'online'] as const) {
      expect(getVisibilityAction(event, state, context())).toBe('schedule');
    }
  });

  it('online after a NetworkError retries now, or at the 1 s floor when the failure is younger', () => {
    expect(getVisibilityAction('online', failed(offline, NOW - RETRY_FLOOR_MS), context())).toBe('fetch');
    const young = failed(offline, NOW - 200);
    expect(getVisibilityAction('online', young, context())).toBe('retrySooner');
    expect(getOnlineRetryAt(young, NOW)).toBe(NOW - 200 + RETRY_FLOOR_MS);
    // Focus does not: the backoff holds.
    expect(getVisibilityAction('focus', failed(offline, NOW - 200), context())).toBe('schedule');
  });
});
