import { tally, assertOnScale, total, type Counts, type ScoreInput, type Where } from './tally.js';

export interface NpsResult {
  /** Net Promoter Score, −100…100; `null` when there is no answer. */
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  n: number;
  /** Half-width of the 95 % interval, in NPS points; `null` when there is no answer. */
  marginOfError: number | null;
}

export interface NpsOptions {
  where?: Where;
}

/**
 * Net Promoter Score from 0–10 answers.
 *
 * Promoters answer 9–10, passives 7–8, detractors 0–6; `score = 100·(P − D)/n`.
 * The margin of error is the 95 % half-width of that difference of proportions:
 * `1.96 · 100 · sqrt((p + d − (p − d)²) / n)` with `p = P/n`, `d = D/n`.
 */
export function nps(input: ScoreInput, options: NpsOptions = {}): NpsResult {
  return npsFromCounts(tally(input, 'nps', options.where));
}

export function npsFromCounts(counts: Counts): NpsResult {
  assertOnScale(counts, 'nps', 0, 10);
  const detractors = total(counts, 0, 6);
  const passives = total(counts, 7, 8);
  const promoters = total(counts, 9, 10);
  const n = detractors + passives + promoters;
  if (n === 0) return { score: null, promoters, passives, detractors, n, marginOfError: null };
  const p = promoters / n;
  const d = detractors / n;
  return {
    score: 100 * (p - d),
    promoters,
    passives,
    detractors,
    n,
    marginOfError: 1.96 * 100 * Math.sqrt((p + d - (p - d) ** 2) / n),
  };
}
