import type { ImportJob } from './types.js';

/** The prefix of every synthetic job key; see {@link assignJobKeys}. */
export const SYNTHETIC_ID_PREFIX = '$pij';

/** 32-bit FNV-1a, in base 36: short, fast and the same on every run. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The fields of a job that never change during its life, so a key made of them survives every poll. Reads any
 * value (a raw job a host passed a component too) without throwing on missing members.
 */
export function stableJobContent(job: Partial<ImportJob>): string {
  const d = typeof job.Definition === 'object' && job.Definition !== null ? job.Definition : undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return [
    text(job.ApplicationId),
    text(job.CreationDate),
    text(job.Type),
    text(d?.S3Url),
    text(d?.RoleArn),
    text(d?.Format),
    text(d?.SegmentId),
    text(d?.SegmentName),
  ].join('\u0000');
}

/**
 * A unique key for each job of a page. The first job with a given non-empty `Id` keeps it; a later duplicate gets
 * `<Id>$pij-2`, `<Id>$pij-3`, … in order of appearance; a job without a usable `Id` gets `$pij-<hash>` of the fields
 * that never change during its life, with `-2`, `-3`, … for look-alikes, so the same job keeps its key from poll to
 * poll while others come and go. A synthetic key never takes a real `Id` of the same page. Internal: the normaliser
 * names its jobs with it, and the table its rows of unchecked jobs.
 *
 * @param ids - Each job's usable `Id` (a non-empty string), or `undefined`.
 * @param contentOf - The stable content of the job at an index (see {@link stableJobContent}).
 */
export function assignJobKeys(
  ids: readonly (string | undefined)[],
  contentOf: (index: number) => string,
): string[] {
  const realIds = new Set<string>();
  for (const id of ids) if (id !== undefined) realIds.add(id);
  const keys: string[] = [];
  const assigned = new Set<string>();
  const nextSuffix = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id !== undefined && !assigned.has(id)) {
      keys.push(id);
      assigned.add(id);
      continue;
    }
    const base =
      id === undefined ? `${SYNTHETIC_ID_PREFIX}-${hash(contentOf(i))}` : `${id}${SYNTHETIC_ID_PREFIX}`;
    let suffix = nextSuffix.get(base) ?? (id === undefined ? 1 : 2);
    let key = suffix === 1 ? base : `${base}-${suffix}`;
    while (assigned.has(key) || realIds.has(key)) {
      suffix++;
      key = `${base}-${suffix}`;
    }
    nextSuffix.set(base, suffix + 1);
    keys.push(key);
    assigned.add(key);
  }
  return keys;
}
