import { describe, expect, it } from 'vitest';
import { PinpointError } from '../errors.js';
import { getRetryDelay } from './backoff.js';

const serverError = new PinpointError({ name: 'InternalServerErrorException', statusCode: 500 });

describe('getRetryDelay', () => {
  it('doubles from 1 s with the lowest jitter and caps at 30 s', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 20].map((n) => getRetryDelay(n, serverError, () => 0));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('spreads each delay over [base/2, base) with the random source', () => {
    expect(getRetryDelay(2, serverError, () => 0.5)).toBe(3_000);
    expect(getRetryDelay(2, serverError, () => 0.999)).toBeCloseTo(3_998, 0);
    expect(getRetryDelay(1, serverError, () => 0.5)).toBe(1_500);
  });

  it('is never sooner than 1 s, whatever the random source says', () => {
    expect(getRetryDelay(1, serverError, () => -5)).toBe(1_000);
    expect(getRetryDelay(0, serverError, () => Number.NaN)).toBe(1_000);
  });

  it('never exceeds 30 s, whatever the random source says', () => {
    expect(getRetryDelay(10, serverError, () => 7)).toBe(30_000);
  });

  it('lets retryAfterMs raise the floor, above the cap too', () => {
    const throttled = new PinpointError({ name: 'TooManyRequestsException', retryAfterMs: 12_000 });
    expect(getRetryDelay(1, throttled, () => 0)).toBe(12_000);
    const long = new PinpointError({ name: 'TooManyRequestsException', retryAfterMs: 60_000 });
    expect(getRetryDelay(1, long, () => 0)).toBe(60_000);
    expect(getRetryDelay(8, long, () => 0.9)).toBe(60_000);
  });

  it('clamps retryAfterMs to 5 minutes', () => {
    const huge = new PinpointError({ name: 'TooManyRequestsException', retryAfterMs: 3_600_000 });
    expect(getRetryDelay(1, huge, () => 0)).toBe(300_000);
  });

  it('ignores a retryAfterMs below the floor or not finite', () => {
    expect(
      getRetryDelay(1, new PinpointError({ name: 'TooManyRequestsException', retryAfterMs: 10 }), () => 0),
    ).toBe(1_000);
    expect(
      getRetryDelay(
        1,
        new PinpointError({ name: 'TooManyRequestsException', retryAfterMs: Number.NaN }),
        () => 0,
      ),
    ).toBe(1_000);
  });
});
