import { tQuantile975 } from './t-quantile.js';
import { assertOnScale, tally, total, type Counts, type ScoreInput, type Where } from './tally.js';

export interface CesResult {
  /** Mean answer on the 1…scale range; `null` when there is no answer. */
  mean: number | null;
  n: number;
  /** Fraction (0–1) of answers on the easy side of the midpoint; `null` when there is no answer. */
  easyShare: number | null;
  /** Sample standard deviation; `null` below two answers. */
  sd: number | null;
  /** 95 % t-interval of the mean, `mean ± t(0.975, n − 1) · sd / √n`; `null` below two answers. */
  interval: [number, number] | null;
}

export interface CesOptions {
  /** Highest point of the scale (answers run 1…scale): 7 (default) or 5. */
  scale?: number;
  /**
   * Whether a high score means "easy". The seeds disagree (7 = very easy in one,
   * 1 = easy with a target ≤ 3 in another), so it is stated rather than assumed. Default true.
   */
  higherIsEasier?: boolean;
  where?: Where;
}

/**
 * Customer Effort Score: the mean answer with its 95 % t-interval, and the share
 * of "easy" answers, those strictly past the scale's midpoint on the easy side
 * (5–7 on 1–7 when higher is easier).
 */
export function ces(input: ScoreInput, options: CesOptions = {}): CesResult {
  return cesFromCounts(tally(input, 'ces', options.where), options);
}

export function cesFromCounts(counts: Counts, { scale = 7, higherIsEasier = true }: CesOptions = {}): CesResult {
  assertOnScale(counts, 'ces', 1, scale);
  const n = total(counts);
  if (n === 0) return { mean: null, n, easyShare: null, sd: null, interval: null };
  let sum = 0;
  for (let s = 1; s <= scale; s++) sum += s * counts[s]!;
  const mean = sum / n;
  const midpoint = (1 + scale) / 2;
  const easy = higherIsEasier ? total(counts, Math.floor(midpoint) + 1, scale) : total(counts, 1, Math.ceil(midpoint) - 1);
  if (n < 2) return { mean, n, easyShare: easy / n, sd: null, interval: null };
  let squares = 0;
  for (let s = 1; s <= scale; s++) squares += counts[s]! * (s - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  const half = (tQuantile975(n - 1) * sd) / Math.sqrt(n);
  return { mean, n, easyShare: easy / n, sd, interval: [mean - half, mean + half] };
}
