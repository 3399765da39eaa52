/**
 * The demo's sample data, made by a seeded generator: the same rows on every
 * machine and every run, so the figures on the page, in the README and in the
 * tests agree.
 *
 * - `sampleAnswers()`: 3 804 survey answers (CSAT 1–5, NPS 0–10, CES 1–7,
 *   higher is easier) over six channels, at the seeds' example levels: CSAT
 *   email ≈ 75 %, chat ≈ 90 %, phone ≈ 60 %, store ≈ 85 % satisfied (4–5 of 5).
 *   Social gets fewer than 30 CSAT answers, to show the "too few answers" state.
 * - `sampleJourneys()`: 10 000 customer journeys, each an ordered list of
 *   marketing touches, converted or not, with the order value.
 *
 * Rows are shaped like the collector's tables (demo/sql/schema.sql).
 */

import { mulberry32 } from './random.mjs';

/** Answers are spread over the 181 days (six months: 1 December to 31 May) before this instant (fixed, so the data is too). */
const END = Date.parse('2026-05-31T18:00:00Z');
const SPAN_DAYS = 181;
const DAY = 86_400_000;

/**
 * Per channel: touchpoints and stages, how many answers of each metric, the
 * share of satisfied CSAT answers, the NPS promoter / detractor shares, and
 * the share of "easy" CES answers (5–7 of 7).
 */
export const CHANNELS = {
  email: { touchpoints: ['newsletter', 'after-ticket'], stage: 'support', n: { csat: 360, nps: 300, ces: 160 }, satisfied: 0.75, promoters: 0.45, detractors: 0.25, easy: 0.55 },
  chat: { touchpoints: ['after-chat'], stage: 'support', n: { csat: 420, nps: 320, ces: 200 }, satisfied: 0.9, promoters: 0.6, detractors: 0.1, easy: 0.75 },
  phone: { touchpoints: ['after-call', 'callback'], stage: 'support', n: { csat: 380, nps: 260, ces: 180 }, satisfied: 0.6, promoters: 0.35, detractors: 0.35, easy: 0.4 },
  store: { touchpoints: ['checkout', 'pickup'], stage: 'purchase', n: { csat: 300, nps: 240, ces: 120 }, satisfied: 0.85, promoters: 0.55, detractors: 0.15, easy: 0.7 },
  app: { touchpoints: ['order-tracking', 'intranet'], stage: 'purchase', n: { csat: 200, nps: 160, ces: 100 }, satisfied: 0.8, promoters: 0.5, detractors: 0.2, easy: 0.65 },
  social: { touchpoints: ['direct-message'], stage: 'awareness', n: { csat: 24, nps: 60, ces: 20 }, satisfied: 0.7, promoters: 0.4, detractors: 0.3, easy: 0.5 },
};

const SCALES = { csat: { min: 1, max: 5 }, nps: { min: 0, max: 10 }, ces: { min: 1, max: 7 } };

const COMMENTS = {
  fr: ['Trop d’attente avant une réponse.', 'On m’a transféré trois fois.', 'Réponse rapide et claire, merci !', 'Le conseiller a été très aimable.'],
};

/** A pick from `items` weighted by `weights`. */
function weighted(random, items, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let u = random() * total;
  for (let i = 0; i < items.length; i++) {
    u -= weights[i];
    if (u < 0) return items[i];
  }
  return items[items.length - 1];
}

function score(random, metric, c) {
  const u = random();
  if (metric === 'csat') return u < c.satisfied ? weighted(random, [4, 5], [45, 55]) : weighted(random, [1, 2, 3], [20, 30, 50]);
  if (metric === 'nps') {
    if (u < c.promoters) return weighted(random, [9, 10], [45, 55]);
    if (u < c.promoters + c.detractors) return weighted(random, [0, 1, 2, 3, 4, 5, 6], [6, 4, 5, 8, 10, 14, 20]);
    return weighted(random, [7, 8], [50, 50]);
  }
  return u < c.easy ? weighted(random, [5, 6, 7], [35, 40, 25]) : weighted(random, [1, 2, 3, 4], [10, 20, 30, 40]);
}

const hex = (random, digits) => Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');

/** A v4-shaped UUID drawn from `random`: the same sequence on every run. */
function uuid(random) {
  return `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${'89ab'[Math.floor(random() * 4)]}${hex(random, 3)}-${hex(random, 12)}`;
}

