import { cesFromCounts, type CesOptions, type CesResult } from './ces.js';
import { csatFromCounts, type CsatOptions, type CsatResult } from './csat.js';
import { npsFromCounts, type NpsResult } from './nps.js';
import type { Metric } from './schemas.js';
import { tallyGroups, type GroupKey, type ScoreInput, type Where } from './tally.js';

export interface ResultOf {
  nps: NpsResult;
  csat: CsatResult;
  ces: CesResult;
}

export type GroupOptions = CsatOptions &
  CesOptions & {
    /** Group by channel (default), touchpoint or stage. */
    by?: GroupKey;
    where?: Where;
  };

/** One group's result: `key` is the channel (or touchpoint, stage); `''` for answers without one. */
export type GroupResult<M extends Metric> = ResultOf[M] & { key: string };

/**
 * The metric computed per channel (or per touchpoint / stage with `by`), in the
 * order the groups first appear in the input.
 */
export function byChannel<M extends Metric>(input: ScoreInput, metric: M, options: GroupOptions = {}): GroupResult<M>[] {
  const by = options.by ?? 'channel';
  const groups = tallyGroups(input, metric, options.where, (item) => item[by] ?? '');
  const results: GroupResult<M>[] = [];
  for (const [key, counts] of groups) {
    const result =
      metric === 'nps' ? npsFromCounts(counts) : metric === 'csat' ? csatFromCounts(counts, options) : cesFromCounts(counts, options);
    results.push({ key, ...(result as ResultOf[M]) });
  }
  return results;
}
