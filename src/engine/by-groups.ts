/**
 * A score over two dimensions, for a heatmap: `byGroups(input, metric, { rows, columns })`
 * gives one cell per (row, column) pair with the metric's own result over that
 * cell's answers, so a cell's NPS is exactly `nps()` of its answers, and
 * histograms tagged per cell give the same cells as the raw answers they count.
 * `period` as a dimension is the trend's bucketing (trend.ts: `interval`, `timeZone`).
 */
import { cesFromCounts, type CesOptions, type CesResult } from './ces.js';
import { csatFromCounts, type CsatOptions, type CsatResult } from './csat.js';
import { npsFromCounts, type NpsResult } from './nps.js';
import type { Interval } from './periods.js';
import { MAX_SCORE, type Metric } from './schemas.js';
import { tallyGroups, type Counts, type GroupKey, type ScoreInput, type Where } from './tally.js';
import { trend, type TrendOptions } from './trend.js';

export const DIMENSIONS = ['channel', 'touchpoint', 'stage', 'period'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

type ResultOf<M extends Metric> = M extends 'nps' ? NpsResult : M extends 'csat' ? CsatResult : CesResult;

export interface ByGroupsOptions {
  rows: Dimension;
  columns: Dimension;
  /** With `period`: the period length (default: as `trend()` chooses, at most 60 periods). */
  interval?: Interval;
  /** With `period`: the IANA time zone raw answers are bucketed in (default `UTC`). */
  timeZone?: string;
  where?: Where;
  /** CSAT and CES: the scale, CSAT's `satisfiedFrom`, CES's `higherIsEasier`. */
  scale?: number;
  satisfiedFrom?: number;
  higherIsEasier?: boolean;
}

/** One cell: its row and column keys (`''` for answers without one) and the metric's result (n = 0, figures `null`, when it has no answer). */
export type HeatmapCell<M extends Metric = Metric> = { row: string; column: string } & ResultOf<M>;

export interface ByGroupsResult<M extends Metric = Metric> {
  rows: string[];
  columns: string[];
  /** Row-major: `cells[i * columns.length + j]` is row `i`, column `j`; every pair is there. */
  cells: HeatmapCell<M>[];
  /** With `period`: the interval used. */
  interval?: Interval;
  /** With `period`: answers left out for want of a time (`at`, or a histogram's `period`). */
  undated: number;
}

const SEP = '\u0000';

function resultFor(metric: Metric, counts: Counts, options: CsatOptions & CesOptions): NpsResult | CsatResult | CesResult {
  if (metric === 'nps') return npsFromCounts(counts);
  if (metric === 'csat') return csatFromCounts(counts, { scale: options.scale, satisfiedFrom: options.satisfiedFrom });
  return cesFromCounts(counts, { scale: options.scale, higherIsEasier: options.higherIsEasier });
}

function assertDimension(name: 'rows' | 'columns', value: unknown): asserts value is Dimension {
  if (!(DIMENSIONS as readonly unknown[]).includes(value)) throw new RangeError(`${name}: "${String(value)}" is not one of ${DIMENSIONS.join(', ')}`);
}

/**
 * The metric per (row, column) cell. Keys come in the order they first appear in
 * the input; periods in time order, from the first with an answer to the last, gaps
 * included. Every pair of keys has a cell (n = 0 when no answer has both). Throws a
 * RangeError naming `rows` or `columns` for an unknown dimension or the same one
 * twice, and as `trend()` does for a bad `at`, `period`, `interval` or `timeZone`.
 */
export function byGroups<M extends Metric>(input: ScoreInput, metric: M, options: ByGroupsOptions): ByGroupsResult<M> {
  const { rows: rowDim, columns: columnDim, where } = options;
  assertDimension('rows', rowDim);
  assertDimension('columns', columnDim);
  if (rowDim === columnDim) throw new RangeError(`columns: "${columnDim}" is the rows' dimension too; two different ones are needed`);
  const empty = () => resultFor(metric, new Float64Array(MAX_SCORE + 1), options) as ResultOf<M>;

  if (rowDim === 'period' || columnDim === 'period') {
    const other = (rowDim === 'period' ? columnDim : rowDim) as GroupKey;
    const trendOptions: TrendOptions = { ...options, by: other };
    const result = trend(input as Parameters<typeof trend>[0], metric, trendOptions);
    // The other dimension's keys in the order they first appear, as without `period`.
    const order = [...tallyGroups(input, metric, where, (item) => item[other] ?? '').keys()];
    const series = new Map((result.series ?? []).map((s) => [s.key, s.rows]));
    const keys = order.filter((k) => series.has(k));
    const periods = result.rows.map((r) => r.period);
    const cells: HeatmapCell<M>[] = [];
    const cellOf = (key: string, p: number): HeatmapCell<M> => {
      const { period: _period, start: _start, ...figures } = series.get(key)![p]!;
      return { ...(figures as unknown as ResultOf<M>), row: rowDim === 'period' ? periods[p]! : key, column: rowDim === 'period' ? key : periods[p]! };
    };
    if (rowDim === 'period') periods.forEach((_, p) => keys.forEach((key) => cells.push(cellOf(key, p))));
    else keys.forEach((key) => periods.forEach((_, p) => cells.push(cellOf(key, p))));
    return rowDim === 'period'
      ? { rows: periods, columns: keys, cells, interval: result.interval, undated: result.undated }
      : { rows: keys, columns: periods, cells, interval: result.interval, undated: result.undated };
  }

  const groups = tallyGroups(input, metric, where, (item) => `${item[rowDim] ?? ''}${SEP}${item[columnDim] ?? ''}`);
  const rows: string[] = [];
  const columns: string[] = [];
  const seenRows = new Set<string>();
  const seenColumns = new Set<string>();
  for (const key of groups.keys()) {
    const [row, column] = key.split(SEP) as [string, string];
    if (!seenRows.has(row)) seenRows.add(row), rows.push(row);
    if (!seenColumns.has(column)) seenColumns.add(column), columns.push(column);
  }
  const cells: HeatmapCell<M>[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const counts = groups.get(`${row}${SEP}${column}`);
      cells.push({ ...(counts ? (resultFor(metric, counts, options) as ResultOf<M>) : empty()), row, column });
    }
  }
  return { rows, columns, cells, undated: 0 };
}
