/**
 * DESIGN.md §1, "cannot break the host": an element mounted and removed a
 * thousand times leaves nothing behind. Each element goes through 1 000
 * mount / remove cycles that mix what can leave something running: `src`
 * fetches (some removed while in flight), `refresh` intervals (some ticking),
 * removal before the first render, a move (remove and re-append), bad input;
 * for the survey `action`, `delay` and an answer left queued. After a warm-up,
 * a baseline; after the cycles, the same figures again, all after full GC:
 *
 * - live timers: back to the baseline exactly (a `refresh` interval or a
 *   `delay` timer left behind is one per cycle);
 * - listeners on window / document, and every JS listener in the renderer:
 *   back to the baseline, give or take 5 (one left per cycle is 1 000);
 * - DOM nodes: within 50 of the baseline (a removed element kept alive holds
 *   12 nodes for a survey to 215 for a Sankey: one kept per cycle is 12 000+);
 * - the V8 heap: under 512 bytes per cycle. A removed element kept alive holds
 *   1.8 kB of JS objects for a survey (Lit parts and template instances,
 *   controllers, closures) to 22 kB for a Sankey, so one kept per cycle is
 *   3.5× to 40× the bound. Without a leak the heap grows by 60–260 kB over
 *   the run (heap snapshots show code compiled late and V8's number-to-string
 *   cache growing, nothing of ours).
 *   Blink's own heap is reported, not asserted: while DevTools is attached it
 *   keeps a record of every request (~300 B each), and each `src` fetch's
 *   AbortSignal.timeout stays armed for its `timeout` (a browser timer the
 *   timer count cannot see: ~0.7 kB each, gone after 10 s).
 *
 * Removed elements are also checked directly: a sample of them, held by
 * WeakRef, must all be collected.
 */
import { expect } from '@open-wc/testing';
import '../../src/kpi-nps-gauge.js';
import '../../src/kpi-channel-csat.js';
import '../../src/kpi-attribution-sankey.js';
import '../../src/kpi-survey.js';
import type { KpiSurveySubmitDetail } from '../../src/data/events.js';
import { sharedOutbox } from '../../src/survey/delivery.js';
import { jsonUrl, sleep } from '../helpers.js';
import { clearSurveyStorage, collector, goOffline, received } from '../survey/helpers.js';
import { measure, trackTimers, untrackTimers, type Figures } from './probes.js';

const CYCLES = 1000;
const WARM_UP = 60;
const HEAP_PER_CYCLE = 512;
const NODE_SLACK = 50;
const LISTENER_SLACK = 5;

const GAUGE = { histograms: [{ metric: 'nps', counts: { '10': 120, '9': 80, '8': 60, '7': 60, '6': 50, '0': 30 } }] };
const CSAT = {
  histograms: ['email', 'chat', 'phone', 'store'].map((channel, i) => ({ metric: 'csat', channel, counts: { '5': 40 + i * 10, '4': 30, '2': 10, '1': 5 + i } })),
};
const SANKEY = {
  journeys: [
    { path: 'email > search', conversions: 3, value: 300, nulls: 2 },
    { path: ['search'], conversions: 1, value: 50 },
    { path: 'display > email > social', conversions: 1, nulls: 4 },
  ],
};

const host = () => document.getElementById('leak-host')!;

/** Waits for `check` (open-wc's waitUntil would leave its timeout timer running, counted as live). */
async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(5);
  }
}

