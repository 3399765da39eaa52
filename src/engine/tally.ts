/**
 * Turns every accepted input form into one array of counts per score, so raw
 * answers and histograms go through the same formulas and give the same figures.
 */
import { MAX_SCORE, type Histogram, type KpiDocument, type Metric, type Response } from './schemas.js';

/** `counts[s]` is the number of answers with score `s` (0…10). */
export type Counts = Float64Array;

/** A histogram as the engine accepts it: `metric` may be left out in a direct call. */
export type HistogramInput = Omit<Histogram, 'metric'> & { metric?: Metric };

/** Everything a score function accepts. */
export type ScoreInput =
  | readonly number[]
  | readonly Response[]
  | readonly HistogramInput[]
  | HistogramInput
  | KpiDocument;

/** Keep only answers tagged with these values. */
export interface Where {
  channel?: string;
  touchpoint?: string;
  stage?: string;
}

export const GROUP_KEYS = ['channel', 'touchpoint', 'stage'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

function matches(item: Partial<Record<GroupKey, string>>, where: Where | undefined): boolean {
  if (!where) return true;
  for (const key of GROUP_KEYS) {
    const wanted = where[key];
    if (wanted !== undefined && item[key] !== wanted) return false;
  }
  return true;
}

function badScore(field: string, score: unknown): never {
  throw new RangeError(`${field}: a score must be a whole number from 0 to ${MAX_SCORE}, got ${String(score)}`);
}

function addHistogram(counts: Counts, h: HistogramInput, field: string) {
  for (const key in h.counts) {
    const score = Number(key);
    const count = h.counts[key]!;
    if (!Number.isInteger(score) || score < 0 || score > MAX_SCORE) badScore(`${field}.counts`, key);
    if (!(count >= 0)) throw new RangeError(`${field}.counts.${key}: count must be ≥ 0`);
    counts[score]! += count;
  }
}

/**
 * Groups the answers of one metric by a key (or not at all) and counts each score.
 * `keyOf` returns the group of an answer; answers of other metrics are skipped.
 */
export function tallyGroups(
  input: ScoreInput,
  metric: Metric,
  where: Where | undefined,
  keyOf: (item: Partial<Record<GroupKey, string>>) => string,
): Map<string, Counts> {
  const groups = new Map<string, Counts>();
  const countsFor = (key: string) => {
    let counts = groups.get(key);
    if (!counts) groups.set(key, (counts = new Float64Array(MAX_SCORE + 1)));
    return counts;
  };

  if (Array.isArray(input)) {
    if (input.length === 0) return groups;
    if (typeof input[0] === 'number') {
      const scores = input as readonly number[];
      const counts = countsFor(keyOf({}));
      for (let i = 0; i < scores.length; i++) {
        const s = scores[i]!;
        if (!Number.isInteger(s) || s < 0 || s > MAX_SCORE) badScore(`[${i}]`, s);
        counts[s]!++;
      }
      return groups;
    }
    if ('counts' in (input[0] as object)) {
      (input as readonly HistogramInput[]).forEach((h, i) => addHistogramIf(h, i));
      return groups;
    }
    addResponses(input as readonly Response[]);
    return groups;
  }
  const one = input as HistogramInput | KpiDocument;
  if ('counts' in one) {
    addHistogramIf(one, 0);
    return groups;
  }
  addResponses(one.responses ?? []);
  (one.histograms ?? []).forEach((h, i) => addHistogramIf(h, i));
  return groups;

  function addHistogramIf(h: HistogramInput, i: number) {
    if ((h.metric === undefined || h.metric === metric) && matches(h, where)) {
      addHistogram(countsFor(keyOf(h)), h, `histograms[${i}]`);
    }
  }

  function addResponses(responses: readonly Response[]) {
    for (let i = 0; i < responses.length; i++) {
      const r = responses[i]!;
      if (r.metric !== metric || !matches(r, where)) continue;
      const s = r.score;
      if (!Number.isInteger(s) || s < 0 || s > MAX_SCORE) badScore(`responses[${i}].score`, s);
      countsFor(keyOf(r))[s]!++;
    }
  }
}

/**
 * Throws when an answer lies off the `min`…`max` scale the formula assumes
 * (a 0 in a 1–5 CSAT, a 7 given to a 5-point formula): mixing scales would give a wrong figure.
 */
export function assertOnScale(counts: Counts, metric: Metric, min: number, max: number): void {
  for (let s = 0; s <= MAX_SCORE; s++) {
    if (counts[s]! > 0 && (s < min || s > max)) {
      throw new RangeError(`${metric}: found a score of ${s}, off the ${min}–${max} scale`);
    }
  }
}

/** All answers of one metric, optionally filtered, counted per score. */
export function tally(input: ScoreInput, metric: Metric, where?: Where): Counts {
  return tallyGroups(input, metric, where, () => '').get('') ?? new Float64Array(MAX_SCORE + 1);
}

/** Total number of answers in a counts array. */
export function total(counts: Counts, from = 0, to = MAX_SCORE): number {
  let n = 0;
  for (let s = Math.max(0, from); s <= Math.min(MAX_SCORE, to); s++) n += counts[s]!;
  return n;
}
