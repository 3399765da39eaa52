/** Seeded random journeys for the property tests (mulberry32: small, fast, reproducible). */
import type { JourneyInput } from '../../src/engine/index.js';
import { mulberry32 } from '../bench/random.js';

export { mulberry32 };

export interface GenerateOptions {
  channels: number;
  paths: number;
  maxLength?: number;
  /** Give each touch an `at` and each row a `convertedAt` (for time-decay). */
  timed?: boolean;
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(2026, 0, 1);

/**
 * Distinct-path rows over channels `c0…c{n−1}`: conversions and nulls 0–5 (never
 * both 0), value a multiple of 0.25 per conversion so sums are exact in binary.
 */
export function generateJourneys(random: () => number, { channels, paths, maxLength = 8, timed = false }: GenerateOptions): JourneyInput[] {
  const int = (n: number) => Math.floor(random() * n);
  return Array.from({ length: paths }, () => {
    const length = 1 + int(maxLength);
    const names = Array.from({ length }, () => `c${int(channels)}`);
    const conversions = int(6);
    const nulls = conversions === 0 ? 1 + int(5) : int(6);
    const value = conversions * 0.25 * int(400);
    if (!timed) return { path: names, conversions, nulls, value };
    const end = EPOCH + int(60) * DAY;
    let at = end;
    const times = names.map(() => (at -= int(10 * 24) * 3_600_000)).reverse();
    return {
      path: names.map((channel, i) => ({ channel, at: new Date(times[i]!).toISOString() })),
      conversions,
      nulls,
      value,
      convertedAt: new Date(end).toISOString(),
    };
  });
}

/** The same journeys as one row per customer: each conversion and each null on its own, shuffled. */
export function explode(random: () => number, rows: readonly JourneyInput[]): JourneyInput[] {
  const out: JourneyInput[] = [];
  for (const row of rows) {
    for (let i = 0; i < row.conversions; i++) {
      out.push({ path: row.path, conversions: 1, value: (row.value ?? 0) / row.conversions, ...(row.convertedAt ? { convertedAt: row.convertedAt } : {}) });
    }
    for (let i = 0; i < (row.nulls ?? 0); i++) out.push({ path: row.path, conversions: 0, nulls: 1 });
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
