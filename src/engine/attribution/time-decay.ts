/**
 * Time-decay: a touch `Δ` days before the conversion weighs `2^(−Δ / halfLifeDays)`,
 * so credit halves every half-life; the weights of a path are then scaled to add up to 1.
 */
import { fieldError } from '../errors.js';
import type { Journeys } from './journeys.js';
import type { TouchWeights } from './rules.js';

/** Default half-life: a touch a week before the conversion counts half as much as one on the day. */
export const DEFAULT_HALF_LIFE_DAYS = 7;

export function timeDecay(journeys: Journeys, halfLifeDays = DEFAULT_HALF_LIFE_DAYS): TouchWeights {
  if (!Number.isFinite(halfLifeDays) || halfLifeDays <= 0) {
    throw fieldError('halfLifeDays', `must be a number of days above 0, got ${halfLifeDays}`);
  }
  return (k, out, p) => {
    const ages = journeys.paths[p]!.ages;
    if (typeof ages === 'string') throw fieldError(ages, 'time-decay needs the time of every touch and of the conversion');
    // Count from the latest touch: scaling all weights by 2^(min Δ / h) changes nothing after
    // normalising, and keeps the largest weight at 1, so old paths never underflow to 0/0.
    let newest = Infinity;
    for (let i = 0; i < k; i++) newest = Math.min(newest, ages[i]!);
    let sum = 0;
    for (let i = 0; i < k; i++) sum += out[i] = 2 ** (-(ages[i]! - newest) / halfLifeDays);
    for (let i = 0; i < k; i++) out[i]! /= sum;
  };
}
