/**
 * The scorecard's tiles as data (no DOM): for each KPI asked, its latest
 * figure, the change against the period before, the last periods for a
 * sparkline, the target that applies and where the figure stands against it.
 */
import { change, type ChangeResult } from './change.js';
import { METRIC_KPIS, METRIC_KPI_NAMES, type MetricKpi, type MetricUnit } from './metric-kpis.js';
import type { ScorecardDocument } from './metric-schemas.js';
import { metricChange, metricFigure, metricSeries } from './metrics.js';
import { parsePeriod, type Interval } from './periods.js';
import { METRICS, type Metric } from './schemas.js';
import { seedTarget, smartStatus, type SmartStatus, type Target } from './smart.js';
import { trend, type TrendRow } from './trend.js';
import { nps } from './nps.js';
import { csat } from './csat.js';
import { ces } from './ces.js';

export type ScorecardKpi = Metric | MetricKpi;
export const SCORECARD_KPIS: readonly ScorecardKpi[] = [...METRICS, ...METRIC_KPI_NAMES];
/** The sparkline's length: the last periods, at most a year of months. */
export const SPARK_PERIODS = 12;

export interface TilePoint {
  period: string;
  start: string;
  value: number | null;
}

export interface Tile {
  kpi: ScorecardKpi;
  /** The channel the tile is filtered to (`channel` or `by="channel"`), if any. */
  channel?: string;
  unit: MetricUnit | 'score';
  better: 'higher' | 'lower' | null;
  /** The latest period's figure (every row's when there is no period); `null` without data. */
  value: number | null;
  n: number | null;
  /** The latest period, when the data has periods. */
  period?: TilePoint;
  interval: Interval | null;
  /** The last periods, oldest first (up to {@link SPARK_PERIODS}). */
  points: TilePoint[];
  /** Latest − previous, with its interval for proportions and scores; `null` without two periods. */
  change: ChangeResult | null;
  target: Target | null;
  /** Whether the target is the tile's own (from `targets`) or the seeds'. */
  targetFrom: 'targets' | 'seeds' | null;
  status: SmartStatus | null;
}

export interface ScorecardOptions {
  /** The KPIs, in order; default: those of `targets`, else every KPI the input holds. */
  kpis?: readonly ScorecardKpi[];
  targets?: readonly Target[];
  channel?: string;
  /** The date SMART status is judged on, `YYYY-MM-DD`. */
  today: string;
  /** CES: lower scores mean easier (the seeds' CES ≤ 3 target then applies). */
  lowerIsEasier?: boolean;
  /** The period of the scores' series; default the `metrics` rows' interval, else month. */
  interval?: Interval;
  timeZone?: string;
}

const isScore = (kpi: ScorecardKpi): kpi is Metric => (METRICS as readonly string[]).includes(kpi);

/** The KPIs the document holds (for `channel`, when given): scores with answers first, then `metrics` KPIs, in the table's order. */
export function kpisIn(doc: ScorecardDocument, channel?: string): ScorecardKpi[] {
  const present = new Set<string>();
  const of = (row: { channel?: string }) => channel === undefined || row.channel === channel;
  for (const r of doc.responses ?? []) if (of(r)) present.add(r.metric);
  for (const h of doc.histograms ?? []) if (of(h)) present.add(h.metric);
  for (const m of doc.metrics ?? []) if (of(m)) present.add(m.kpi);
  return SCORECARD_KPIS.filter((k) => present.has(k));
}

/** Channels of the document, in order of first appearance. */
export function channelsIn(doc: ScorecardDocument): string[] {
  const seen = new Set<string>();
  for (const list of [doc.responses, doc.histograms, doc.metrics]) for (const r of list ?? []) if (r.channel) seen.add(r.channel);
  return [...seen];
}

/** The target for a KPI and channel: the list's own for that channel, else its one without a channel, else the seeds'. */
function targetFor(kpi: ScorecardKpi, channel: string | undefined, options: ScorecardOptions): [Target | null, Tile['targetFrom']] {
  const own = options.targets?.filter((t) => t.kpi === kpi && !t.touchpoint && !t.stage);
  const found = own?.find((t) => t.channel === channel) ?? own?.find((t) => t.channel === undefined);
  if (found) return [found, 'targets'];
  const seed = seedTarget(kpi, { channel, lowerIsEasier: options.lowerIsEasier });
  return seed ? [seed, 'seeds'] : [null, null];
}

