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
 * - `sampleOperations()`: the operational facts behind the `metrics` rows over
 *   the same six months (contacts per channel, self-care attempts, social posts,
 *   email campaigns, web sessions and orders, daily ad spend), at the seeds'
 *   levels; chat's first-contact resolution climbs from about 68 % to 80 %.
 *
 * Rows are shaped like the collector's tables (demo/sql/schema.sql).
 */

import { mulberry32 } from './random.mjs';

/** Answers are spread over the 181 days (six months: 1 December to 31 May) before this instant (fixed, so the data is too). */
const END = Date.parse('2026-05-31T18:00:00Z');
const SPAN_DAYS = 181;
const DAY = 86_400_000;

/**
 * Per channel: touchpoints and the stages of the journey its answers are spread over (in turn), how many answers of each metric, the
 * share of satisfied CSAT answers, the NPS promoter / detractor shares, and
 * the share of "easy" CES answers (5–7 of 7).
 */
export const CHANNELS = {
  email: { touchpoints: ['newsletter', 'after-ticket'], stages: ['awareness', 'purchase', 'support'], n: { csat: 360, nps: 300, ces: 160 }, satisfied: 0.75, promoters: 0.45, detractors: 0.25, easy: 0.55 },
  chat: { touchpoints: ['after-chat'], stages: ['purchase', 'support'], n: { csat: 420, nps: 320, ces: 200 }, satisfied: 0.9, promoters: 0.6, detractors: 0.1, easy: 0.75 },
  phone: { touchpoints: ['after-call', 'callback'], stages: ['purchase', 'support', 'after-sale'], n: { csat: 380, nps: 260, ces: 180 }, satisfied: 0.6, promoters: 0.35, detractors: 0.35, easy: 0.4 },
  store: { touchpoints: ['checkout', 'pickup'], stages: ['purchase', 'after-sale'], n: { csat: 300, nps: 240, ces: 120 }, satisfied: 0.85, promoters: 0.55, detractors: 0.15, easy: 0.7 },
  app: { touchpoints: ['order-tracking', 'intranet'], stages: ['purchase', 'delivery'], n: { csat: 200, nps: 160, ces: 100 }, satisfied: 0.8, promoters: 0.5, detractors: 0.2, easy: 0.65 },
  social: { touchpoints: ['direct-message'], stages: ['awareness', 'support'], n: { csat: 24, nps: 60, ces: 20 }, satisfied: 0.7, promoters: 0.4, detractors: 0.3, easy: 0.5 },
};

const SCALES = { csat: { min: 1, max: 5 }, nps: { min: 0, max: 10 }, ces: { min: 1, max: 7 } };

/**
 * Comments in French at the seeds' themes, by channel: waiting on the phone ("attente",
 * "temps d'attente trop long"), the chat's reactivity ("réactif", "rapide"), the store's
 * welcome ("accueil", "aimable"). `bad` for detractors, unsatisfied and difficult answers,
 * `good` for the others.
 */
