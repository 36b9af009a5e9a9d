/**
 * How many generated cases a property runs: `base`, times `RELIABILITY_SCALE` when set (e.g.
 * `RELIABILITY_SCALE=20 npx vitest run test/reliability` for a deep run). The default keeps `npm test` fast on 2 cores.
 *
 * @param base - The number of runs in a normal test run.
 */
export function runs(base: number): number {
  const scale = Number(typeof process === 'undefined' ? undefined : process.env.RELIABILITY_SCALE);
  return Number.isFinite(scale) && scale > 0 ? Math.max(1, Math.round(base * scale)) : base;
}