function scoreValue(metric: Metric, r: { score?: number | null; mean?: number | null }): number | null {
  return (metric === 'ces' ? r.mean : r.score) ?? null;
}

function scoreTile(doc: ScorecardDocument, metric: Metric, channel: string | undefined, options: ScorecardOptions, interval: Interval): Omit<Tile, 'target' | 'targetFrom' | 'status'> {
  const where = channel === undefined ? undefined : { channel };
  const metricOptions = { higherIsEasier: !options.lowerIsEasier };
  const better = metric === 'ces' && options.lowerIsEasier ? 'lower' : 'higher';
  const dated = (doc.responses ?? []).some((r) => r.metric === metric && r.at) || (doc.histograms ?? []).some((h) => h.metric === metric && h.period);
  if (!dated) {
    const r = metric === 'nps' ? nps(doc, { where }) : metric === 'csat' ? csat(doc, { where }) : ces(doc, { where, ...metricOptions });
    return { kpi: metric, channel, unit: 'score', better, value: scoreValue(metric, r), n: r.n, interval: null, points: [], change: null };
  }
  const result = trend(doc, metric, { interval, timeZone: options.timeZone, where, ...metricOptions });
  const rows = result.rows as TrendRow[];
  const last = rows.at(-1);
  const previous = rows.at(-2);
  const point = (r: TrendRow): TilePoint => ({ period: r.period, start: r.start, value: scoreValue(metric, r as never) });
  return {
    kpi: metric,
    channel,
    unit: 'score',
    better,
    value: last ? scoreValue(metric, last as never) : null,
    n: last?.n ?? 0,
    period: last ? point(last) : undefined,
    interval: result.interval,
    points: rows.slice(-SPARK_PERIODS).map(point),
    change: last && previous ? change(metric, previous as never, last as never) : null,
  };
}

function metricTile(doc: ScorecardDocument, kpi: MetricKpi, channel: string | undefined): Omit<Tile, 'target' | 'targetFrom' | 'status'> {
  const rows = doc.metrics ?? [];
  const where = channel === undefined ? undefined : { channel };
  const def = METRIC_KPIS[kpi];
  const series = metricSeries(rows, kpi, { where });
  const base = { kpi, channel, unit: def.unit, better: def.better, interval: series.interval };
  if (series.periods.length === 0) {
    const all = metricFigure(rows, kpi, { where });
    return { ...base, value: all.value, n: all.n, points: [], change: null };
  }
  const last = series.periods.at(-1)!;
  const previous = series.periods.at(-2);
  const point = (p: typeof last): TilePoint => ({ period: p.period, start: p.start, value: p.value });
  return {
    ...base,
    value: last.value,
    n: last.n,
    period: point(last),
    points: series.periods.slice(-SPARK_PERIODS).map(point),
    change: previous ? metricChange(kpi, previous, last) : null,
  };
}

/** One tile per KPI (filtered to `options.channel`, or to `channel` when given). */
export function scorecardTiles(doc: ScorecardDocument, options: ScorecardOptions, channel = options.channel): Tile[] {
  const kpis = options.kpis ?? (options.targets?.length ? [...new Set(options.targets.map((t) => t.kpi as ScorecardKpi))] : kpisIn(doc, channel));
  const dated = doc.metrics?.find((m) => m.period !== undefined)?.period;
  const interval = options.interval ?? (dated ? parsePeriod(dated)?.interval : undefined) ?? 'month';
  return kpis.map((kpi) => {
    const tile = isScore(kpi) ? scoreTile(doc, kpi, channel, options, interval) : metricTile(doc, kpi, channel);
    const [target, targetFrom] = targetFor(kpi, channel, options);
    const status = target && tile.value !== null ? smartStatus(tile.value, target, options.today, tile.better ?? 'higher') : null;
    return { ...tile, target, targetFrom, status };
  });
}
