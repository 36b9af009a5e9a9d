/**
 * Property tests of the response normaliser and of `toPinpointError`: whatever arrives, the result is a well-formed
 * page or a `PinpointError` named `InvalidResponseError`, never anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPinpointError,
  PINPOINT_ERROR_NAMES,
  PinpointError,
  toPinpointError,
} from '../../src/core/errors.js';
import { normalizeImportJobsResponse } from '../../src/core/normalize.js';
import { type ImportJobsPage, JOB_STATUSES } from '../../src/core/types.js';
import { anyField, hostileString, jobLike, responseLike } from './helpers/arbitraries.js';
import { runs } from './helpers/runs.js';
import { wellFormedProblems } from './helpers/wellFormed.js';

/** Runs per property of a pure function. */
const RUNS = runs(200);

type Outcome = { page: ImportJobsPage } | { error: unknown };

function run(body: unknown): Outcome {
  try {
    return { page: normalizeImportJobsResponse(body) };
  } catch (error) {
    return { error };
  }
}

/** The property every input must satisfy; returns the problems found. */
function check(body: unknown): void {
  const outcome = run(body);
  if ('error' in outcome) {
    expect(outcome.error).toBeInstanceOf(PinpointError);
    expect((outcome.error as PinpointError).name).toBe('InvalidResponseError');
    expect((outcome.error as PinpointError).retryable).toBe(true);
    return;
  }
  expect(wellFormedProblems(outcome.page)).toEqual([]);
}

