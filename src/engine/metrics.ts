/**
 * Figures of the `metrics` KPIs over rows (DESIGN.md §3, §4): the rows that
 * match a filter add up, then the KPI's formula (metric-kpis.ts) gives the value.
 */
import { proportionChange, type ChangeResult } from './change.js';
import { fieldError } from './errors.js';
import { METRIC_KPIS, type MetricKpi, type MetricUnit } from './metric-kpis.js';
import type { MetricRow } from './metric-schemas.js';
import { nextPeriod, parsePeriod, periodLabel, periodStart, dayLabel, type Interval } from './periods.js';
import type { Where } from './tally.js';

export interface MetricFigure {
  value: number | null;
  /** The count the value rests on (contacts, visitors…); `null` for amounts only (revenue, ROI, CLTV). */
  n: number | null;
  unit: MetricUnit;
}

export interface MetricFigureOptions {
  where?: Where;
  /** Only the rows of this period (`2026-05`); without it, every row. */
  period?: string;
}

const matches = (row: MetricRow, where: Where | undefined) =>
  !where || ((where.channel === undefined || row.channel === where.channel) && (where.touchpoint === undefined || row.touchpoint === where.touchpoint) && (where.stage === undefined || row.stage === where.stage));

/** The counts of one row, with retention's and churn's other count filled in from `atStart`. */
function countsOf(row: MetricRow): Record<string, number> {
  const out = row as unknown as Record<string, number>;
  if (row.kpi !== 'retention' && row.kpi !== 'churn') return out;
  const atStart = out.atStart!;
  return { ...out, retained: out.retained ?? atStart - out.lost!, lost: out.lost ?? atStart - out.retained! };
}

/** Sums of the KPI's counts over `rows` (already of that KPI), and how many rows there were. */
function sum(kpi: MetricKpi, rows: readonly MetricRow[]): { sums: Record<string, number>; rows: number } {
  const def = METRIC_KPIS[kpi];
  const fields = kpi === 'retention' || kpi === 'churn' ? ['atStart', 'retained', 'lost'] : [...def.counts, ...def.amounts];
  const sums: Record<string, number> = Object.fromEntries(fields.map((f) => [f, 0]));
  for (const row of rows) {
    const counts = countsOf(row);
    for (const f of fields) sums[f]! += counts[f]!;
  }
  return { sums, rows: rows.length };
}

/** The figure of summed counts; CLTV, whose inputs are averages, is the mean of its rows' values. */
function figureOf(kpi: MetricKpi, rows: readonly MetricRow[]): MetricFigure {
  const def = METRIC_KPIS[kpi];
  if (rows.length === 0) return { value: null, n: def.counts.length ? 0 : null, unit: def.unit };
  if (kpi === 'cltv') {
    const values = rows.map((r) => def.figure(r as unknown as Record<string, number>).value!);
    return { value: values.reduce((a, b) => a + b, 0) / values.length, n: null, unit: def.unit };
  }
  const { value, n } = def.figure(sum(kpi, rows).sums);
  return { value, n, unit: def.unit };
}

/**
 * One KPI over the `metrics` rows of that `kpi` that match `where` (and `period`):
 * their counts add up, then the KPI's formula applies (fcr: 100 · Σ resolvedFirst / Σ contacts).
 * `value` is `null` over no row or a zero denominator.
 */
export function metricFigure(rows: readonly MetricRow[], kpi: MetricKpi, { where, period }: MetricFigureOptions = {}): MetricFigure {
  if (!Object.hasOwn(METRIC_KPIS, kpi)) throw fieldError('kpi', `unknown KPI ${JSON.stringify(kpi)}`);
  return figureOf(kpi, rows.filter((r) => r.kpi === kpi && matches(r, where) && (period === undefined || r.period === period)));
}

export interface MetricPeriod extends MetricFigure {
  period: string;
  /** The period's first day, `YYYY-MM-DD`. */
  start: string;
  /** The summed counts (for {@link metricChange}). */
  sums: Record<string, number>;
}

export interface MetricSeries {
  /** The rows' interval; `null` when no matching row has a period. */
  interval: Interval | null;
  /** One entry per period from the first to the last, in order; a period with no row has `value: null`. */
  periods: MetricPeriod[];
  /** Matching rows without `period`: left out of the series. */
  undated: number;
}

/**
 * The KPI per period, for a sparkline and the change against the previous period.
 * Every matching row with a `period` must have the same interval (a month beside a
 * week is an error naming `metrics[i].period`, `i` the row's place in `rows`).
 */
export function metricSeries(rows: readonly MetricRow[], kpi: MetricKpi, { where }: { where?: Where } = {}): MetricSeries {
  const byIndex = new Map<number, MetricRow[]>();
  let interval: Interval | null = null;
  let undated = 0;
  rows.forEach((row, i) => {
    if (row.kpi !== kpi || !matches(row, where)) return;
    if (row.period === undefined) return void undated++;
    const p = parsePeriod(row.period);
    if (!p) throw fieldError(`metrics[${i}].period`, `must be a period, got ${JSON.stringify(row.period)}`);
    if (interval !== null && p.interval !== interval) throw fieldError(`metrics[${i}].period`, `a ${p.interval} among ${interval}s: one interval per KPI`);
    interval = p.interval;
    const list = byIndex.get(p.index);
    if (list) list.push(row);
    else byIndex.set(p.index, [row]);
  });
  const periods: MetricPeriod[] = [];
  if (interval !== null) {
    const indexes = [...byIndex.keys()];
    const last = Math.max(...indexes);
    for (let index = Math.min(...indexes); index <= last; index = nextPeriod(interval, index)) {
      const list = byIndex.get(index) ?? [];
      periods.push({ period: periodLabel(interval, index), start: dayLabel(periodStart(interval, index)), ...figureOf(kpi, list), sums: sum(kpi, list).sums });
    }
  }
  return { interval, periods, undated };
}

const NO_CHANGE: ChangeResult = { delta: null, low: null, high: null, significant: null };

/**
 * The change of a KPI from one period to the next, current − previous, in its unit
 * (percentage points for rates). Rates that are binomial proportions (FCR, transfer,
 * conversion…) get the CSAT form's 95 % interval, `100 (q₂ − q₁) ± 1.96 · 100 √(q₁(1 − q₁)/n₁ + q₂(1 − q₂)/n₂)`
 * (DESIGN.md §4); other KPIs (a mean time without its spread, amounts, engagement) the
 * difference alone, `significant: null`.
 */
export function metricChange(kpi: MetricKpi, previous: MetricPeriod, current: MetricPeriod): ChangeResult {
  if (previous.value === null || current.value === null) return NO_CHANGE;
  const def = METRIC_KPIS[kpi] as (typeof METRIC_KPIS)[MetricKpi];
  if ('share' in def && def.share) {
    const [k1, n1] = def.share(previous.sums);
    const [k2, n2] = def.share(current.sums);
    if (n1 >= 2 && n2 >= 2) return proportionChange(k1, n1, k2, n2);
  }
  return { delta: current.value - previous.value, low: null, high: null, significant: null };
}
