/**
 * Rule-based models: each converting path hands its conversions and value to
 * its touches by fixed weights that add up to 1. A channel touched twice on a
 * path gets both parts.
 */
import { fieldError } from '../errors.js';
import type { Journeys } from './journeys.js';
import { toRows, type AttributionRow } from './result.js';

/** Weights of the `k` touches of one path, written into `out[0…k−1]`. */
export type TouchWeights = (k: number, out: Float64Array, pathIndex: number) => void;

/** Credits each path's conversions and value by its touch weights. */
export function creditByWeights(journeys: Journeys, weightsOf: TouchWeights): AttributionRow[] {
  const m = journeys.channels.length;
  const conversions = new Float64Array(m);
  const value = new Float64Array(m);
  let w = new Float64Array(16);
  journeys.paths.forEach((path, p) => {
    if (path.conversions === 0 && path.value === 0) return;
    const k = path.touches.length;
    if (w.length < k) w = new Float64Array(k);
    weightsOf(k, w, p);
    for (let i = 0; i < k; i++) {
      const c = path.touches[i]!;
      conversions[c]! += path.conversions * w[i]!;
      value[c]! += path.value * w[i]!;
    }
  });
  return toRows(journeys, conversions, value);
}

/** All credit to the first touch. */
export const firstTouch: TouchWeights = (k, out) => {
  out.fill(0, 0, k);
  out[0] = 1;
};

/** All credit to the last touch. */
export const lastTouch: TouchWeights = (k, out) => {
  out.fill(0, 0, k);
  out[k - 1] = 1;
};

/** Each of the `k` touches gets `1/k`. */
export const linear: TouchWeights = (k, out) => {
  out.fill(1 / k, 0, k);
};

export interface PositionWeights {
  /** Part of the first touch. Default 0.4. */
  first?: number;
  /** Part of the last touch. Default 0.4. */
  last?: number;
}

/**
 * U-shaped weights: `first` to the first touch, `last` to the last, the rest
 * (`1 − first − last`) spread evenly over the middle touches. One touch takes
 * all; two touches share in the ratio `first : last` (50/50 by default), since
 * there is no middle to take the rest.
 */
export function positionBased({ first = 0.4, last = 0.4 }: PositionWeights = {}): TouchWeights {
  for (const [name, w] of [['first', first], ['last', last]] as const) {
    if (!Number.isFinite(w) || w < 0 || w > 1) throw fieldError(name, `must be a weight from 0 to 1, got ${w}`);
  }
  if (first + last > 1) throw fieldError('first', `first + last must not exceed 1, got ${first + last}`);
  if (first + last === 0) throw fieldError('first', 'first + last must be above 0 (two-touch paths split in their ratio)');
  const middle = 1 - first - last;
  return (k, out) => {
    if (k === 1) {
      out[0] = 1;
    } else if (k === 2) {
      out[0] = first / (first + last);
      out[1] = last / (first + last);
    } else {
      out.fill(middle / (k - 2), 1, k - 1);
      out[0] = first;
      out[k - 1] = last;
    }
  };
}
