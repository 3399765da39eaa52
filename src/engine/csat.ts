import { wilsonInterval } from './stats.js';
import { assertOnScale, tally, total, type Counts, type ScoreInput, type Where } from './tally.js';

export interface CsatResult {
  /** Share of satisfied answers, in percent; `null` when there is no answer. */
  score: number | null;
  satisfied: number;
  n: number;
  /** 95 % Wilson interval of the score, in percent; `null` when there is no answer. */
  interval: [number, number] | null;
}

export interface CsatOptions {
  /** Highest point of the scale (answers run 1…scale). Default 5. */
  scale?: number;
  /** Lowest score counted as satisfied. Default: the top two boxes, `scale − 1` (4 on 1–5). */
  satisfiedFrom?: number;
  where?: Where;
}

/**
 * Customer satisfaction: the share of answers at or above `satisfiedFrom`
 * (top-two-box), `score = 100 · satisfied / n`, with its 95 % Wilson interval.
 */
export function csat(input: ScoreInput, options: CsatOptions = {}): CsatResult {
  return csatFromCounts(tally(input, 'csat', options.where), options);
}

export function csatFromCounts(counts: Counts, { scale = 5, satisfiedFrom = scale - 1 }: CsatOptions = {}): CsatResult {
  assertOnScale(counts, 'csat', 1, scale);
  const n = total(counts);
  const satisfied = total(counts, satisfiedFrom, scale);
  if (n === 0) return { score: null, satisfied, n, interval: null };
  const [lo, hi] = wilsonInterval(satisfied, n);
  return { score: (100 * satisfied) / n, satisfied, n, interval: [100 * lo, 100 * hi] };
}
