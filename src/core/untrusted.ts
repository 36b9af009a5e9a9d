/**
 * A value from outside (a reply's body, a thrown value, a header bag) whose members are read one at a time, each
 * checked before it is used.
 */
export type UnknownRecord = Record<string, unknown>;

/**
 * Whether members can be read off `value`: an object of any kind, arrays included, but not `null`.
 *
 * @param value - Anything.
 */
export function hasMembers(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null;
}

/**
 * `value` if it is a string with something in it, else `undefined`: how an ID, a token or a message is read.
 *
 * @param value - Anything.
 */
export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Whether `value` is an object as JSON has them: neither `null` nor an array. Typed `T` where it is handed on as
 * what its sender promised (a page for the normaliser): nothing of it is checked beyond being such an object.
 *
 * @param value - Anything.
 */
export function isJsonObject<T extends object = UnknownRecord>(value: unknown): value is T {
  return hasMembers(value) && !Array.isArray(value);
}
