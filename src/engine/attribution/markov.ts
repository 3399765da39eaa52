/**
 * First-order absorbing Markov chain attribution. States: start, each channel,
 * conversion, null. Every journey on a path adds `conversions + nulls` walks
 * start → first channel → … → last channel, ending in conversion (`conversions`
 * times) or null (`nulls` times). The probability of reaching conversion from
 * start is solved exactly as a linear system over the channel states; the
 * removal effect of a channel is `1 − P(without it) / P`, where removing it
 * sends every transition into it to null.
 */
import { normalizeJourneys, type Journeys, type JourneysInput } from './journeys.js';
import { solveLinear } from './linear-solve.js';
import { rowsInProportion, type AttributionRow } from './result.js';

export interface RemovalEffect {
  channel: string;
  /** `1 − P(conversion without the channel) / P(conversion)`, from 0 to 1. */
  removalEffect: number;
  /** P(conversion) from start once the channel is removed. */
  conversionProbability: number;
}

export interface MarkovModel {
  /** State names by index: `start`, the channels in order of first appearance, `conversion`, `null`. */
  states: string[];
  /** Observed transitions `counts[from][to]` (journeys, not probabilities). */
  counts: number[][];
  /**
   * Transition probabilities `probabilities[from][to]`: each row of counts divided by its sum.
   * The absorbing `conversion` and `null` rows keep 1 on the diagonal; a state never left stays all 0.
   */
  probabilities: number[][];
  /** P(reaching conversion from start). */
  conversionProbability: number;
  removalEffects: RemovalEffect[];
}

/** The chain, P(conversion) and each channel's removal effect, for the element to show. */
export function markovModel(input: JourneysInput): MarkovModel {
  return markovOf(normalizeJourneys(input));
}

/** Conversions and value shared in proportion to the removal effects. */
export function markovRows(journeys: Journeys): AttributionRow[] {
  return rowsInProportion(journeys, markovOf(journeys).removalEffects.map((r) => r.removalEffect));
}

export function markovOf(journeys: Journeys): MarkovModel {
  const m = journeys.channels.length;
  const s = m + 3;
  const counts = transitionCounts(journeys, s);
  const p = toProbabilities(counts, s);
  const P = conversionFromStart(p, m, -1);
  const removalEffects = journeys.channels.map((channel, c) => {
    const without = P > 0 ? conversionFromStart(p, m, c) : 0;
    return { channel, removalEffect: P > 0 ? 1 - without / P : 0, conversionProbability: without };
  });
  return {
    states: ['start', ...journeys.channels, 'conversion', 'null'],
    counts: toRows(counts, s),
    probabilities: toRows(p, s),
    conversionProbability: P,
    removalEffects,
  };
}

/** State 0 is start, 1…m the channels, m+1 conversion, m+2 null. */
function transitionCounts(journeys: Journeys, s: number): Float64Array {
  const counts = new Float64Array(s * s);
  const conversion = s - 2;
  for (const path of journeys.paths) {
    const walks = path.conversions + path.nulls;
    if (walks === 0) continue;
    let from = 0;
    for (const c of path.touches) {
      counts[from * s + c + 1]! += walks;
      from = c + 1;
    }
    counts[from * s + conversion]! += path.conversions;
    counts[from * s + conversion + 1]! += path.nulls;
  }
  return counts;
}

function toProbabilities(counts: Float64Array, s: number): Float64Array {
  const p = new Float64Array(s * s);
  for (let i = 0; i < s - 2; i++) {
    let sum = 0;
    for (let j = 0; j < s; j++) sum += counts[i * s + j]!;
    if (sum > 0) for (let j = 0; j < s; j++) p[i * s + j] = counts[i * s + j]! / sum;
  }
  p[(s - 2) * s + s - 2] = 1;
  p[(s - 1) * s + s - 1] = 1;
  return p;
}

/**
 * P(conversion from start) with channel `removed` (−1: none) turned into null.
 * Over the kept channel states, `x = Q x + r` where `Q` holds channel → channel
 * probabilities and `r` channel → conversion; so `(I − Q) x = r`, then
 * `P = Σ p(start → c) · x_c`.
 */
function conversionFromStart(p: Float64Array, m: number, removed: number): number {
  const s = m + 3;
  const kept: number[] = [];
  for (let c = 0; c < m; c++) if (c !== removed) kept.push(c + 1);
  const n = kept.length;
  const a = new Float64Array(n * n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) a[i * n + j] = (i === j ? 1 : 0) - p[kept[i]! * s + kept[j]!]!;
    b[i] = p[kept[i]! * s + s - 2]!;
  }
  const x = solveLinear(a, b, n);
  let P = 0;
  for (let i = 0; i < n; i++) P += p[kept[i]!]! * x[i]!;
  return P;
}

function toRows(matrix: Float64Array, s: number): number[][] {
  return Array.from({ length: s }, (_, i) => Array.from(matrix.subarray(i * s, (i + 1) * s)));
}
