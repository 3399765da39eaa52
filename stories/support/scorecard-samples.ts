/**
 * `metrics` rows for the scorecard stories: six months (December 2025 – May 2026) per channel at
 * the seeds' levels (FCR 70–80 %, transfer 8–14 %, chat answers under a minute, email within a
 * day, social engagement Facebook 3.5 %, Instagram 7.2 %, Twitter 1.8 %, LinkedIn 2.5 %), chat's
 * FCR rising from 68 % to 80 %. Deterministic: each figure is written from the month's index.
 */
const MONTHS = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];

const row = (kpi: string, channel: string, period: string, counts: Record<string, number>) => ({ kpi, channel, period, ...counts });

/** Service KPIs for chat, phone and email. */
export function serviceMetrics() {
  return MONTHS.flatMap((period, i) => [
    row('fcr', 'chat', period, { resolvedFirst: 680 + 24 * i, contacts: 1000 }),
    row('fcr', 'phone', period, { resolvedFirst: 760 - 4 * i, contacts: 1000 }),
    row('fcr', 'email', period, { resolvedFirst: 720, contacts: 1000 }),
    row('transfer', 'chat', period, { transferred: 140 - 10 * i, contacts: 1000 }),
    row('transfer', 'phone', period, { transferred: 80 + 2 * i, contacts: 1000 }),
    row('transfer', 'email', period, { transferred: 110, contacts: 1000 }),
    row('response-time', 'chat', period, { totalSeconds: (62 - 3 * i) * 900, n: 900 }),
    row('response-time', 'phone', period, { totalSeconds: 180 * 1200, n: 1200 }),
    row('response-time', 'email', period, { totalSeconds: (20 - i) * 3600 * 500, n: 500 }),
    row('abandonment', 'phone', period, { abandoned: 90 - 5 * i, started: 1000 }),
    row('self-care', 'app', period, { resolved: 320 + 10 * i, attempts: 1000 }),
    row('volume', 'chat', period, { requests: 1000 + 40 * i }),
  ]);
}

/** Social engagement per platform, at the seeds' rates (interactions per 10 000 reached). */
export function socialMetrics() {
  const rates: Record<string, number> = { facebook: 350, instagram: 720, twitter: 180, linkedin: 250 };
  return MONTHS.flatMap((period, i) => Object.entries(rates).map(([channel, r]) => row('engagement', channel, period, { interactions: r + 5 * i, reach: 10_000 })));
}

/** Commerce for the web shop: conversion, cart abandonment, AOV, revenue, CPA, ROI. */
export function commerceMetrics() {
  return MONTHS.flatMap((period, i) => [
    row('conversion', 'web', period, { conversions: 180 + 6 * i, visitors: 10_000 }),
    row('cart-abandonment', 'web', period, { carts: 900, orders: 180 + 6 * i }),
    row('aov', 'web', period, { revenue: (180 + 6 * i) * 62.5, orders: 180 + 6 * i }),
    row('revenue', 'web', period, { revenue: (180 + 6 * i) * 62.5 }),
    row('cpa', 'web', period, { cost: 4000, acquisitions: 80 + 2 * i }),
    row('roi', 'web', period, { cost: 4000, revenue: (180 + 6 * i) * 62.5 }),
  ]);
}

/** Targets: SMART goals for chat, one behind, one with no deadline. */
export const serviceTargets = [
  { kpi: 'fcr', channel: 'chat', target: 85, baseline: 68, from: '2025-12-01', by: '2026-12-31' },
  { kpi: 'transfer', channel: 'chat', target: 8, baseline: 14, from: '2025-12-01', by: '2026-06-30' },
  { kpi: 'response-time', channel: 'chat', target: 45, baseline: 62, from: '2025-12-01', by: '2026-03-31' },
  { kpi: 'volume', channel: 'chat', target: 1000, direction: 'above' },
];
