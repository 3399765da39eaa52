/**
 * Shapley attribution (Zhao, Mahboobi & Bagheri 2018). Players are channels;
 * the worth v(S) of a coalition S is the conversions (and, in a second game,
 * the value) of journeys whose distinct channels all lie in S. A channel's
 * Shapley value is its marginal contribution averaged over every order in
 * which the coalition can form:
 *
 *   φ_i = Σ_{S ⊆ N∖{i}} |S|! (m − |S| − 1)! / m! · (v(S ∪ {i}) − v(S)).
 *
 * v is a sum of unanimity games (one per journey: worth its conversions for
 * any S containing all its channels), whose Shapley value is an equal split,
 * so φ reduces to each journey's conversions split equally among its distinct
 * channels. Up to `DEFINITION_LIMIT` channels we compute the definition anyway
 * and test the identity against it; beyond, the closed form.
 */
import { fieldError } from '../errors.js';
import type { Journeys } from './journeys.js';
import { toRows, type AttributionRow } from './result.js';

/** Up to this many channels, `auto` computes Shapley from its definition. */
export const DEFINITION_LIMIT = 16;
/** The definition needs 2^m coalitions; beyond this it is refused (memory, time). */
export const DEFINITION_MAX = 20;

export type ShapleyMethod = 'auto' | 'definition' | 'closed-form';

export function shapleyRows(journeys: Journeys, method: ShapleyMethod = 'auto'): AttributionRow[] {
  const m = journeys.channels.length;
  if (method !== 'auto' && method !== 'definition' && method !== 'closed-form') {
    throw fieldError('method', `must be "auto", "definition" or "closed-form", got ${String(method)}`);
  }
  const useDefinition = method === 'definition' || (method === 'auto' && m <= DEFINITION_LIMIT);
  if (useDefinition && m > DEFINITION_MAX) {
    throw fieldError('method', `the definition is limited to ${DEFINITION_MAX} channels (2^m coalitions), got ${m}`);
  }
  const [conversions, value] = useDefinition ? byDefinition(journeys) : closedForm(journeys);
  return toRows(journeys, conversions, value);
}

/** Bit mask of the distinct channels of each path. */
function coalitionOf(touches: number[]): number {
  let mask = 0;
  for (const c of touches) mask |= 1 << c;
  return mask;
}

/** φ from the formula above, over all 2^m coalitions. */
function byDefinition(journeys: Journeys): [Float64Array, Float64Array] {
  const m = journeys.channels.length;
  const size = 2 ** m;
  // w(T): conversions of journeys whose channel set is exactly T; then v(S) = Σ_{T ⊆ S} w(T),
  // summed over subsets dimension by dimension (the zeta transform), O(m·2^m).
  const vc = new Float64Array(size);
  const vv = new Float64Array(size);
  for (const path of journeys.paths) {
    const mask = coalitionOf(path.touches);
    vc[mask]! += path.conversions;
    vv[mask]! += path.value;
  }
  for (let i = 0; i < m; i++) {
    const bit = 1 << i;
    for (let s = 0; s < size; s++) {
      if (s & bit) {
        vc[s]! += vc[s ^ bit]!;
        vv[s]! += vv[s ^ bit]!;
      }
    }
  }
  const weight = coalitionWeights(m);
  const phiC = new Float64Array(m);
  const phiV = new Float64Array(m);
  for (let s = 0; s < size; s++) {
    const w = weight[popcount(s)]!;
    for (let i = 0; i < m; i++) {
      const bit = 1 << i;
      if (s & bit) continue;
      phiC[i]! += w * (vc[s | bit]! - vc[s]!);
      phiV[i]! += w * (vv[s | bit]! - vv[s]!);
    }
  }
  return [phiC, phiV];
}

/** `weight[k] = k! (m − k − 1)! / m!`, built by ratios to stay exact for large m. */
function coalitionWeights(m: number): Float64Array {
  const weight = new Float64Array(Math.max(m, 1));
  weight[0] = 1 / m;
  for (let k = 0; k + 1 < m; k++) weight[k + 1] = (weight[k]! * (k + 1)) / (m - k - 1);
  return weight;
}

function popcount(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

/** Each journey's conversions and value split equally among its distinct channels. */
function closedForm(journeys: Journeys): [Float64Array, Float64Array] {
  const m = journeys.channels.length;
  const phiC = new Float64Array(m);
  const phiV = new Float64Array(m);
  const seen = new Int32Array(m).fill(-1);
  journeys.paths.forEach((path, p) => {
    const distinct: number[] = [];
    for (const c of path.touches) {
      if (seen[c] !== p) {
        seen[c] = p;
        distinct.push(c);
      }
    }
    for (const c of distinct) {
      phiC[c]! += path.conversions / distinct.length;
      phiV[c]! += path.value / distinct.length;
    }
  });
  return [phiC, phiV];
}
