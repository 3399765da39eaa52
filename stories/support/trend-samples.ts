/**
 * Deterministic answers over time for the trend stories: NPS answers every day of
 * the first half of 2026 on five channels, chat improving from April (a new
 * chatbot), the others flat, so the stories show a real change on one line.
 */
import { mulberry32 } from '../../demo/random.mjs';

const CHANNELS: Array<[channel: string, perDay: number, promoters: number, detractors: number]> = [
  ['email', 12, 0.42, 0.22],
  ['chat', 10, 0.4, 0.28],
  ['phone', 8, 0.35, 0.3],
  ['store', 6, 0.55, 0.15],
  ['app', 4, 0.45, 0.2],
];

/** One NPS answer: a score drawn from the promoter / detractor shares. */
function score(random: () => number, promoters: number, detractors: number): number {
  const u = random();
  if (u < detractors) return Math.floor(random() * 7);
  if (u < detractors + promoters) return 9 + Math.floor(random() * 2);
  return 7 + Math.floor(random() * 2);
}

/** Answers from `from` for `days` days (UTC), at a random minute of each day. */
export function npsOverTime(days = 181, from = '2026-01-01', channels = CHANNELS) {
  const random = mulberry32(2026);
  const start = Date.parse(`${from}T00:00:00Z`);
  const responses: Array<{ metric: 'nps'; score: number; channel: string; at: string }> = [];
  for (let d = 0; d < days; d++) {
    for (const [channel, perDay, promoters, detractors] of channels) {
      // Chat's promoters climb from day 90 (1 April) to +25 points by the end.
      const lift = channel === 'chat' ? Math.max(0, Math.min(0.25, (d - 90) / 240)) : 0;
      for (let i = 0; i < perDay; i++) {
        const at = new Date(start + d * 86_400_000 + Math.floor(random() * 86_400_000)).toISOString();
        responses.push({ metric: 'nps', score: score(random, promoters + lift, detractors - lift / 2), channel, at });
      }
    }
  }
  return { responses };
}

/** The same shape with eleven channels: more lines than the palette. */
export function manyChannels() {
  const names = ['email', 'chat', 'phone', 'store', 'app', 'social', 'search', 'display', 'direct', 'affiliate', 'kiosk'];
  return npsOverTime(120, '2026-01-05', names.map((name, i) => [name, 1 + (i % 4), 0.4 + (i % 3) * 0.05, 0.25 - (i % 3) * 0.04]));
}

/** Monthly CSAT histograms for a warehouse export (`period` labels), with an empty March. */
export const csatMonths = {
  histograms: [
    { metric: 'csat', period: '2026-01', counts: { '5': 120, '4': 90, '3': 30, '2': 20, '1': 10 } },
    { metric: 'csat', period: '2026-02', counts: { '5': 130, '4': 95, '3': 25, '2': 15, '1': 10 } },
    { metric: 'csat', period: '2026-04', counts: { '5': 150, '4': 100, '3': 20, '2': 10, '1': 5 } },
    { metric: 'csat', period: '2026-05', counts: { '5': 160, '4': 95, '3': 20, '2': 10, '1': 5 } },
    { metric: 'csat', period: '2026-06', counts: { '5': 12, '4': 8, '3': 3, '2': 1 } },
  ],
};
