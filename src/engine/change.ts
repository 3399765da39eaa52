import type { ResultOf } from './by-channel.js';
import type { CesResult } from './ces.js';
import type { CsatResult } from './csat.js';
import { fieldError, nonNegative } from './errors.js';
import type { NpsResult } from './nps.js';
import type { Metric } from './schemas.js';
import { Z95 } from './stats.js';
import { tQuantile975 } from './t-quantile.js';

/**
 * A change between two periods, current − previous, in the metric's unit (NPS
 * points, CSAT percentage points, CES scale points), with its 95 % interval.
 * All four are `null` when either side has fewer than two answers.
 */
export interface ChangeResult {
  delta: number | null;
  low: number | null;
  high: number | null;
  /** Whether the interval excludes 0 (`low > 0` or `high < 0`). */
  significant: boolean | null;
}

const NONE: ChangeResult = { delta: null, low: null, high: null, significant: null };

function interval(delta: number, half: number): ChangeResult {
  const low = delta - half;
  const high = delta + half;
  return { delta, low, high, significant: low > 0 || high < 0 };
}

/**
 * Whether a change between two periods is real: the difference current −
 * previous of two independent samples, with its 95 % interval. The interval is
 * the range of true changes the two samples are compatible with (in repeated
 * sampling it covers the true change 95 % of the time); `significant` when it
 * excludes 0, a two-sided test at the 5 % level. `null` figures (never NaN)
 * when either side has n < 2 or no figure.
 *
 * - NPS: `delta = s₂ − s₁`, `se = √(v₁ + v₂)`, `vᵢ = 100² (pᵢ + dᵢ − (pᵢ − dᵢ)²) / nᵢ`
 *   (the variance of a difference of two proportions of one sample, `pᵢ`
 *   promoters and `dᵢ` detractors over `nᵢ`), interval `delta ± 1.96 se`.
 * - CSAT: `qᵢ = satisfiedᵢ / nᵢ`, `delta = 100 (q₂ − q₁)`,
 *   `se = 100 √(q₁(1 − q₁)/n₁ + q₂(1 − q₂)/n₂)`, interval `delta ± 1.96 se`
 *   (see {@link proportionChange}).
 * - CES: Welch's interval for a difference of means, `delta = m₂ − m₁`,
 *   `se = √(a + b)` with `a = s₁²/n₁`, `b = s₂²/n₂` (sample SDs), interval
 *   `delta ± t(0.975, ν) se` with the Welch–Satterthwaite degrees of freedom
 *   `ν = (a + b)² / (a²/(n₁ − 1) + b²/(n₂ − 1))`, not rounded. When both SDs
 *   are 0 the interval is [delta, delta], significant iff delta ≠ 0.
 *
 * With `se = 0` (every answer alike on both sides) the NPS and CSAT intervals
 * are [delta, delta] too: the normal approximation claims certainty there, so
 * read small samples with care.
 */
export function change<M extends Metric>(metric: M, previous: ResultOf[M], current: ResultOf[M]): ChangeResult {
  if (previous.n < 2 || current.n < 2) return NONE;
  if (metric === 'nps') return npsChange(previous as NpsResult, current as NpsResult);
  if (metric === 'csat') return csatChange(previous as CsatResult, current as CsatResult);
  return cesChange(previous as CesResult, current as CesResult);
}

function npsChange(a: NpsResult, b: NpsResult): ChangeResult {
  if (a.score === null || b.score === null) return NONE;
  return interval(b.score - a.score, Z95 * Math.sqrt(npsVariance(a) + npsVariance(b)));
}

/** `vᵢ = 100² (p + d − (p − d)²) / n`, the variance of one period's NPS. */
function npsVariance({ promoters, detractors, n }: NpsResult): number {
  const p = promoters / n;
  const d = detractors / n;
  return (1e4 * (p + d - (p - d) ** 2)) / n;
}

function csatChange(a: CsatResult, b: CsatResult): ChangeResult {
  if (a.score === null || b.score === null) return NONE;
  return proportionChange(a.satisfied, a.n, b.satisfied, b.n);
}

function cesChange(a: CesResult, b: CesResult): ChangeResult {
  if (a.mean === null || b.mean === null || a.sd === null || b.sd === null) return NONE;
  const delta = b.mean - a.mean;
  const va = a.sd ** 2 / a.n;
  const vb = b.sd ** 2 / b.n;
  if (va + vb === 0) return interval(delta, 0);
  const nu = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  // ν ≥ min(n₁ − 1, n₂ − 1) ≥ 1 in exact arithmetic; the max guards a last-bit rounding below 1.
  return interval(delta, tQuantile975(Math.max(1, nu)) * Math.sqrt(va + vb));
}

/**
 * The change of a proportion between two periods, in percentage points: `k1`
 * of `n1` before, `k2` of `n2` now (CSAT's satisfied answers, and the
 * proportion KPIs of `metrics` rows: first-contact resolution, conversion…).
 * `qᵢ = kᵢ / nᵢ`, `delta = 100 (q₂ − q₁)`,
 * `se = 100 √(q₁(1 − q₁)/n₁ + q₂(1 − q₂)/n₂)`, interval `delta ± 1.96 se`
 * (the unpooled Wald interval of a difference of proportions); `significant`
 * when it excludes 0. All `null` when n1 or n2 is below 2.
 */
export function proportionChange(k1: number, n1: number, k2: number, n2: number): ChangeResult {
  for (const [k, n, i] of [[k1, n1, 1], [k2, n2, 2]]) {
    nonNegative(`k${i}`, k);
    nonNegative(`n${i}`, n);
    if (k! > n!) throw fieldError(`k${i}`, `cannot exceed n${i} (${n}), got ${k}`);
  }
  if (n1 < 2 || n2 < 2) return NONE;
  const q1 = k1 / n1;
  const q2 = k2 / n2;
  return interval(100 * (q2 - q1), Z95 * 100 * Math.sqrt((q1 * (1 - q1)) / n1 + (q2 * (1 - q2)) / n2));
}
