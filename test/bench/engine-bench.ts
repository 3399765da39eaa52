/**
 * The engine benchmark, bundled by `scripts/bench.mjs` and run as is in
 * Node and in Chromium. Data is generated from a fixed seed before timing;
 * each figure is the median of several timed runs after a warm-up.
 */
import { attribute, ATTRIBUTION_MODELS, ces, csat, journeyGraph, nps, trend, type JourneyInput, type Response } from '../../src/engine/index.js';
import { mulberry32 } from './random.js';

export interface BenchResult {
  name: string;
  /** Budget from DESIGN.md §6, in ms; `null` when the design sets none. */
  budget: number | null;
  median: number;
  min: number;
  runs: number;
}

const CHANNELS = ['search', 'email', 'display', 'social', 'direct', 'affiliate', 'sms', 'push', 'video', 'store', 'partner', 'referral', 'print', 'radio', 'podcast', 'tv'];

function responses(random: () => number, metric: Response['metric'], min: number, max: number, n: number): Response[] {
  return Array.from({ length: n }, () => ({ metric, score: min + Math.floor(random() * (max - min + 1)), channel: CHANNELS[Math.floor(random() * 6)]! }));
}

/** `n` distinct paths of 1–`maxLength` touches over the first `channels` channels, counted. */
function distinctPaths(random: () => number, n: number, channels: number, maxLength: number, timed = false): JourneyInput[] {
  const seen = new Set<string>();
  const out: JourneyInput[] = [];
  const day = 86_400_000;
  const end = Date.UTC(2026, 4, 1);
  while (out.length < n) {
    const length = 1 + Math.floor(random() * maxLength);
    const path = Array.from({ length }, () => CHANNELS[Math.floor(random() * channels)]!);
    const key = path.join('>');
    if (seen.has(key)) continue;
    seen.add(key);
    const conversions = Math.floor(random() * 20);
    const row: JourneyInput = { path, conversions, value: conversions * 40 * random(), nulls: Math.floor(random() * 200) };
    if (timed) {
      row.path = path.map((channel, i) => ({ channel, at: new Date(end - (length - i) * day * (1 + random())).toISOString() }));
      row.convertedAt = new Date(end).toISOString();
    }
    out.push(row);
  }
  return out;
}

/** One row per customer: converted once or not at all. */
function customerJourneys(random: () => number, n: number, channels: number, maxLength: number): JourneyInput[] {
  return Array.from({ length: n }, () => {
    const length = 1 + Math.floor(random() * maxLength);
    const converted = random() < 0.05;
    return {
      path: Array.from({ length }, () => CHANNELS[Math.floor(random() * channels)]!),
      conversions: converted ? 1 : 0,
      value: converted ? Math.round(random() * 20_000) / 100 : 0,
      nulls: converted ? 0 : 1,
    };
  });
}

function time(name: string, budget: number | null, fn: () => unknown, runs: number): BenchResult {
  fn();
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name, budget, median: times[runs >> 1]!, min: times[0]!, runs };
}

export function runBenchmarks(runs = 7): BenchResult[] {
  const random = mulberry32(2026);
  const results: BenchResult[] = [];
  const npsAnswers = responses(random, 'nps', 0, 10, 1_000_000);
  results.push(time('NPS, 1 000 000 raw responses', 50, () => nps(npsAnswers), runs));
  const csatAnswers = responses(random, 'csat', 1, 5, 1_000_000);
  results.push(time('CSAT, 1 000 000 raw responses', 50, () => csat(csatAnswers), runs));
  const cesAnswers = responses(random, 'ces', 1, 7, 1_000_000);
  results.push(time('CES, 1 000 000 raw responses', 50, () => ces(cesAnswers), runs));

  // Answers over 2026 in random order (not sorted by time, which would let the last day be reused), as ISO instants in UTC.
  const year = Date.UTC(2026, 0, 1);
  const dated = npsAnswers.map((r) => ({ ...r, at: new Date(year + Math.floor(random() * 365 * 86_400_000)).toISOString() }));
  results.push(time('weekly NPS trend, 1 000 000 raw responses over a year, Europe/Paris', 100, () => trend(dated, 'nps', { interval: 'week', timeZone: 'Europe/Paris' }), runs));

  const paths = distinctPaths(random, 10_000, 12, 8);
  const timed = distinctPaths(random, 10_000, 12, 8, true);
  for (const model of ATTRIBUTION_MODELS) {
    const input = model === 'time-decay' ? timed : paths;
    results.push(time(`attribute ${model}, 10 000 distinct paths ≤ 8 touches, 12 channels`, model === 'markov' ? 200 : null, () => attribute(input, { model }), runs));
  }
  const wide = distinctPaths(random, 10_000, 16, 8);
  results.push(time('Shapley from the definition, 16 channels (10 000 paths)', 200, () => attribute(wide, { model: 'shapley', method: 'definition' }), runs));
  const customers = customerJourneys(random, 100_000, 12, 8);
  results.push(time('journeyGraph, 100 000 journeys (one row per customer)', null, () => journeyGraph(customers), runs));
  return results;
}
