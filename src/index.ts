/** omnikpi: defines every element. Per-element entries (`kpi-nps-gauge.ts`) define one. */
import './trusted-types-check.js';
// Modules land in dist/omnikpi.js in this order; of the 24 orders, the survey first gzips
// best (0.7 kB between the best and the worst: related code falls within gzip's 32 kB window).
export * from './elements/survey/survey.js';
export * from './elements/nps-gauge/nps-gauge.js';
export * from './elements/channel-csat/channel-csat.js';
export * from './elements/attribution-sankey/attribution-sankey.js';
export type { KpiDataDetail, KpiErrorDetail, KpiThresholdDetail, KpiSurveySubmitDetail, KpiSurveySentDetail, KpiSurveyQueuedDetail } from './data/events.js';
export type { KpiProblem } from './data/problem.js';
