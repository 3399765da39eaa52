/**
 * A document in its aggregate form (DESIGN.md §3): raw answers become
 * histograms, journey rows on the same path one row. What the elements compute
 * from it then costs per channel and distinct path, not per row, and every
 * figure is the same as from the input, to the last bit: counts add up
 * exactly, and journeys are merged the way `normalizeJourneys` merges them.
 * The elements run it in a Web Worker on large `src` bodies.
 */
import { normalizeJourneys, type Journeys } from './attribution/journeys.js';
import type { Histogram, Journey, KpiDocument, Response } from './schemas.js';

/** What a score function reads of an answer (labels are never empty); `id`, `at`, `comment`… are not kept. */
const histogramKey = (r: Response) => [r.metric, r.channel, r.touchpoint, r.stage, r.min, r.max].join('\u0000');

/** One histogram per metric, channel, touchpoint, stage and scale, in the order they first appear. */
export function histogramsOf(responses: readonly Response[]): Histogram[] {
  const byKey = new Map<string, Histogram>();
  for (const r of responses) {
    const key = histogramKey(r);
    let h = byKey.get(key);
    if (!h) {
      const { metric, channel, touchpoint, stage, min, max } = r;
      h = { metric, counts: {} };
      if (channel !== undefined) h.channel = channel;
      if (touchpoint !== undefined) h.touchpoint = touchpoint;
      if (stage !== undefined) h.stage = stage;
      if (min !== undefined) h.min = min;
      if (max !== undefined) h.max = max;
      byKey.set(key, h);
    }
    h.counts[r.score] = (h.counts[r.score] ?? 0) + 1;
  }
  return [...byKey.values()];
}

/** Journey rows as the engine merges them: one per distinct path, timed journeys as they came. */
function journeyRows(rows: readonly Journey[], journeys: Journeys): Journey[] {
  return journeys.paths.map((p) =>
    p.row !== undefined ? rows[p.row]! : { path: p.touches.map((c) => journeys.channels[c]!), conversions: p.conversions, value: p.value, nulls: p.nulls },
  );
}

/**
 * The same document with `responses` turned into `histograms` (placed before
 * the given ones, where the engine counts them) and `journeys` merged by path.
 * Journeys the engine refuses (a touch after its conversion, a bad date) are
 * kept as they are, so the element reading them reports the same field.
 */
export function compactDocument(doc: KpiDocument): KpiDocument {
  const out: KpiDocument = {};
  if (doc.responses || doc.histograms) out.histograms = [...histogramsOf(doc.responses ?? []), ...(doc.histograms ?? [])];
  if (doc.journeys) {
    let journeys: Journeys | undefined;
    try {
      journeys = normalizeJourneys(doc.journeys);
    } catch {
      // left for the element to report
    }
    out.journeys = journeys ? journeyRows(doc.journeys, journeys) : doc.journeys;
  }
  return out;
}