describe('normalizeImportJobsResponse: any input gives a well-formed page or InvalidResponseError', () => {
  it(`any JSON value, bare or wrapped (${RUNS * 3} generated cases)`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        check(value);
        check({ ImportJobsResponse: value });
        check({ ImportJobsResponse: { Item: value, NextToken: value } });
      }),
      { numRuns: RUNS },
    );
  });

  it(`any JavaScript value (fc.anything with maps, sets, boxed values, null prototypes, typed and sparse arrays) (${RUNS * 2} generated cases)`, () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, (value) => {
        check(value);
        check({ ImportJobsResponse: { Item: [value, value] } });
      }),
      { numRuns: RUNS },
    );
  });

  it(`shapes close to real responses with random wrong types (${RUNS} generated cases)`, () => {
    fc.assert(fc.property(responseLike, check), { numRuns: RUNS });
  });

  it(`a page of job-like items: every job object survives with a unique Id, in order (${RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(fc.array(jobLike, { maxLength: 20 }), (items) => {
        const page = normalizeImportJobsResponse({ ImportJobsResponse: { Item: items } });
        expect(wellFormedProblems(page)).toEqual([]);
        expect(page.jobs).toHaveLength(items.length);
        // A usable Id is kept by its first holder.
        const seen = new Set<string>();
        items.forEach((item, index) => {
          const id = item.Id;
          if (typeof id === 'string' && id !== '' && !seen.has(id)) {
            expect(page.jobs[index]?.Id).toBe(id);
            seen.add(id);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it(`is deterministic and shares nothing with its input (${RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(fc.array(jobLike, { maxLength: 10 }), (items) => {
        const body = { ImportJobsResponse: { Item: items, NextToken: 'tok' } };
        const first = normalizeImportJobsResponse(body);
        const snapshot = structuredClone(first);
        // Mutating the input after the fact must not reach the result.
        for (const item of items) {
          item.Id = 'mutated';
          item.Failures = ['mutated'];
          if (typeof item.Definition === 'object' && item.Definition !== null) {
            (item.Definition as Record<string, unknown>).S3Url = 'mutated';
          }
        }
        expect(first).toEqual(snapshot);
        const again = normalizeImportJobsResponse({
          ImportJobsResponse: { Item: structuredClone(items), NextToken: 'tok' },
        });
        expect(again.jobs.length).toBe(first.jobs.length);
      }),
      { numRuns: RUNS },
    );
  });

  it(`a job without an Id keeps its synthetic key from poll to poll while its status and counts change (${RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(
        jobLike,
        fc.constantFrom(...JOB_STATUSES),
        fc.nat(1000),
        fc.array(jobLike, { maxLength: 4 }),
        (raw, status, count, others) => {
          const { Id: _ignored, ...withoutId } = raw;
          const before = normalizeImportJobsResponse({ ImportJobsResponse: { Item: [withoutId] } });
          const after = normalizeImportJobsResponse({
            ImportJobsResponse: {
              Item: [{ ...withoutId, JobStatus: status, CompletedPieces: count, TotalProcessed: count }],
            },
          });
          expect(after.jobs[0]?.Id).toBe(before.jobs[0]?.Id);
          // Other jobs coming after it do not move its key either.
          const crowded = normalizeImportJobsResponse({
            ImportJobsResponse: { Item: [withoutId, ...others] },
          });
          expect(crowded.jobs[0]?.Id).toBe(before.jobs[0]?.Id);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** Objects that fight back: throwing getters and traps, revoked proxies, cycles, huge sparse arrays. */
function hostileObjects(): Record<string, () => unknown> {
  const thrower = (): never => {
    throw new Error('boom');
  };
  const throwingProxy = () =>
    new Proxy(
      {},
      {
        get: thrower,
        has: thrower,
        ownKeys: thrower,
        getPrototypeOf: thrower,
        getOwnPropertyDescriptor: thrower,
      },
    );
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const revokedArray = () => {
    const { proxy, revoke } = Proxy.revocable([] as unknown[], {});
    revoke();
    return proxy;
  };
  const cyclic = () => {
    const item: Record<string, unknown> = { Id: 'job-1' };
    item.self = item;
    item.Definition = item;
    item.Failures = [item, 'f'];
    const page: Record<string, unknown> = { Item: [item, item] };
    page.NextToken = page;
    return { ImportJobsResponse: page };
  };
  const arrayWithThrowingLength = () =>
    new Proxy([] as unknown[], {
      get(target, key, receiver) {
        if (key === 'length') throw new Error('length');
        return Reflect.get(target, key, receiver);
      },
    });
  const hugeSparse = () => {
    const item: unknown[] = [];
    item.length = 2 ** 32 - 1;
    return item;
  };
  const getterJob = () => ({
    get Id(): string {
      throw new Error('Id');
    },
    JobStatus: 'PROCESSING',
  });
  const getterFields = () => ({
    Id: 'job-g',
    get TotalPieces(): number {
      throw new Error('TotalPieces');
    },
    get Failures(): string[] {
      throw new Error('Failures');
    },
  });
  const toStringThrows = () => ({
    Id: {
      toString: thrower,
      valueOf: thrower,
      [Symbol.toPrimitive]: thrower,
    },
  });
  return {
    'a proxy whose every trap throws': throwingProxy,
    'a revoked proxy': revoked,
    'a revoked array proxy': revokedArray,
    'a cyclic structure': cyclic,
    'an Item whose length throws': arrayWithThrowingLength,
    'a sparse Item of length 2^32-1': hugeSparse,
    'a job whose Id getter throws': getterJob,
    'a job whose field getters throw': getterFields,
    'an Id whose toString throws': toStringThrows,
    'a Symbol': () => Symbol('x'),
    'a BigInt': () => 10n,
    'a function': () => () => ({ ImportJobsResponse: { Item: [] } }),
    'a Promise': () => Promise.resolve({ ImportJobsResponse: { Item: [] } }),
    'an Error': () => new Error('x'),
  };
}

describe('normalizeImportJobsResponse: hostile objects', () => {
  const cases = hostileObjects();
  it(`each hostile object at every depth (${Object.keys(cases).length * 5} cases)`, () => {
    for (const [name, make] of Object.entries(cases)) {
      const placements: unknown[] = [
        make(),
        { ImportJobsResponse: make() },
        { ImportJobsResponse: { Item: make() } },
        { ImportJobsResponse: { Item: [make(), { Id: 'good' }], NextToken: make() } },
        {
          ImportJobsResponse: {
            Item: [{ Id: 'good', Definition: make(), Failures: make(), TotalPieces: make() }],
          },
        },
      ];
      for (const body of placements) {
        try {
          check(body);
        } catch (error) {
          throw new Error(`${name}: ${(error as Error).message}`);
        }
      }
    }
  });

  it(`random hostile objects mixed into random responses (${RUNS} generated cases)`, () => {
    // fast-check inspects generated values, so hostile objects are generated as indexes and built in the property.
    const makers = Object.values(hostileObjects());
    const hostile = fc.record({ hostile: fc.nat(makers.length - 1) });
    const build = (value: unknown): unknown =>
      typeof value === 'object' && value !== null && 'hostile' in value
        ? makers[(value as { hostile: number }).hostile]?.()
        : value;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(jobLike, hostile, anyField), { maxLength: 6 }),
        fc.oneof(hostile, hostileString),
        (items, token) => {
          check({ ImportJobsResponse: { Item: items.map(build), NextToken: build(token) } });
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('toPinpointError: anything thrown becomes a named PinpointError', () => {
  it(`any value, hostile objects included (${RUNS} generated cases)`, () => {
    const makers = Object.values(hostileObjects());
    const thrown = fc.oneof(
      fc.anything({ withBoxedValues: true, withNullPrototype: true, withMap: true }),
      fc.record({ hostile: fc.nat(makers.length - 1) }),
      fc.record({
        name: fc.oneof(
          fc.constantFrom(...PINPOINT_ERROR_NAMES, 'TypeError', 'SyntaxError', 'Unknown'),
          anyField,
        ),
        message: anyField,
        code: anyField,
        $metadata: fc.oneof(anyField, fc.record({ httpStatusCode: awkwardStatus() })),
        $response: fc.oneof(anyField, fc.record({ statusCode: awkwardStatus(), headers: anyField })),
      }),
    );
    fc.assert(
      fc.property(thrown, (generated) => {
        const value =
          typeof generated === 'object' && generated !== null && 'hostile' in generated
            ? makers[(generated as { hostile: number }).hostile]?.()
            : generated;
        const error = toPinpointError(value);
        expect(isPinpointError(error)).toBe(true);
        expect(PINPOINT_ERROR_NAMES).toContain(error.name);
        expect(typeof error.retryable).toBe('boolean');
        expect(typeof error.message).toBe('string');
        if (error.retryAfterMs !== undefined) {
          expect(Number.isFinite(error.retryAfterMs) && error.retryAfterMs >= 0).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

function awkwardStatus(): fc.Arbitrary<unknown> {
  return fc.oneof(fc.integer({ min: -1, max: 700 }), anyField);
}
