/** Every model's rows side by side, for the model-comparison view. */
import { ATTRIBUTION_MODELS, attributeNormalized, type AttributionModel, type ModelOptions } from './attribute.js';
import { normalizeJourneys, type Journeys, type JourneysInput } from './journeys.js';
import type { AttributionRow } from './result.js';

export interface ModelComparison {
  /** Channel names; row `i` of every model is channel `i`. */
  channels: string[];
  results: Array<{ model: AttributionModel; rows: AttributionRow[] }>;
}

/**
 * Runs each model over the same journeys (read once). Rows come in the same
 * channel order for every model, so they line up. By default every model the
 * data allows: `time-decay` only when each converting journey carries its
 * touch times and `convertedAt` (asked for explicitly, it throws naming the
 * missing time instead).
 */
export function compareModels(input: JourneysInput, models?: readonly AttributionModel[], options: ModelOptions = {}): ModelComparison {
  const journeys = normalizeJourneys(input);
  const chosen = models ?? ATTRIBUTION_MODELS.filter((m) => m !== 'time-decay' || hasTimes(journeys));
  return {
    channels: journeys.channels,
    results: chosen.map((model) => ({ model, rows: attributeNormalized(journeys, { ...options, model }) })),
  };
}

function hasTimes(journeys: Journeys): boolean {
  return journeys.paths.every((p) => typeof p.ages !== 'string' || (p.conversions === 0 && p.value === 0));
}
