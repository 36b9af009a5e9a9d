// The fixtures moved to `src/simulator/`; this path stays for the benchmarks and tests that import it.
export * from '../simulator/fixtures.js';
