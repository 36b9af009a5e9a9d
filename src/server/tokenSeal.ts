import { webCrypto } from './webCrypto.js';

/** Seals page tokens with an HMAC bound to what they page through. */
export interface TokenSeal {
  /**
   * The token to give the caller: the source's token with an HMAC of it and of `binding`.
   *
   * @param token - The source's `NextToken`.
   * @param binding - What the token may be used for: the operation, IDs and scope.
   */
  seal(token: string, binding: readonly string[]): Promise<string>;
  /**
   * The source's token inside a sealed one, or `undefined` when the HMAC does not hold for `binding`.
   *
   * @param sealed - The caller's `token`.
   * @param binding - What the request is for: the operation, IDs and scope.
   */
  open(sealed: string, binding: readonly string[]): Promise<string | undefined>;
}

/** The shortest secret accepted. */
export const MIN_SECRET_LENGTH = 32;

const encoder = new TextEncoder();

const toHex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The bytes of an HMAC-SHA-256 in hexadecimal (64 digits), or `undefined` for anything else. */
function fromHex(text: string): Uint8Array<ArrayBuffer> | undefined {
  return /^[0-9a-f]{64}$/.test(text)
    ? Uint8Array.from(text.match(/../g) as string[], (pair) => Number.parseInt(pair, 16))
    : undefined;
}

/** The bytes signed: the binding and the token, as one JSON array, so no two of them read alike. */
function signedBytes(token: string, binding: readonly string[]): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(['pinpoint-import-jobs/token/1', ...binding, token]));
}

/**
 * Seals tokens with HMAC-SHA-256 under `secret`: `{HMAC in hexadecimal}.{token}`. Web Crypto's `verify` compares in
 * constant time.
 *
 * @param secret - At least {@link MIN_SECRET_LENGTH} characters.
 */
export function createTokenSeal(secret: string): TokenSeal {
  let key: Promise<CryptoKey> | undefined;
  const keyOf = () => {
    key ??= webCrypto().then((crypto) =>
      crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
        'sign',
        'verify',
      ]),
    );
    return key;
  };
  return {
    async seal(token, binding) {
      const crypto = await webCrypto();
      const mac = await crypto.subtle.sign('HMAC', await keyOf(), signedBytes(token, binding));
      return `${toHex(mac)}.${token}`;
    },
    async open(sealed, binding) {
      const dot = sealed.indexOf('.');
      const mac = fromHex(sealed.slice(0, dot));
      const token = sealed.slice(dot + 1);
      if (dot < 0 || mac === undefined || token === '') return undefined;
      const crypto = await webCrypto();
      const valid = await crypto.subtle.verify('HMAC', await keyOf(), mac, signedBytes(token, binding));
      return valid ? token : undefined;
    },
  };
}
