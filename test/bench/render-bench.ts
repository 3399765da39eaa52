/**
 * The first-render benchmark (DESIGN.md §6: "an element's first render from a
 * JSON attribute: one frame (≤ 16 ms) for gauge and bars; ≤ 100 ms for a
 * 200-node Sankey"), bundled by `scripts/bench.mjs` with esbuild in production
 * mode and run in headless Chromium, one page per case.
 *
 * One run, all inside one animation frame:
 * 1. a `requestAnimationFrame` callback starts the clock, creates a fresh
 *    element, sets its attributes and its `data` attribute (the JSON string is
 *    made before timing), appends it to the document;
 * 2. awaits `updateComplete` until no update is pending (parse, validation,
 *    engine, template) and forces style and layout;
 * 3. the frame goes on to its ResizeObserver step, where an element that lays
 *    out for its own width (the bars) renders again at its real width; a
 *    ResizeObserver made after the element's own runs after it, forces layout
 *    again and stops the clock.
 * So the figure is the main-thread work of the frame that first shows the
 * element, up to paint (paint itself is not observable from the page).
 *
 * To add a case, add an entry to `cases`: the element is defined by
 * `src/index.ts` (every element), the data is built once, from a fixed seed.
 */
import '../../src/index.js';
import { mulberry32 } from './random.js';

export interface RenderCase {
  /** The row's label in the table. */
  name: string;
  tag: string;
  /** Budget from DESIGN.md §6, in ms. */
  budget: number;
  /** Other attributes to set before `data`. */
  attributes?: Record<string, string>;
  /** The input document, built once before timing. */
  data: () => unknown;
}

export interface RenderResult {
  name: string;
  budget: number;
  runs: number;
  warmup: number;
  /** The whole frame (steps 1–3), in ms. */
  median: number;
  p95: number;
  min: number;
  max: number;
  /** Steps 1–2 only (until `updateComplete` and layout), median in ms. */
  renderMedian: number;
  /** Runs whose element rendered again in the frame's ResizeObserver step. */
  resized: number;
  /** Runs whose work went on past the frame (the figure then misses that part). */
  spilled: number;
}

const CHANNELS = ['email', 'chat', 'phone', 'store', 'app', 'social', 'search', 'sms', 'push', 'video', 'partner-marketplace', 'customer-service-callback'];

/** NPS answers (0–10) over six channels. */
function npsResponses(n: number, seed: number) {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => ({ metric: 'nps', score: Math.floor(random() * 11), channel: CHANNELS[Math.floor(random() * 6)]! }));
}

/** `perChannel` CSAT answers (1–5) for each of `channels` channels, each channel with its own share of satisfied answers. */
function csatResponses(channels: number, perChannel: number, seed: number) {
  const random = mulberry32(seed);
  return CHANNELS.slice(0, channels).flatMap((channel, i) => {
    const satisfied = 0.55 + (0.4 * i) / (channels - 1);
    return Array.from({ length: perChannel }, () => ({ metric: 'csat', score: random() < satisfied ? 4 + Math.floor(random() * 2) : 1 + Math.floor(random() * 3), channel }));
  });
}

/**
 * `n` distinct journeys of 1–`maxLength` touches over `channels` channels,
 * with counts. Like real journeys, each channel leads to a few others: after
 * channel `c` comes `c`, `c + 1` or `c + 2` (mod `channels`), so a step has
 * about 3 links per node rather than one to every channel. With 22 channels,
 * `max-steps="9"` and `min-share="0"`, 3 000 journeys reach every channel at
 * every step: 22 × 9 channel nodes + conversion + no conversion = 200 nodes.
 */
function journeysFor(channels: number, n: number, maxLength: number, seed: number) {
  const random = mulberry32(seed);
  const names = Array.from({ length: channels }, (_, i) => CHANNELS[i] ?? `channel-${i + 1}`);
  const seen = new Set<string>();
  const out: Array<{ path: string[]; conversions: number; value: number; nulls: number }> = [];
  while (out.length < n) {
    let c = Math.floor(random() * channels);
    const path = Array.from({ length: 1 + Math.floor(random() * maxLength) }, (_, i) => names[i === 0 ? c : (c = (c + Math.floor(random() * 3)) % channels)]!);
    const key = path.join('>');
    if (seen.has(key)) continue;
    seen.add(key);
    const conversions = Math.floor(random() * 5);
    out.push({ path, conversions, value: Math.round(conversions * 4000 * random()) / 100, nulls: Math.floor(random() * 40) });
  }
  return out;
}

