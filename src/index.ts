/** omnikpi: defines every element (`omnikpi`, and dist/omnikpi-all.js). Per-element entries (`kpi-nps-gauge.ts`) define one. */
import './trusted-types-check.js';
export * from './elements/nps-gauge/nps-gauge.js';
export * from './elements/channel-csat/channel-csat.js';
export * from './elements/attribution-sankey/attribution-sankey.js';
export * from './elements/survey/survey.js';
export * from './elements/trend/trend.js';
export * from './elements/scorecard/scorecard.js';
export * from './elements/heatmap/heatmap.js';
export * from './elements/comments/comments.js';
export type { KpiCommentSelectDetail } from './elements/comments/comments.component.js';
export type { KpiDataDetail, KpiErrorDetail, KpiThresholdDetail, KpiSurveySubmitDetail, KpiSurveySentDetail, KpiSurveyQueuedDetail } from './data/events.js';
export type { KpiProblem } from './data/problem.js';