/**
 * Survey answers as rows of the `answers` table:
 * `{ id, response_id, survey, metric, score, min, max, higher_is_easier, channel, touchpoint, stage, at, comment }`.
 */
export function sampleAnswers(seed = 20260531) {
  const random = mulberry32(seed);
  const rows = [];
  for (const [channel, c] of Object.entries(CHANNELS)) {
    for (const metric of ['csat', 'nps', 'ces']) {
      for (let i = 0; i < c.n[metric]; i++) {
        const s = score(random, metric, c);
        const negative = metric === 'nps' ? s <= 6 : metric === 'csat' ? s <= 3 : s <= 3;
        const at = new Date(END - Math.floor(random() * SPAN_DAYS * DAY)).toISOString();
        const id = uuid(random);
        rows.push({
          id,
          response_id: id,
          survey: `${metric}-${channel}`,
          metric,
          score: s,
          ...SCALES[metric],
          higher_is_easier: metric === 'ces' ? true : null,
          channel,
          touchpoint: c.touchpoints[Math.floor(random() * c.touchpoints.length)],
          stage: c.stage,
          at,
          comment: negative && random() < 0.3 ? COMMENTS.fr[Math.floor(random() * 2)] : !negative && random() < 0.05 ? COMMENTS.fr[2 + Math.floor(random() * 2)] : null,
        });
      }
    }
  }
  chatImproves(rows, seed);
  return rows;
}

/**
 * Chat's NPS climbs over the six months (a new chatbot, the story the demo's trend tells): chat's
 * NPS answers keep their scores and their instants, but the lower scores go to the earlier
 * instants, loosely (a score plus up to 30 points of noise sets the order). Every total (per
 * channel, touchpoint, stage) stays what it was; only when each chat answer came moves.
 */
function chatImproves(rows, seed) {
  const random = mulberry32(seed + 1);
  const chat = rows.filter((r) => r.channel === 'chat' && r.metric === 'nps');
  const instants = chat.map((r) => r.at).sort();
  const order = chat.map((r) => ({ r, key: r.score + 30 * random() })).sort((a, b) => a.key - b.key);
  order.forEach(({ r }, i) => (r.at = instants[i]));
}

/** Marketing channels of the journeys, with how often each opens, continues, and how much it lifts conversion. */
const TOUCH = {
  display: { start: 30, next: 8, lift: 0.0 },
  social: { start: 25, next: 12, lift: 0.01 },
  search: { start: 20, next: 30, lift: 0.04 },
  email: { start: 15, next: 25, lift: 0.05 },
  affiliate: { start: 6, next: 6, lift: 0.02 },
  direct: { start: 4, next: 19, lift: 0.08 },
};
const TOUCH_NAMES = Object.keys(TOUCH);

/**
 * Customer journeys as rows of the `journeys` and `touches` tables:
 * `{ id, converted, value, converted_at, touches: [{ step, channel, at }] }`.
 */
export function sampleJourneys(count = 10_000, seed = 7) {
  const random = mulberry32(seed);
  const journeys = [];
  for (let id = 1; id <= count; id++) {
    const length = weighted(random, [1, 2, 3, 4, 5], [34, 30, 20, 11, 5]);
    const channels = [weighted(random, TOUCH_NAMES, TOUCH_NAMES.map((c) => TOUCH[c].start))];
    while (channels.length < length) channels.push(weighted(random, TOUCH_NAMES, TOUCH_NAMES.map((c) => TOUCH[c].next)));
    const p = Math.min(0.9, 0.02 + channels.reduce((sum, c) => sum + TOUCH[c].lift, 0) + (channels.at(-1) === 'direct' ? 0.05 : 0));
    const converted = random() < p;
    const value = converted ? Math.round((30 + random() * 170) * 100) / 100 : 0;
    let t = END - Math.floor(random() * 60 * DAY);
    const touches = channels.map((channel, i) => {
      t += Math.floor(random() * 3 * DAY);
      return { step: i + 1, channel, at: new Date(t).toISOString() };
    });
    journeys.push({ id, converted, value, converted_at: converted ? new Date(t + Math.floor(random() * DAY)).toISOString() : null, touches });
  }
  return journeys;
}