export const COMMENTS = {
  phone: {
    bad: ['Temps d’attente trop long au téléphone.', 'Attente interminable avant d’avoir un conseiller.', 'Vingt minutes d’attente, puis la ligne a coupé.', 'On m’a transféré trois fois.', 'Temps d’attente trop long, personne ne rappelle.'],
    good: ['Conseiller patient, problème réglé.', 'Bonne écoute au téléphone, merci.', 'Rappel rapide comme promis.'],
  },
  chat: {
    bad: ['Le chat ne comprend pas ma question.', 'Réponses automatiques, jamais un humain.', 'Attente au chat avant un conseiller.'],
    good: ['Très réactif, réponse en deux minutes.', 'Chat rapide et efficace.', 'Réponse rapide et claire, merci !', 'Conseiller réactif et rapide.'],
  },
  store: {
    bad: ['Personne à l’accueil, attente en caisse.', 'Vendeur peu aimable.', 'Trop d’attente en caisse.'],
    good: ['Accueil chaleureux en boutique.', 'Vendeuse très aimable et de bon conseil.', 'Excellent accueil, personnel aimable.', 'Accueil aimable et rapide.'],
  },
  email: {
    bad: ['Pas de réponse à mon e-mail depuis une semaine.', 'Réponse lente par e-mail.', 'Trop d’attente avant une réponse.'],
    good: ['Réponse claire par e-mail.', 'Réponse complète, merci.'],
  },
  app: {
    bad: ['L’application plante au paiement.', 'Suivi de commande pas à jour.'],
    good: ['Application pratique pour suivre ma commande.', 'Commande suivie facilement.'],
  },
  social: {
    bad: ['Message privé resté sans réponse.'],
    good: ['Réponse rapide sur les réseaux.'],
  },
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
  // The comments' own stream: which text, and the extra praise. Drawn apart from `random`,
  // so adding comments changes no score, instant or id.
  const words = mulberry32(seed + 2);
  const pick = (list) => list[Math.floor(words() * list.length)];
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
          // By the answer's rank, not a random draw: the draws (and so every other figure) stay as they were.
          stage: c.stages[i % c.stages.length],
          at,
          // The draws of `random` are those the sample always made (30 % of the negative answers, 5 % of the others, then one for the text).
          comment: (negative && random() < 0.3 ? (random(), pick(COMMENTS[channel].bad)) : !negative && random() < 0.05 ? (random(), pick(COMMENTS[channel].good)) : null) ?? (words() < (negative ? 0.1 : 0.06) ? pick(COMMENTS[channel][negative ? 'bad' : 'good']) : null),
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

/**
 * Contact channels of the operations sample, with the seeds' levels (DESIGN.md §3 targets): how many
 * contacts over the six months, the shares resolved at first contact (`fcr`), handled with no human
 * agent (`contained`: IVR, chatbot, auto-reply), moved to another channel (`transfer`), left before
 * resolution (`abandon`), where transfers go, and the response time: `floor + exponential(mean)` seconds.
 * Chat's FCR climbs from `fcr` to `fcrEnd` over the months (the chatbot's knowledge base grows).
 */
export const CONTACT_CHANNELS = {
  phone: { n: 5000, fcr: 0.72, contained: 0.15, transfer: 0.12, abandon: 0.09, to: ['email', 'store'], response: { floor: 30, mean: 120 } },
  email: { n: 3600, fcr: 0.7, contained: 0.05, transfer: 0.08, abandon: 0.04, to: ['phone'], response: { floor: 3600, mean: 25_200 } },
  chat: { n: 4800, fcr: 0.65, fcrEnd: 0.8, contained: 0.35, transfer: 0.1, abandon: 0.07, to: ['phone', 'email'], response: { floor: 5, mean: 35 } },
  social: { n: 1200, fcr: 0.74, contained: 0.02, transfer: 0.14, abandon: 0.05, to: ['chat', 'phone'], response: { floor: 600, mean: 6600 } },
  store: { n: 2400, fcr: 0.8, contained: 0, transfer: 0.08, abandon: 0.03, to: ['phone'], response: { floor: 60, mean: 240 } },
  app: { n: 2000, fcr: 0.76, contained: 0.5, transfer: 0.09, abandon: 0.06, to: ['chat', 'phone'], response: { floor: 20, mean: 880 } },
};
/** Self-care (FAQ, help centre, in-app assistant): attempts and the share resolved without a contact. */
export const SELF_CARE = { app: { n: 2500, resolved: 0.42 }, web: { n: 3500, resolved: 0.33 } };
/** Social platforms: posts over the six months, typical reach, and the seeds' engagement (interactions / reach). */
export const PLATFORMS = {
  facebook: { posts: 130, reach: 8000, engagement: 0.035 },
  instagram: { posts: 150, reach: 6000, engagement: 0.072 },
  twitter: { posts: 200, reach: 4000, engagement: 0.018 },
  linkedin: { posts: 80, reach: 2500, engagement: 0.025 },
};
/** Email campaigns: recipients, open rate and click rate (clicks / delivered: the seeds' CTR, 2.5 % generic, 6.2 % personalised). */
export const CAMPAIGNS = {
  generic: { delivered: 20_000, open: 0.22, click: 0.025 },
  personalised: { delivered: 5000, open: 0.35, click: 0.062 },
};
/** Web sessions by source: share of sessions, share that fill a cart, share of carts paid. */
export const SOURCES = {
  search: { share: 0.35, cart: 0.1, paid: 0.3 },
  social: { share: 0.2, cart: 0.06, paid: 0.3 },
  email: { share: 0.12, cart: 0.12, paid: 0.32 },
  display: { share: 0.13, cart: 0.05, paid: 0.28 },
  affiliate: { share: 0.05, cart: 0.08, paid: 0.3 },
  direct: { share: 0.15, cart: 0.14, paid: 0.35 },
};
/** Paid media, per day: impressions, click-through and cost per click (euros). */
export const MEDIA = {
  search: { impressions: 1200, ctr: 0.03, cpc: 0.9 },
  social: { impressions: 4000, ctr: 0.009, cpc: 0.6 },
  display: { impressions: 9000, ctr: 0.004, cpc: 0.5 },
  affiliate: { impressions: 300, ctr: 0.02, cpc: 0.4 },
};

/** The first instant of the sample (six months before END). */
const START = END - SPAN_DAYS * DAY;
const instant = (random) => END - Math.floor(random() * SPAN_DAYS * DAY);
/** An exponential draw of mean `mean`. */
const exponential = (random, mean) => -Math.log(1 - random()) * mean;
const cents = (x) => Math.round(x * 100) / 100;

/**
 * The raw operational facts behind the `metrics` rows, over the same six months as the answers,
 * as rows of the tables of demo/sql/metrics-schema.sql:
 *
 * - `contacts`: `{ id, channel, started_at, first_contact_resolved, contained, transferred_to, abandoned, response_seconds }`
 *   (19 000 rows; an abandoned contact has no response time);
 * - `self_care`: `{ id, channel, started_at, resolved }` (6 000);
 * - `social_posts`: `{ id, platform, posted_at, reach, interactions }` (560);
 * - `email_campaigns`: `{ id, name, kind, sent_at, delivered, opens, clicks }` (52, two a week);
 * - `web_sessions`: `{ id, source, started_at, added_to_cart }` (15 000) and
 *   `orders`: `{ id, session_id, ordered_at, revenue, new_customer }` (one per paid cart);
 * - `ad_spend`: `{ channel, day, impressions, clicks, cost }` (one per paid channel and day).
 */
export function sampleOperations(seed = 20260601) {
  const random = mulberry32(seed);
  const contacts = [];
  for (const [channel, c] of Object.entries(CONTACT_CHANNELS)) {
    for (let i = 0; i < c.n; i++) {
      const t = instant(random);
      const fcr = c.fcrEnd === undefined ? c.fcr : c.fcr + (c.fcrEnd - c.fcr) * ((t - START) / (END - START));
      const u = random();
      const abandoned = u < c.abandon;
      const transferred = !abandoned && u < c.abandon + c.transfer;
      const handled = 1 - c.abandon - c.transfer;
      contacts.push({
        id: contacts.length + 1,
        channel,
        started_at: new Date(t).toISOString(),
        first_contact_resolved: !abandoned && !transferred && random() < fcr / handled,
        contained: !abandoned && !transferred && random() < c.contained / handled,
        transferred_to: transferred ? c.to[Math.floor(random() * c.to.length)] : null,
        abandoned,
        response_seconds: abandoned ? null : Math.round(c.response.floor + exponential(random, c.response.mean)),
      });
    }
  }
  const selfCare = [];
  for (const [channel, s] of Object.entries(SELF_CARE)) {
    for (let i = 0; i < s.n; i++) selfCare.push({ id: selfCare.length + 1, channel, started_at: new Date(instant(random)).toISOString(), resolved: random() < s.resolved });
  }
  const socialPosts = [];
  for (const [platform, p] of Object.entries(PLATFORMS)) {
    for (let i = 0; i < p.posts; i++) {
      const reach = Math.round(p.reach * (0.5 + random()));
      socialPosts.push({ id: socialPosts.length + 1, platform, posted_at: new Date(instant(random)).toISOString(), reach, interactions: Math.round(reach * p.engagement * (0.6 + 0.8 * random())) });
    }
  }
  const emailCampaigns = [];
  // Two a week: a generic newsletter on Tuesdays, a personalised one on Thursdays, 08:00 UTC.
  for (let week = 0; week < 26; week++) {
    for (const [offset, kind] of [[1, 'generic'], [3, 'personalised']]) {
      const k = CAMPAIGNS[kind];
      const delivered = Math.round(k.delivered * (0.9 + 0.2 * random()));
      const opens = Math.round(delivered * k.open * (0.85 + 0.3 * random()));
      const clicks = Math.round(delivered * k.click * (0.85 + 0.3 * random()));
      emailCampaigns.push({ id: emailCampaigns.length + 1, name: `${kind}-${week + 1}`, kind, sent_at: new Date(Date.parse('2025-12-01T08:00:00Z') + (7 * week + offset) * DAY).toISOString(), delivered, opens, clicks });
    }
  }
  const sourceNames = Object.keys(SOURCES);
  const webSessions = [];
  const orders = [];
  for (let id = 1; id <= 15_000; id++) {
    const source = weighted(random, sourceNames, sourceNames.map((s) => SOURCES[s].share));
    const s = SOURCES[source];
    const t = instant(random);
    const added_to_cart = random() < s.cart;
    webSessions.push({ id, source, started_at: new Date(t).toISOString(), added_to_cart });
    if (added_to_cart && random() < s.paid) {
      orders.push({ id: orders.length + 1, session_id: id, ordered_at: new Date(t + Math.floor(random() * 40 * 60_000)).toISOString(), revenue: cents(20 + 160 * random() ** 1.5), new_customer: random() < 0.6 });
    }
  }
  const adSpend = [];
  for (let d = 0; d < 182; d++) {
    const day = new Date(Date.parse('2025-12-01T00:00:00Z') + d * DAY).toISOString().slice(0, 10);
    for (const [channel, m] of Object.entries(MEDIA)) {
      const impressions = Math.round(m.impressions * (0.8 + 0.4 * random()));
      const clicks = Math.round(impressions * m.ctr * (0.8 + 0.4 * random()));
      adSpend.push({ channel, day, impressions, clicks, cost: cents(clicks * m.cpc * (0.8 + 0.4 * random())) });
    }
  }
  return { contacts, self_care: selfCare, social_posts: socialPosts, email_campaigns: emailCampaigns, web_sessions: webSessions, orders, ad_spend: adSpend };
}
