/**
 * The KPI engine: pure functions and zod schemas, no DOM. Runs unchanged in the
 * elements, in a Web Worker and in Node (`import { nps } from 'omnikpi/engine'`).
 */
export * from './schemas.js';
export { tally, type Counts, type ScoreInput, type HistogramInput, type Where, type GroupKey } from './tally.js';
export { nps, npsFromCounts, type NpsResult, type NpsOptions } from './nps.js';
export { csat, csatFromCounts, type CsatResult, type CsatOptions } from './csat.js';
export { ces, cesFromCounts, type CesResult, type CesOptions } from './ces.js';
export { byChannel, type GroupResult, type GroupOptions, type ResultOf } from './by-channel.js';
export { byGroups, DIMENSIONS, type Dimension, type ByGroupsOptions, type ByGroupsResult, type HeatmapCell } from './by-groups.js';
export { wilsonInterval } from './stats.js';
export { tQuantile975 } from './t-quantile.js';
export { trend, type TrendOptions, type TrendResult, type TrendRow, type TrendSeries } from './trend.js';
export { INTERVALS, parsePeriod, periodLabel, periodOfDay, periodStart, isoWeek, daysFromCivil, civilFromDays, type Interval, type Period } from './periods.js';
export { dayInZone, readInstant } from './time-zone.js';
export { change, proportionChange, type ChangeResult } from './change.js';
export { targetStatus, type TargetStatus } from './target.js';
export { METRIC_KPIS, METRIC_KPI_NAMES, type MetricKpi, type MetricUnit, type MetricKpiDefinition } from './metric-kpis.js';
export { MetricRowSchema, ScorecardDocumentSchema, PeriodSchema, CurrencySchema, type MetricRow, type ScorecardDocument } from './metric-schemas.js';
export { metricFigure, metricSeries, metricChange, type MetricFigure, type MetricFigureOptions, type MetricPeriod, type MetricSeries } from './metrics.js';
export { scorecardTiles, kpisIn, channelsIn, SCORECARD_KPIS, SPARK_PERIODS, type Tile, type TilePoint, type ScorecardKpi, type ScorecardOptions } from './scorecard.js';
export { smartStatus, meetsTarget, seedTarget, TargetSchema, TargetsSchema, SMART_STATUSES, type SmartStatus, type Target } from './smart.js';
export * from './attribution/index.js';
export { compactDocument, histogramsOf } from './compact.js';
export { journeyGraph, type JourneyGraph, type JourneyGraphOptions, type GraphNode, type GraphLink, type GraphNodeKind } from './journey-graph.js';
export { type KpiFigure } from './kpi-figure.js';
export {
  firstContactResolution,
  containment,
  transferRate,
  transferRates,
  selfCareResolution,
  abandonment,
  responseTimes,
  OPERATIONS_TARGETS,
  RESPONSE_TIME_TARGETS,
  type ChannelTransfer,
  type TransferRateRow,
  type ResponseTimeInput,
  type ResponseTimeRow,
} from './operations.js';
export {
  conversionRate,
  cartAbandonment,
  aov,
  ctr,
  ctor,
  cpc,
  cpa,
  cpaByChannel,
  roi,
  cltv,
  cltvFromMargin,
  retention,
  churn,
  type ChannelCost,
  type PeriodCustomers,
} from './commerce.js';
export { commentThemes, commentTerms, scoreGroup, foldText, SCORE_GROUPS, BAD_GROUP, GOOD_GROUP, type CommentTheme, type CommentThemesOptions, type ScoreGroup } from './comment-themes.js';
export { STOP_WORDS } from './stop-words.js';
