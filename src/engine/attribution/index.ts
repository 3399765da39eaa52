/** Attribution: seven models over journeys, and their comparison. */
export { attribute, ATTRIBUTION_MODELS, type AttributionModel, type AttributionOptions, type ModelOptions } from './attribute.js';
export { compareModels, type ModelComparison } from './compare.js';
export { markovModel, type MarkovModel, type RemovalEffect } from './markov.js';
export type { JourneyInput, JourneysInput, TouchInput } from './journeys.js';
export type { AttributionRow } from './result.js';
export { DEFINITION_LIMIT as SHAPLEY_DEFINITION_LIMIT, type ShapleyMethod } from './shapley.js';
export { DEFAULT_HALF_LIFE_DAYS } from './time-decay.js';
