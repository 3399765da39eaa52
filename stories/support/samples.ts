/**
 * Small, deterministic sample documents for the stories: score histograms
 * built from a count and a share, so a story states the figure it shows
 * ("chat 90 %") instead of a list of counts.
 */

/** Where a group of answers was given. */
export interface Labels {
  channel?: string;
  touchpoint?: string;
  stage?: string;
}

/** Splits `total` into whole parts in proportion to `weights`, largest remainders first, so the parts add up to `total`. */
function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) parts[order[k]![1]]! += 1;
  return parts;
}

/** Drops the scores nobody gave, as a warehouse `GROUP BY` would. */
function counts(entries: Array<[number, number]>): Record<string, number> {
  return Object.fromEntries(entries.filter(([, c]) => c > 0).map(([score, c]) => [String(score), c]));
}

/**
 * A CSAT histogram (1–5) of `n` answers of which `satisfied` are 4 or 5
 * (top two boxes: CSAT = 100 · satisfied / n), the rest spread over 1–3.
 */
export function csatHistogram(labels: Labels, n: number, satisfied: number) {
  const [five, four] = split(satisfied, [55, 45]);
  const [three, two, one] = split(n - satisfied, [50, 30, 20]);
  return { metric: 'csat' as const, ...labels, counts: counts([[5, five!], [4, four!], [3, three!], [2, two!], [1, one!]]) };
}

/**
 * A CES histogram on 1–`scale` whose answers lean towards `around` (the mode),
 * spread over its neighbours: 40 % on it, 20 % one step away on each side, 10 % two steps away.
 */
export function cesHistogram(labels: Labels, n: number, around: number, scale = 7) {
  const offsets = [-2, -1, 0, 1, 2];
  const parts = split(n, [10, 20, 40, 20, 10]);
  const byScore = new Map<number, number>();
  offsets.forEach((d, i) => {
    const score = Math.min(scale, Math.max(1, around + d));
    byScore.set(score, (byScore.get(score) ?? 0) + parts[i]!);
  });
  const entries = counts([...byScore].sort((a, b) => a[0] - b[0]));
  return { metric: 'ces' as const, ...labels, ...(scale === 7 ? {} : { min: 1, max: scale }), counts: entries };
}

/**
 * The seeds' example broken down by touchpoint and journey stage: per channel,
 * 200 answers that add up to email 75 %, chat 90 %, phone 60 %, store 85 %
 * CSAT, plus 12 answers from social (under the default `min-n` of 30).
 *
 * | channel | touchpoint | stage | n | satisfied |
 * | --- | --- | --- | ---: | ---: |
 * | email | newsletter | awareness | 120 | 96 (80 %) |
 * | email | order-confirmation | purchase | 80 | 54 (67.5 %) |
 * | chat | after-chat | support | 140 | 130 |
 * | chat | checkout-help | purchase | 60 | 50 |
 * | phone | call-back | support | 150 | 84 (56 %) |
 * | phone | order-by-phone | purchase | 50 | 36 (72 %) |
 * | store | in-store | purchase | 160 | 140 (87.5 %) |
 * | store | returns-desk | support | 40 | 30 (75 %) |
 * | social | social-dm | support | 12 | 9 |
 *
 * By stage: awareness 80 %, purchase 80 %, support 253 / 342 = 74 %.
 */
export const csatJourney = {
  histograms: [
    csatHistogram({ channel: 'email', touchpoint: 'newsletter', stage: 'awareness' }, 120, 96),
    csatHistogram({ channel: 'email', touchpoint: 'order-confirmation', stage: 'purchase' }, 80, 54),
    csatHistogram({ channel: 'chat', touchpoint: 'after-chat', stage: 'support' }, 140, 130),
    csatHistogram({ channel: 'chat', touchpoint: 'checkout-help', stage: 'purchase' }, 60, 50),
    csatHistogram({ channel: 'phone', touchpoint: 'call-back', stage: 'support' }, 150, 84),
    csatHistogram({ channel: 'phone', touchpoint: 'order-by-phone', stage: 'purchase' }, 50, 36),
    csatHistogram({ channel: 'store', touchpoint: 'in-store', stage: 'purchase' }, 160, 140),
    csatHistogram({ channel: 'store', touchpoint: 'returns-desk', stage: 'support' }, 40, 30),
    csatHistogram({ channel: 'social', touchpoint: 'social-dm', stage: 'support' }, 12, 9),
  ],
};

/**
 * CES where a low score means easy (1 = very easy … 7 = very hard, the seeds'
 * "target ≤ 3" convention): chat and email easy, phone hard.
 */
export const cesLowerIsEasier = {
  histograms: [
    cesHistogram({ channel: 'chat' }, 160, 2),
    cesHistogram({ channel: 'email' }, 120, 3),
    cesHistogram({ channel: 'store' }, 70, 3),
    cesHistogram({ channel: 'app' }, 110, 4),
    cesHistogram({ channel: 'phone' }, 90, 5),
  ],
};