/** Resolves on the element's next `name` event whose detail `match`es (rejects after 5 s: a cycle that never ends must fail, not hang). */
function next<D>(el: Element, name: string, match: (detail: D) => boolean = () => true): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} from <${el.localName}>`)), 5000);
    const on = (e: Event) => {
      if (!match((e as CustomEvent<D>).detail)) return;
      clearTimeout(timer);
      el.removeEventListener(name, on);
      resolve();
    };
    el.addEventListener(name, on);
  });
}

function create(tag: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

const updated = (el: HTMLElement) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

/**
 * One mount / remove cycle of a data element (gauge, CSAT, Sankey). By `i % 10`:
 * 0 fetched, refresh on · 1 removed while its fetch is in flight · 2 `data` attribute ·
 * 3 refresh every 5 ms, removed after a few ticks · 4 removed before its first render ·
 * 5 data of the wrong shape · 6 removed while waiting on a server that never answers ·
 * 7 fetched, then a new `src`, removed during that fetch · 8 data that is not JSON ·
 * 9 fetched, moved (removed and put back), removed.
 */
async function dataCycle(tag: string, body: unknown, i: number): Promise<HTMLElement> {
  const variant = i % 10;
  const attrs: Record<string, string> = { lang: i % 2 ? 'fr' : 'en', target: '30', refresh: variant === 3 ? '0.005' : '1' };
  if (variant === 2) attrs.data = JSON.stringify(body);
  else if (variant === 5) attrs.data = '{"histograms": 3, "journeys": 3}';
  else if (variant === 8) attrs.data = '{"histograms": [';
  else attrs.src = variant === 1 ? jsonUrl(body, 'slow', { ms: '150' }) : variant === 6 ? '/test-api/hang' : jsonUrl(body);
  const el = create(tag, attrs);
  const shown = variant === 5 || variant === 8 ? next(el, 'kpi-error') : variant === 0 || variant === 7 || variant === 9 ? next(el, 'kpi-data') : updated(el);
  host().append(el);
  if (variant === 4) {
    // The update and the fetch still start, detached: the fetch is not aborted, its interval never starts.
    el.remove();
    return el;
  }
  await shown;
  await updated(el);
  // The Sankey draws its tables one task after its chart: drawn in the warm-up too, their templates are in the baseline.
  if (variant === 0) await sleep(0).then(() => updated(el));
  if (variant === 3) await sleep(15);
  if (variant === 7) {
    el.setAttribute('src', jsonUrl(body, 'slow', { ms: '150' }));
    await updated(el);
  }
  if (variant === 9) {
    el.remove();
    host().append(el);
    await updated(el);
  }
  el.remove();
  return el;
}

let ok: ReturnType<typeof collector>;
let slowCollector: ReturnType<typeof collector>;
/** Answers the cycles left queued (offline), delivered at the end. */
const queued = new Set<string>();

/**
 * One mount / remove cycle of the survey. By `i % 10`: 0, 1, 2 answered and sent ·
 * 3 removed during its `delay` · 4 moved during a short `delay`, shown, answered and sent ·
 * 5 answered offline, removed with its answer queued · 6 removed while its answer is
 * posted (slowly) · 7 removed before its first render · 8 answered, no `action` ·
 * 9 a definition error.
 */
async function surveyCycle(i: number): Promise<HTMLElement> {
  const variant = i % 10;
  const attrs: Record<string, string> = { metric: i % 3 === 0 ? 'csat' : 'nps', channel: 'chat', lang: i % 2 ? 'fr' : 'en' };
  if (variant === 3 || variant === 7) attrs.delay = '1';
  if (variant === 4) attrs.delay = '0.005';
  if (variant === 9) attrs.metric = 'mood';
  if (variant !== 8) attrs.action = variant === 6 ? slowCollector.url : ok.url;
  const el = create('kpi-survey', attrs);
  host().append(el);
  if (variant === 7) {
    el.remove();
    return el;
  }
  await updated(el);
  if (variant === 4) {
    el.remove();
    host().append(el);
  }
  if (variant === 3 || variant === 9) {
    el.remove();
    return el;
  }
  if (variant === 4) await until(() => el.shadowRoot!.querySelector('[role=radio]') !== null, 'shown after its delay', 3000);
  el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')[i % 5]!.click();
  await updated(el);
  const send = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
  // Events about other answers come here too (a survey showing the same survey id gets those of removed ones).
  let id = '';
  el.addEventListener('kpi-survey-submit', (e) => (id = (e as CustomEvent<KpiSurveySubmitDetail>).detail.responseId), { once: true });
  const mine = (detail: { responseId: string }) => detail.responseId === id;
  if (variant === 5) {
    const online = goOffline();
    const wait = next(el, 'kpi-survey-queued', mine);
    send();
    await wait;
    online();
    queued.add(id);
  } else if (variant === 6 || variant === 8) {
    send();
    await updated(el);
  } else {
    const sent = next(el, 'kpi-survey-sent', mine);
    send();
    await sent;
  }
  el.remove();
  return el;
}

/** Runs `count` cycles; returns a sample of the removed elements, held weakly. */
async function run(count: number, cycle: (i: number) => Promise<HTMLElement>): Promise<WeakRef<HTMLElement>[]> {
  const sample: WeakRef<HTMLElement>[] = [];
  for (let i = 0; i < count; i++) {
    const el = await cycle(i);
    if (i % 97 === 13) sample.push(new WeakRef(el));
  }
  return sample;
}

function report(tag: string, base: Figures, after: Figures): void {
  const keys = ['heap', 'embedderHeap', 'nodes', 'jsEventListeners', 'windowListeners', 'documentListeners', 'timers', 'documents'] as const;
  const rows = keys.map((k) => `${k} ${base[k]} → ${after[k]} (${after[k] - base[k] >= 0 ? '+' : ''}${after[k] - base[k]})`);
  console.log(`<${tag}> ${CYCLES} cycles: ${rows.join(', ')}; heap ${((after.heap - base.heap) / CYCLES).toFixed(1)} B/cycle`);
}

function expectNoGrowth(base: Figures, after: Figures, { timers = true } = {}): void {
  if (timers) expect(after.timers, 'live timers').to.equal(base.timers);
  expect(after.windowListeners, 'listeners on window').to.be.at.most(base.windowListeners);
  expect(after.documentListeners, 'listeners on document').to.be.at.most(base.documentListeners);
  expect(after.jsEventListeners - base.jsEventListeners, 'JS event listeners').to.be.at.most(LISTENER_SLACK);
  expect(after.nodes - base.nodes, 'DOM nodes').to.be.at.most(NODE_SLACK);
  expect(after.documents, 'documents').to.equal(base.documents);
  expect(after.heap - base.heap, 'V8 heap bytes').to.be.below(HEAP_PER_CYCLE * CYCLES);
}

const collected = (sample: WeakRef<HTMLElement>[]) => sample.filter((r) => r.deref() !== undefined).length;

/** Lets what the last cycles left in flight finish: aborted fetches, deferred tables, slow posts. */
async function settle(done: () => boolean = () => true): Promise<void> {
  await until(done, 'settled', 5000);
  await sleep(200);
}

describe('no leaks: 1 000 mount / remove cycles per element', () => {
  before(() => {
    const div = document.createElement('div');
    div.id = 'leak-host';
    document.body.append(div);
    trackTimers();
  });
  after(() => {
    untrackTimers();
    host().remove();
  });

  for (const [tag, body] of [
    ['kpi-nps-gauge', GAUGE],
    ['kpi-channel-csat', CSAT],
    ['kpi-attribution-sankey', SANKEY],
  ] as const) {
    it(`<${tag}> with src, refresh, fetches aborted in flight`, async function () {
      this.timeout(60_000);
      await run(WARM_UP, (i) => dataCycle(tag, body, i));
      await settle();
      const base = await measure();
      const sample = await run(CYCLES, (i) => dataCycle(tag, body, i));
      await settle();
      const after = await measure();
      report(tag, base, after);
      expect(collected(sample), 'removed elements still alive').to.equal(0);
      expectNoGrowth(base, after);
    });
  }

  it('<kpi-survey> with action, delay, answers posted, in flight and left queued', async function () {
    this.timeout(60_000);
    await clearSurveyStorage();
    ok = collector('ok');
    slowCollector = collector('slow');
    const outbox = sharedOutbox();
    // Queued answers wait for `online` (below), not for a backoff timer during the cycles.
    outbox.options.baseDelay = 10 * 60_000;
    const waiting = () => outbox.size === queued.size;
    const drain = async () => {
      dispatchEvent(new Event('online'));
      await until(() => outbox.size === 0, 'queue drained', 10_000);
      queued.clear();
    };
    try {
      await run(WARM_UP, surveyCycle);
      await settle(waiting);
      await drain();
      await settle();
      const base = await measure();
      const sample = await run(CYCLES, surveyCycle);
      // While the answers wait in the queue, the surveys that took them are gone.
      await settle(waiting);
      const whileQueued = await measure();
      report('kpi-survey', base, whileQueued);
      expect(queued.size).to.equal(CYCLES / 10);
      expect(collected(sample), 'removed surveys still alive').to.equal(0);
      // The outbox keeps one timer for the earliest retry.
      expect(whileQueued.timers - base.timers, 'live timers while queued').to.be.at.most(1);
      expectNoGrowth(base, whileQueued, { timers: false });
      // Then every queued answer is delivered, under its own id, and nothing is left running.
      const ids = [...queued];
      await drain();
      const keys = new Set((await received(ok.key)).map((r) => r.idempotencyKey));
      expect(ids.filter((id) => !keys.has(id))).to.deep.equal([]);
      await settle();
      const after = await measure();
      report('kpi-survey (drained)', base, after);
      expectNoGrowth(base, after);
    } finally {
      await clearSurveyStorage();
    }
  });
});
