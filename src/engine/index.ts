/**
 * The KPI engine: pure functions and zod schemas, no DOM. Runs unchanged in the
 * elements, in a Web Worker and in Node (`import { nps } from 'omnikpi/engine'`).
 */
export * from './schemas.js';
export { tally, type Counts, type ScoreInput, type HistogramInput, type Where, type GroupKey } from './tally.js';
export { nps, npsFromCounts, type NpsResult, type NpsOptions } from './nps.js';
export { csat, csatFromCounts, type CsatResult, type CsatOptions } from './csat.js';
export { ces, cesFromCounts, type CesResult, type CesOptions } from './ces.js';
export { byChannel, type GroupResult, type GroupOptions, type ResultOf } from './by-channel.js';
export { wilsonInterval } from './stats.js';
export { tQuantile975 } from './t-quantile.js';
