/** `attribute(journeys, { model, … })`: one entry point for every attribution model. */
import { fieldError } from '../errors.js';
import { normalizeJourneys, type Journeys, type JourneysInput } from './journeys.js';
import { markovRows } from './markov.js';
import type { AttributionRow } from './result.js';
import { creditByWeights, firstTouch, lastTouch, linear, positionBased } from './rules.js';
import { shapleyRows, type ShapleyMethod } from './shapley.js';
import { timeDecay } from './time-decay.js';

export const ATTRIBUTION_MODELS = ['first-touch', 'last-touch', 'linear', 'position-based', 'time-decay', 'markov', 'shapley'] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

/** Options of every model; each model reads its own. */
export interface ModelOptions {
  /** `position-based`: part of the first touch. Default 0.4. */
  first?: number;
  /** `position-based`: part of the last touch. Default 0.4. */
  last?: number;
  /** `time-decay`: days after which a touch's weight halves. Default 7. */
  halfLifeDays?: number;
  /** `shapley`: `auto` (definition up to 16 channels, closed form beyond), `definition` or `closed-form`. */
  method?: ShapleyMethod;
}

export interface AttributionOptions extends ModelOptions {
  model: AttributionModel;
}

/**
 * Credits each channel with a part of the conversions and value under one model.
 * Returns one row per channel seen (in order of first appearance), with shares
 * adding up to 1 and conversions and value adding up to the input's totals.
 * No model gives a negative share: rule weights, Markov removal effects and
 * Shapley marginal contributions of conversions are all ≥ 0 (a negative input
 * `value` can still make a channel's credited value negative).
 */
export function attribute(journeys: JourneysInput, options: AttributionOptions): AttributionRow[] {
  return attributeNormalized(normalizeJourneys(journeys), options);
}

/** The same over journeys already read, so a comparison reads them once. */
export function attributeNormalized(journeys: Journeys, { model, ...options }: AttributionOptions): AttributionRow[] {
  switch (model) {
    case 'first-touch':
      return creditByWeights(journeys, firstTouch);
    case 'last-touch':
      return creditByWeights(journeys, lastTouch);
    case 'linear':
      return creditByWeights(journeys, linear);
    case 'position-based':
      return creditByWeights(journeys, positionBased(options));
    case 'time-decay':
      return creditByWeights(journeys, timeDecay(journeys, options.halfLifeDays));
    case 'markov':
      return markovRows(journeys);
    case 'shapley':
      return shapleyRows(journeys, options.method);
    default:
      throw fieldError('model', `unknown attribution model ${JSON.stringify(model)}; one of ${ATTRIBUTION_MODELS.join(', ')}`);
  }
}
