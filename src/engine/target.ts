/**
 * Where a score stands against its target, given its 95 % interval.
 *
 * - `met`: the whole interval is on the good side of the target (higher is
 *   better: the low end ≥ target; lower is better: the high end ≤ target).
 * - `below`: the whole interval is on the bad side (higher is better: the
 *   high end < target; lower is better: the low end > target).
 * - `within-margin`: otherwise — the interval contains the target, so the
 *   data cannot tell whether the target is met.
 *
 * Without an interval (`low` or `high` is `null`, e.g. a single CES answer)
 * the point estimate decides: `met` on the good side (or on the target), `below`
 * otherwise.
 */
export type TargetStatus = 'met' | 'within-margin' | 'below';

export function targetStatus(value: number, low: number | null, high: number | null, target: number, higherIsBetter = true): TargetStatus {
  if (low === null || high === null) {
    return (higherIsBetter ? value >= target : value <= target) ? 'met' : 'below';
  }
  if (higherIsBetter) {
    if (low >= target) return 'met';
    if (high < target) return 'below';
  } else {
    if (high <= target) return 'met';
    if (low > target) return 'below';
  }
  return 'within-margin';
}