/** `n` NPS answers spread over the 52 weeks of 2026 (random instants, UTC). */
function datedNps(n: number, seed: number) {
  const random = mulberry32(seed);
  const start = Date.UTC(2025, 11, 29);
  return Array.from({ length: n }, () => ({ metric: 'nps', score: Math.floor(random() * 11), channel: CHANNELS[Math.floor(random() * 6)]!, at: new Date(start + Math.floor(random() * 364 * 86_400_000)).toISOString() }));
}

/** Twelve months of the twelve rate, time and count KPIs for chat: twelve tiles, each with a sparkline and a change. */
/** `count` NPS answers with French comments built from a few phrases, over 60 days. */
function commented(count: number, seed: number) {
  const random = mulberry32(seed);
  const bad = ['Temps d’attente trop long au téléphone', 'Attente interminable avant un conseiller', 'On m’a transféré trois fois', 'Personne à l’accueil', 'Réponse lente par e-mail'];
  const good = ['Très réactif, réponse en deux minutes', 'Chat rapide et efficace', 'Accueil chaleureux en boutique', 'Vendeuse très aimable', 'Réponse claire, merci'];
  const channels = ['phone', 'chat', 'store', 'email', 'app'];
  return Array.from({ length: count }, (_, i) => {
    const score = Math.floor(random() * 11);
    const list = score <= 6 ? bad : good;
    const comment = `${list[Math.floor(random() * list.length)]}. ${list[Math.floor(random() * list.length)]} !`;
    return { id: `c${i}`, metric: 'nps', score, channel: channels[Math.floor(random() * channels.length)], touchpoint: 'after-contact', at: new Date(Date.UTC(2026, 3, 1) + Math.floor(random() * 60 * 86_400_000)).toISOString(), comment };
  });
}

function scorecardRows() {
  const counts: Record<string, (i: number) => Record<string, number>> = {
    fcr: (i) => ({ resolvedFirst: 700 + i, contacts: 1000 }),
    containment: (i) => ({ contained: 600 + i, contacts: 1000 }),
    transfer: (i) => ({ transferred: 100 - i, contacts: 1000 }),
    'self-care': (i) => ({ resolved: 300 + i, attempts: 1000 }),
    abandonment: (i) => ({ abandoned: 80 - i, started: 1000 }),
    'response-time': (i) => ({ totalSeconds: (60 - i) * 900, n: 900 }),
    volume: (i) => ({ requests: 1000 + 10 * i }),
    conversion: (i) => ({ conversions: 180 + i, visitors: 10_000 }),
    'cart-abandonment': (i) => ({ carts: 900, orders: 180 + i }),
    'open-rate': (i) => ({ opens: 4000 + i, delivered: 20_000 }),
    ctr: (i) => ({ clicks: 250 + i, impressions: 10_000 }),
    engagement: (i) => ({ interactions: 350 + i, reach: 10_000 }),
  };
  return Object.entries(counts).flatMap(([kpi, of]) =>
    Array.from({ length: 12 }, (_, i) => ({ kpi, channel: 'chat', period: `${i < 7 ? 2025 : 2026}-${String(((i + 5) % 12) + 1).padStart(2, '0')}`, ...of(i) })),
  );
}

export const cases: RenderCase[] = [
  {
    name: '`<kpi-nps-gauge>`, 1 000 raw responses',
    tag: 'kpi-nps-gauge',
    budget: 16,
    attributes: { target: '30' },
    data: () => ({ responses: npsResponses(1000, 2026) }),
  },
  {
    name: '`<kpi-channel-csat>`, 12 channels (1 200 raw responses)',
    tag: 'kpi-channel-csat',
    budget: 16,
    attributes: { target: '80' },
    data: () => ({ responses: csatResponses(12, 100, 2026) }),
  },
  {
    name: '`<kpi-trend>`, 52 weeks (5 200 raw responses)',
    tag: 'kpi-trend',
    budget: 16,
    attributes: { interval: 'week', target: '30' },
    data: () => ({ responses: datedNps(5200, 2026) }),
  },
  {
    name: '`<kpi-scorecard>`, 12 tiles (12 KPIs × 12 months of `metrics` rows)',
    tag: 'kpi-scorecard',
    budget: 16,
    attributes: { today: '2026-05-20', channel: 'chat' },
    data: () => ({ metrics: scorecardRows() }),
  },
  {
    name: '`<kpi-heatmap>`, 10 × 8 cells (touchpoint × stage histograms)',
    tag: 'kpi-heatmap',
    budget: 16,
    attributes: { target: '30' },
    data: () => ({
      histograms: Array.from({ length: 80 }, (_, i) => ({
        metric: 'nps',
        touchpoint: `touchpoint ${Math.floor(i / 8) + 1}`,
        stage: `stage ${(i % 8) + 1}`,
        // n from 20 to 219: a few cells under min-n.
        counts: { 10: 10 + ((i * 37) % 90), 8: 5 + (i % 30), 3: 5 + ((i * 11) % 100) },
      })),
    }),
  },
  {
    name: '`<kpi-comments>`, 200 comments with themes (20 shown)',
    tag: 'kpi-comments',
    budget: 50,
    attributes: { lang: 'fr' },
    data: () => ({ responses: commented(200, 2026) }),
  },
  {
    name: '`<kpi-attribution-sankey>`, 200 nodes (22 channels × 9 steps + 2 ends; 3 000 journeys)',
    tag: 'kpi-attribution-sankey',
    budget: 100,
    attributes: { 'max-steps': '9', 'min-share': '0' },
    data: () => ({ journeys: journeysFor(22, 3000, 12, 2026) }),
  },
];

