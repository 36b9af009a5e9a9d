import type { Format } from '../core/types.js';
import { mulberry32, pick, randomInt } from './random.js';

/** The most entries Pinpoint reports in `Failures`, however many definitions failed. */
export const MAX_REPORTED_FAILURES = 100;

const CSV_PROBLEMS = [
  'Invalid ChannelType "FAX". Valid values: APNS, BAIDU, EMAIL, GCM, SMS, VOICE.',
  'Address is required when ChannelType is EMAIL.',
  'Invalid OptOut value "YES". Valid values: ALL, NONE.',
  'Location.Country "UK" is not an ISO 3166-1 alpha-3 code.',
  'Expected 14 columns but found 13.',
  'Attributes.Interests holds 51 values; the limit is 50.',
  'EffectiveDate "31/02/2024" is not an ISO 8601 date.',
] as const;

const JSON_PROBLEMS = [
  'Unexpected token } in JSON at position 214.',
  'Invalid ChannelType "PAGER". Valid values: APNS, BAIDU, EMAIL, GCM, SMS, VOICE.',
  'Address "+1555" is not a valid E.164 phone number.',
  'Metrics.visits must be a number.',
  'User.UserAttributes exceeds 40 keys.',
  'Demographic.Timezone "Mars/Olympus_Mons" is not an IANA time zone.',
] as const;

/**
 * The `Failures` Pinpoint would report for `totalFailures` failed endpoint definitions: one line per failed
 * definition, at most {@link MAX_REPORTED_FAILURES}, reproducible from `seed`.
 *
 * @param seed - Seed of the line numbers and messages.
 * @param totalFailures - How many definitions failed in all.
 * @param format - The format of the imported files, which decides the kind of problems. Default: `CSV`.
 */
export function createFailureMessages(seed: number, totalFailures: number, format: Format = 'CSV'): string[] {
  const random = mulberry32(seed);
  const count = Math.max(0, Math.min(MAX_REPORTED_FAILURES, Math.floor(totalFailures)));
  const problems = format === 'JSON' ? JSON_PROBLEMS : CSV_PROBLEMS;
  const messages: string[] = [];
  let line = 1;
  for (let index = 0; index < count; index += 1) {
    line += randomInt(random, 1, 400);
    messages.push(`Line ${line}: ${pick(random, problems)}`);
  }
  return messages;
}
