/** The seeded PRNG of the demo's sample data: the benchmarks' and tests' data is the same on every run. */
export { mulberry32 } from '../../demo/random.mjs';
