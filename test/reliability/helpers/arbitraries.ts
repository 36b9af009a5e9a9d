/**
 * fast-check arbitraries shared by the reliability suite: hostile strings, job-like objects close to what
 * Pinpoint sends but with random wrong types, and whole response bodies.
 */
import fc from 'fast-check';
import { JOB_STATUSES } from '../../../src/core/types.js';

/** Strings that must only ever be rendered as text. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  '\u202Eevil\u202C',
  '\u0000\u0001\uFFFF',
  '\uD800',
  '💥'.repeat(50),
  'x'.repeat(10_000),
  '',
  ' ',
] as const;

/** A hostile string: a fixed nasty one, a random one, or a very long one. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 0, maxLength: 20 }).map((s) => `${s}<b onmouseover=alert(1)>${s}</b>`),
);

/** Numbers of every awkward kind, as a count field might hold them. */
export const awkwardNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1_000, max: 1_000 }),
  fc.constantFrom(
    0,
    -0,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e21,
    2 ** 53 + 1,
    0.5,
  ),
  fc.double(),
);

/** Any value at all in a field: wrong types, nulls, nested junk. */
export const anyField: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  hostileString,
  awkwardNumber,
  fc.constantFrom(null, undefined, true, false),
  fc.array(fc.oneof(hostileString, awkwardNumber, fc.constant(null)), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(hostileString, awkwardNumber), { maxKeys: 3 }),
);

/** A field that is usually of the right type, sometimes of any other. */
function mostly<T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: right }, { weight: 1, arbitrary: anyField });
}

const status: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...JOB_STATUSES) },
  { weight: 1, arbitrary: hostileString },
);

/** An object shaped like a wire `ImportJobResponse` whose every field may be missing or of a random wrong type. */
export const jobLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    Id: mostly(fc.oneof(fc.constantFrom('job-1', 'job-2', 'job-3', '', '$pij-1'), hostileString)),
    ApplicationId: mostly(hostileString),
    JobStatus: mostly(status),
    Type: mostly(fc.constantFrom('IMPORT')),
    CreationDate: mostly(
      fc.oneof(
        fc.constantFrom('2024-05-01T10:00:00.000Z', 'not a date', '9999-99-99', '-271821-04-20T00:00:00Z'),
        hostileString,
      ),
    ),
    CompletionDate: mostly(fc.oneof(fc.constantFrom('2024-05-01T11:00:00.000Z', ''), hostileString)),
    TotalPieces: mostly(awkwardNumber),
    CompletedPieces: mostly(awkwardNumber),
    FailedPieces: mostly(awkwardNumber),
    TotalProcessed: mostly(awkwardNumber),
    TotalFailures: mostly(awkwardNumber),
    Failures: mostly(fc.array(fc.oneof(hostileString, anyField), { maxLength: 8 })),
    Definition: mostly(
      fc.record(
        {
          Format: mostly(fc.constantFrom('CSV', 'JSON', 'XML')),
          RoleArn: mostly(hostileString),
          S3Url: mostly(
            fc.oneof(
              fc.constantFrom(
                's3://bucket/key.csv',
                'javascript:alert(1)',
                'https://example.com/x',
                'http://evil/<script>',
              ),
              hostileString,
            ),
          ),
          DefineSegment: mostly(fc.boolean()),
          RegisterEndpoints: mostly(fc.boolean()),
          SegmentId: mostly(hostileString),
          SegmentName: mostly(hostileString),
          ExternalId: mostly(hostileString),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

/** A whole SDK-shaped body `{ ImportJobsResponse: { Item, NextToken } }` close to real, with random breakage. */
export const responseLike: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        ImportJobsResponse: mostly(
          fc.record(
            {
              Item: mostly(
                fc.array(fc.oneof({ weight: 4, arbitrary: jobLike }, anyField), { maxLength: 12 }),
              ),
              NextToken: mostly(fc.oneof(fc.constantFrom('', 'tok-1', 'tok-2'), hostileString)),
            },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyField },
);
