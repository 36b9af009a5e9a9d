/**
 * Opaque page tokens of the simulated backend. A token names its segment and the offset of the next page; a
 * client must treat it as an opaque string, and a token of another segment or a made-up one is refused.
 */

interface TokenPayload {
  s: string;
  o: number;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string {
  const base64 = token.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/**
 * The token of the page that starts at `offset` in `segmentId`.
 *
 * @param segmentId - The segment the token belongs to.
 * @param offset - The index of the first job of the page.
 */
export function encodePageToken(segmentId: string, offset: number): string {
  return toBase64Url(JSON.stringify({ s: segmentId, o: offset } satisfies TokenPayload));
}

/**
 * The offset a token points at, or `undefined` when the token is not one this backend gave for `segmentId`.
 *
 * @param segmentId - The segment of the request.
 * @param token - The `token` query parameter.
 */
export function decodePageToken(segmentId: string, token: string): number | undefined {
  try {
    const payload: unknown = JSON.parse(fromBase64Url(token));
    if (typeof payload !== 'object' || payload === null) return undefined;
    const { s, o } = payload as Partial<TokenPayload>;
    return s === segmentId && typeof o === 'number' && Number.isInteger(o) && o >= 0 ? o : undefined;
  } catch {
    return undefined;
  }
}
