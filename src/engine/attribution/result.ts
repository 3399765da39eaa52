/** The row every attribution model returns, one per channel seen. */
import type { Journeys } from './journeys.js';

export interface AttributionRow {
  channel: string;
  /** Conversions credited to the channel; the rows add up to the input's conversions. */
  conversions: number;
  /** Value credited to the channel; the rows add up to the input's value. */
  value: number;
  /** `conversions / total conversions`; the rows add up to 1 (all 0 when nothing converted). */
  share: number;
}

/** Rows in the order channels were first seen, so every model lines up in a comparison. */
export function toRows(journeys: Journeys, conversions: Float64Array, value: Float64Array): AttributionRow[] {
  const total = journeys.conversions;
  return journeys.channels.map((channel, i) => ({
    channel,
    conversions: conversions[i]!,
    value: value[i]!,
    share: total > 0 ? conversions[i]! / total : 0,
  }));
}

/** Rows that split the totals in proportion to `weights` (Markov removal effects). */
export function rowsInProportion(journeys: Journeys, weights: ArrayLike<number>): AttributionRow[] {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  return journeys.channels.map((channel, i) => {
    const share = sum > 0 ? weights[i]! / sum : 0;
    return { channel, conversions: share * journeys.conversions, value: share * journeys.value, share };
  });
}
