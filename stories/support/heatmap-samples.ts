/**
 * Deterministic NPS histograms per touchpoint × stage for the heatmap stories: the
 * figures are fixed shares of promoters and detractors per cell, so a story shows a
 * real worst (phone after the sale) and best (chat at purchase) cell, and a few thin cells.
 */
const TOUCHPOINTS = ['web', 'app', 'chat', 'phone', 'store'];
const STAGES = ['discovery', 'purchase', 'delivery', 'after-sale'];

/** [answers, promoters %, detractors %] per touchpoint (rows) and stage (columns). */
const CELLS: Array<Array<[number, number, number]>> = [
  [[220, 40, 25], [310, 52, 18], [140, 45, 22], [90, 30, 34]],
  [[180, 44, 20], [260, 55, 15], [120, 48, 20], [12, 25, 50]],
  [[60, 50, 18], [140, 68, 7], [45, 55, 15], [110, 38, 26]],
  [[40, 30, 35], [95, 35, 30], [22, 20, 45], [84, 26, 38]],
  [[150, 58, 12], [200, 62, 10], [8, 50, 25], [70, 42, 20]],
];

/** Histograms whose NPS is promoters % − detractors % (counts rounded to whole answers). */
export function touchpointStageNps(): { histograms: Array<{ metric: 'nps'; touchpoint: string; stage: string; counts: Record<string, number> }> } {
  const histograms = TOUCHPOINTS.flatMap((touchpoint, i) =>
    STAGES.map((stage, j) => {
      const [n, p, d] = CELLS[i]![j]!;
      const promoters = Math.round((n * p) / 100);
      const detractors = Math.round((n * d) / 100);
      return { metric: 'nps' as const, touchpoint, stage, counts: { 10: promoters, 8: n - promoters - detractors, 3: detractors } };
    }),
  );
  return { histograms };
}

/** NPS by channel and month: histograms with `period`, chat improving month after month. */
export function channelMonthNps() {
  const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
  const channels: Array<[string, number, number, number]> = [
    ['email', 120, 42, 22],
    ['chat', 90, 35, 30],
    ['phone', 70, 33, 31],
    ['store', 25, 55, 15],
  ];
  return {
    histograms: channels.flatMap(([channel, n, p, d]) =>
      months.map((period, m) => {
        const lift = channel === 'chat' ? 5 * m : 0;
        const promoters = Math.round((n * (p + lift)) / 100);
        const detractors = Math.round((n * Math.max(0, d - lift / 2)) / 100);
        return { metric: 'nps' as const, channel, period, counts: { 10: promoters, 7: n - promoters - detractors, 2: detractors } };
      }),
    ),
  };
}