interface Run {
  frame: number;
  render: number;
  resized: boolean;
  spilled: boolean;
  el: KpiLike;
}

type KpiLike = HTMLElement & { updateComplete: Promise<boolean>; status?: string; problem?: { field?: string; code?: string; reason?: string } };

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Lets the page settle between runs: the last run's removal painted and rastered, garbage collected. */
async function settlePage(): Promise<void> {
  await frame();
  await frame();
  await sleep(20);
  (globalThis as { gc?: () => void }).gc?.();
  await sleep(10);
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/** One timed first render (see the file's comment). */
function renderOnce(c: RenderCase, json: string, host: Element): Promise<Run> {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const t0 = performance.now();
      // A task cannot run inside the frame's rendering steps: if this one runs
      // before the clock stops, the render went on past the frame and was not timed whole.
      let spilled = false;
      setTimeout(() => (spilled = true), 0);
      const el = document.createElement(c.tag) as KpiLike;
      for (const [name, value] of Object.entries(c.attributes ?? {})) el.setAttribute(name, value);
      el.setAttribute('data', json);
      host.append(el);
      const settle = async (): Promise<void> => {
        while (!(await el.updateComplete));
      };
      settle().then(() => {
        const box = el.getBoundingClientRect();
        const rendered = performance.now();
        // A ResizeObserver does not report a box of no size: the clock would never stop.
        if (box.width === 0 || box.height === 0) return reject(new Error(`<${c.tag}> has no box to lay out`));
        // Counts the updates from here on: the ResizeObserver step may render again.
        let updates = 0;
        const own = el as unknown as { performUpdate: () => void };
        const performUpdate = own.performUpdate;
        own.performUpdate = function (this: unknown) {
          updates++;
          return performUpdate.call(this);
        };
        const after = new ResizeObserver(() => {
          after.disconnect();
          el.getBoundingClientRect();
          const end = performance.now();
          resolve({ frame: end - t0, render: rendered - t0, resized: updates > 0, spilled, el });
        });
        after.observe(el);
      }, reject);
    });
  });
}

/** Runs a case: `warmup` untimed runs, then `runs` timed ones, each on a fresh element. */
export async function runCase(name: string, runs = 50, warmup = 10): Promise<RenderResult> {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`No render case named ${name}`);
  if (!customElements.get(c.tag)) throw new Error(`<${c.tag}> is not defined: add it to src/index.ts`);
  const json = JSON.stringify(c.data());
  const host = document.getElementById('host') ?? document.body;
  const frames: number[] = [];
  const renders: number[] = [];
  let resized = 0;
  let spilled = 0;
  for (let i = 0; i < warmup + runs; i++) {
    await settlePage();
    const r = await renderOnce(c, json, host);
    if (r.el.status !== undefined && r.el.status !== 'ready') {
      const p = r.el.problem;
      throw new Error(`<${c.tag}> is "${r.el.status}", not "ready"${p ? `: ${p.field} ${p.code} ${p.reason ?? ''}` : ''}`);
    }
    r.el.remove();
    if (i < warmup) continue;
    frames.push(r.frame);
    renders.push(r.render);
    if (r.resized) resized++;
    if (r.spilled) spilled++;
  }
  frames.sort((a, b) => a - b);
  renders.sort((a, b) => a - b);
  return {
    name: c.name,
    budget: c.budget,
    runs,
    warmup,
    median: quantile(frames, 0.5),
    p95: quantile(frames, 0.95),
    min: frames[0]!,
    max: frames[frames.length - 1]!,
    renderMedian: quantile(renders, 0.5),
    resized,
    spilled,
  };
}

export const caseNames = (): string[] => cases.map((c) => c.name);
