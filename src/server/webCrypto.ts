/** The module Node.js keeps Web Crypto in; named in a variable, so no bundler tries to resolve it for other runtimes. */
const NODE_CRYPTO = 'node:crypto';

let loading: Promise<Crypto> | undefined;

/**
 * The runtime's Web Crypto: `globalThis.crypto` (Node.js 19+, Deno, Bun, browsers, edge runtimes), else Node.js 18's
 * `webcrypto` from `node:crypto`, loaded once.
 */
export function webCrypto(): Promise<Crypto> {
  const global = (globalThis as { crypto?: Crypto }).crypto;
  if (global?.subtle !== undefined) return Promise.resolve(global);
  loading ??= import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_CRYPTO).then(
    (module: { webcrypto: Crypto }) => module.webcrypto,
  );
  return loading;
}
