/**
 * A score over time: `trend(input, metric, { interval, timeZone, by, where })`
 * counts each period's answers (raw answers by their `at`, bucketed in
 * `timeZone`; histograms by their `period`) and gives each period the metric's
 * own result, so a week's NPS is exactly `nps()` of that week's answers and
 * histograms with `period` give the same figures as the raw answers they count.
 */
import { cesFromCounts, type CesOptions, type CesResult } from './ces.js';
import { csatFromCounts, type CsatOptions, type CsatResult } from './csat.js';
import { npsFromCounts, type NpsResult } from './nps.js';
import { INTERVALS, dayLabel, nextPeriod, parsePeriod, periodLabel, periodOfDay, periodStart, PERIOD_FORMATS, type Interval } from './periods.js';
import { MAX_SCORE, type Histogram, type KpiDocument, type Metric, type Response } from './schemas.js';
import { GROUP_KEYS, total, type Counts, type GroupKey, type Where } from './tally.js';
import { dayInZone, dayOfInstant } from './time-zone.js';

export interface TrendOptions {
  /** The period length; without it, the finest interval that gives at most 60 periods (the histograms' own, if they carry `period`). */
  interval?: Interval;
  /** IANA time zone raw answers are bucketed in (default `UTC`). */
  timeZone?: string;
  /** One series per channel, touchpoint or stage, besides the total. */
  by?: GroupKey;
  where?: Where;
  /** CSAT and CES: the scale (5 / 7), CSAT's `satisfiedFrom`, CES's `higherIsEasier`. */
  scale?: number;
  satisfiedFrom?: number;
  higherIsEasier?: boolean;
}

type ResultOf<M extends Metric> = M extends 'nps' ? NpsResult : M extends 'csat' ? CsatResult : CesResult;

/** One period: its label, its first day (`YYYY-MM-DD`), and the metric's result over its answers (n = 0, figures `null`, when it has none). */
export type TrendRow<M extends Metric = Metric> = { period: string; start: string } & ResultOf<M>;

export interface TrendSeries<M extends Metric = Metric> {
  /** The group's label (a channel's name), or `''` for answers without one. */
  key: string;
  n: number;
  rows: TrendRow<M>[];
}

export interface TrendResult<M extends Metric = Metric> {
  interval: Interval;
  /** Where the interval came from: the `interval` option, the histograms' own periods, or the span of the answers. */
  intervalFrom: 'option' | 'periods' | 'span';
  timeZone: string;
  /** Every answer, period by period, from the first period with an answer to the last, gaps included. */
  rows: TrendRow<M>[];
  /** With `by`: one series per group, largest first, on the same periods. */
  series?: TrendSeries<M>[];
  /** Answers left out because they carry no time (`at`, or a histogram's `period`). */
  undated: number;
}

type Input = KpiDocument | readonly Response[] | readonly Histogram[];

const SCORES = MAX_SCORE + 1;

/** Counts per score for a run of consecutive days, in one flat array that grows either way as days come. */
class DayCounts {
  #first = 0;
  #days = 0;
  #data = new Float64Array(0);

  add(day: number, score: number): void {
    if (day < this.#first || day >= this.#first + this.#days) this.#grow(day);
    this.#data[(day - this.#first) * SCORES + score]!++;
  }

  #grow(day: number): void {
    const first = this.#days === 0 ? day - 32 : Math.min(this.#first, day - 32);
    const end = this.#days === 0 ? day + 32 : Math.max(this.#first + this.#days, day + 32);
    const days = Math.max(end - first, 2 * this.#days);
    const data = new Float64Array(days * SCORES);
    if (this.#days > 0) data.set(this.#data, (this.#first - first) * SCORES);
    [this.#first, this.#days, this.#data] = [first, days, data];
  }

  /** Each day with an answer, and its counts (a view: copy before keeping). */
  *days(): Generator<[number, Counts]> {
    for (let i = 0; i < this.#days; i++) {
      const counts = this.#data.subarray(i * SCORES, (i + 1) * SCORES);
      if (total(counts) > 0) yield [this.#first + i, counts];
    }
  }
}

/** Days an answer was given on, or periods a histogram counts, with its group and counts. */
interface Tally {
  /** Per group, raw answers per day number. */
  byDay: Map<string, DayCounts>;
  /** Per group, histograms per period index. */
  byPeriod: Map<string, Map<number, Counts>>;
  periodInterval: Interval | null;
  undated: number;
}

const matches = (item: Partial<Record<GroupKey, string>>, where: Where | undefined) => !where || GROUP_KEYS.every((k) => where[k] === undefined || item[k] === where[k]);

function countsIn(map: Map<string, Map<number, Counts>>, group: string, at: number): Counts {
  let perGroup = map.get(group);
  if (!perGroup) map.set(group, (perGroup = new Map()));
  let counts = perGroup.get(at);
  if (!counts) perGroup.set(at, (counts = new Float64Array(MAX_SCORE + 1)));
  return counts;
}

function tallyByTime(input: Input, metric: Metric, options: TrendOptions): Tally {
  const { by, where, timeZone = 'UTC' } = options;
  const dayOf = dayInZone(timeZone);
  const t: Tally = { byDay: new Map(), byPeriod: new Map(), periodInterval: null, undated: 0 };
  const doc = Array.isArray(input) ? null : (input as KpiDocument);
  const list = (doc ? [] : input) as readonly (Response | Histogram)[];
  const responses = doc ? (doc.responses ?? []) : list.length > 0 && !('counts' in list[0]!) ? (list as readonly Response[]) : [];
  const histograms = doc ? (doc.histograms ?? []) : list.length > 0 && 'counts' in list[0]! ? (list as readonly Histogram[]) : [];

  // The hot loop: a million answers. The last answer's day and group counts are reused, as
  // exports usually come sorted by time.
  let lastAt = '';
  let lastDay = 0;
  let lastGroup: string | undefined;
  let days: DayCounts | undefined;
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i]!;
    if (r.metric !== metric || !matches(r, where)) continue;
    const s = r.score;
    if (!Number.isInteger(s) || s < 0 || s > MAX_SCORE) throw new RangeError(`responses[${i}].score: a score must be a whole number from 0 to ${MAX_SCORE}, got ${String(s)}`);
    const at = r.at;
    if (at === undefined) {
      t.undated++;
      continue;
    }
    if (at !== lastAt) {
      lastDay = dayOfInstant(at, dayOf);
      if (lastDay !== lastDay) throw new RangeError(`responses[${i}].at: "${at}" is not an ISO 8601 instant (2026-05-01T10:00:00Z, or with an offset such as +02:00) nor a date (2026-05-01)`);
      lastAt = at;
    }
    const group = by ? (r[by] ?? '') : '';
    if (group !== lastGroup || !days) {
      days = t.byDay.get(group);
      if (!days) t.byDay.set(group, (days = new DayCounts()));
      lastGroup = group;
    }
    days.add(lastDay, s);
  }

  histograms.forEach((h, i) => {
    if (h.metric !== metric || !matches(h, where)) return;
    const field = `histograms[${i}]`;
    if (h.period === undefined) {
      for (const key in h.counts) t.undated += h.counts[key]!;
      return;
    }
    const period = parsePeriod(h.period);
    if (!period) throw new RangeError(`${field}.period: "${h.period}" is not a period (${PERIOD_FORMATS})`);
    const wanted = options.interval ?? t.periodInterval ?? period.interval;
    if (period.interval !== wanted) throw new RangeError(`${field}.period: "${h.period}" is a ${period.interval}, not a ${wanted} like the others`);
    t.periodInterval = period.interval;
    const counts = countsIn(t.byPeriod, by ? (h[by] ?? '') : '', period.index);
    for (const key in h.counts) {
      const score = Number(key);
      if (!Number.isInteger(score) || score < 0 || score > MAX_SCORE) throw new RangeError(`${field}.counts: a score must be a whole number from 0 to ${MAX_SCORE}, got ${key}`);
      counts[score]! += h.counts[key]!;
    }
  });
  return t;
}

/** The finest interval with at most 60 periods over `first`…`last` (day numbers). */
function intervalFor(first: number, last: number): Interval {
  for (const interval of INTERVALS) {
    const count = (periodOfDay(interval, last) - periodOfDay(interval, first)) / (interval === 'week' ? 7 : 1) + 1;
    if (count <= 60) return interval;
  }
  return 'quarter';
}

/**
 * Each period's result, from the first period with an answer to the last, the
 * periods without one kept (n = 0, figures `null`) so a line shows its gaps.
 * Raw answers without `at` (and histograms without `period`) are left out and
 * counted in `undated`. Throws a RangeError naming the field for a bad `at`, a
 * bad `period`, histograms of another interval, or an unknown `timeZone`.
 */
export function trend<M extends Metric>(input: Input, metric: M, options: TrendOptions = {}): TrendResult<M> {
  if (options.interval !== undefined && !(INTERVALS as readonly string[]).includes(options.interval)) {
    throw new RangeError(`interval: "${options.interval}" is not one of ${INTERVALS.join(', ')}`);
  }
  const timeZone = options.timeZone ?? 'UTC';
  const t = tallyByTime(input, metric, options);
  let first = Infinity;
  let last = -Infinity;
  for (const perGroup of t.byDay.values()) for (const [day] of perGroup.days()) (first = Math.min(first, day)), (last = Math.max(last, day));
  const interval = options.interval ?? t.periodInterval ?? (first <= last ? intervalFor(first, last) : 'week');

  // Raw answers' days into periods, added to the histograms' periods.
  const groups = new Map<string, Map<number, Counts>>(t.byPeriod);
  for (const [group, perDay] of t.byDay) {
    for (const [day, dayCounts] of perDay.days()) {
      const counts = countsIn(groups, group, periodOfDay(interval, day));
      for (let s = 0; s <= MAX_SCORE; s++) counts[s]! += dayCounts[s]!;
    }
  }
  let from = Infinity;
  let to = -Infinity;
  for (const perGroup of groups.values()) for (const p of perGroup.keys()) (from = Math.min(from, p)), (to = Math.max(to, p));

  const resultOf = (counts: Counts) => resultFor(metric, counts, options) as ResultOf<M>;
  const rowsOf = (perPeriod: Map<number, Counts> | undefined): TrendRow<M>[] => {
    const rows: TrendRow<M>[] = [];
    for (let p = from; p <= to; p = nextPeriod(interval, p)) {
      const counts = perPeriod?.get(p) ?? new Float64Array(MAX_SCORE + 1);
      rows.push({ period: periodLabel(interval, p), start: dayLabel(periodStart(interval, p)), ...resultOf(counts) });
    }
    return rows;
  };
  const all = new Map<number, Counts>();
  for (const perGroup of groups.values()) {
    for (const [p, counts] of perGroup) {
      let sum = all.get(p);
      if (!sum) all.set(p, (sum = new Float64Array(MAX_SCORE + 1)));
      for (let s = 0; s <= MAX_SCORE; s++) sum[s]! += counts[s]!;
    }
  }
  const intervalFrom = options.interval ? 'option' : t.periodInterval ? 'periods' : 'span';
  const result: TrendResult<M> = { interval, intervalFrom, timeZone, rows: rowsOf(all), undated: t.undated };
  if (options.by) {
    result.series = [...groups]
      .map(([key, perPeriod]) => ({ key, n: [...perPeriod.values()].reduce((n, c) => n + total(c), 0), rows: rowsOf(perPeriod) }))
      .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
  }
  return result;
}

function resultFor(metric: Metric, counts: Counts, options: CsatOptions & CesOptions): NpsResult | CsatResult | CesResult {
  if (metric === 'nps') return npsFromCounts(counts);
  if (metric === 'csat') return csatFromCounts(counts, { scale: options.scale, satisfiedFrom: options.satisfiedFrom });
  return cesFromCounts(counts, { scale: options.scale, higherIsEasier: options.higherIsEasier });
}
