// <kpi-survey>'s promise under fire (DESIGN.md §7), one table of scenarios: the built survey
// in Chromium against a recording endpoint on 127.0.0.1 that stores each response once per
// Idempotency-Key (as the demo's collector does) and counts every POST. Faults are injected
// the way pages meet them: storage filled to its real quota by page script, IndexedDB missing
// or refusing writes, redirects, Retry-After, a clock set back, tabs closed mid-request, the
// network going on and off, corrupt queue entries left by someone else.
//
// For each scenario it checks: the answers the endpoint stored (equal to the answers given,
// unless the person was told plainly it could not be kept or the server refused it), one id per
// answer, a POST count within what the backoff schedule allows (no storm), no uncaught error
// on the page, and what the person was told. It prints scenario → stored / posts / ids / told.
//
// Retries here run on the survey's real schedule (2 s doubling, with jitter): each scenario
// lasts a few seconds; they run a few at a time, each in its own browser context (its own
// storage), on one browser.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../chromium.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/** The survey as a page loads it: its own file of the built kit. */
const SURVEY_SCRIPT = 'dist/kpi-survey.js';
const CONCURRENCY = 3;
const TOLD = {
  saved: 'Your answer is saved on this device and will be sent as soon as possible.',
  notSaved: 'Your answer could not be saved on this device. Please keep this page open: it will be sent as soon as the server answers.',
  thanks: 'Thank you for your answer!',
  rejected: 'Your answer could not be recorded.',
};

/**
 * The most POSTs one answer may cost in `seconds` from its first attempt on the survey's
 * backoff (2 s · 2^(n−1) × 0.5…1: retries no sooner than 1, 3, 7, 15… s after the first),
 * plus one per page load (a load sends what is queued at once) and per `pagehide`.
 */
function allowedPosts(seconds, { loads = 0, hides = 0 } = {}) {
  let n = 1;
  while (2 ** n - 1 <= seconds) n++;
  return n + loads + hides;
}

// ---------------------------------------------------------------- the recording endpoint

/** Per scenario: every POST (time, key, answer marker, status) and the responses stored, by key. */
const endpoints = new Map();

function endpoint(name) {
  if (!endpoints.has(name)) endpoints.set(name, { posts: [], stored: new Map(), plan: () => ({ status: 201 }), start: Date.now() });
  return endpoints.get(name);
}

const readBody = (req) =>
  new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (text += c));
    req.on('end', () => resolve(text));
    req.on('error', () => resolve(text));
  });

/** A page with one survey: `attrs` (JSON) are its attributes; the answer marker rides in `touchpoint`. */
function surveyPage(attrs) {
  const attributes = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${String(v).replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`)}"`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>survey</title>
<script type="module" src="/${SURVEY_SCRIPT}"></script></head>
<body><main><kpi-survey${attributes}></kpi-survey></main></body></html>`;
}

let server;
let base;
/** Requests that followed a redirect of `action` (there must be none). */
let followed = 0;

async function handle(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const send = (status, headers = {}, text = '') => {
    res.writeHead(status, { 'cache-control': 'no-store', ...headers });
    res.end(text);
  };
  if (url.pathname === '/favicon.ico') return send(204);
  if (url.pathname === '/survey.html') return send(200, { 'content-type': 'text/html; charset=utf-8' }, surveyPage(JSON.parse(url.searchParams.get('attrs') ?? '{}')));
  if (url.pathname === '/blank.html') return send(200, { 'content-type': 'text/html; charset=utf-8' }, '<!doctype html><title>blank</title>');
  if (url.pathname.startsWith('/dist/')) {
    try {
      return send(200, { 'content-type': 'text/javascript; charset=utf-8' }, await readFile(join(repo, url.pathname)));
    } catch {
      return send(404);
    }
  }
  // Where a redirect points: a GET answering 200, which a followed redirect would take for "sent".
  if (url.pathname === '/elsewhere') {
    followed++;
    return send(200, { 'content-type': 'application/json' }, '{"ok":true}');
  }
  const match = /^\/answers\/([\w-]+)$/.exec(url.pathname);
  if (!match) return send(404);
  if (req.method !== 'POST') return send(405);
  const ep = endpoint(match[1]);
  const text = await readBody(req);
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = {};
  }
  const key = req.headers['idempotency-key'];
  const post = { at: Date.now() - ep.start, key, marker: body.responses?.[0]?.touchpoint, status: 0 };
  ep.posts.push(post);
  const { status, headers = {}, delay = 0, storeFirst = false } = ep.plan(ep.posts.length - 1, post);
  const store = () => !ep.stored.has(key) && ep.stored.set(key, post.marker);
  if (storeFirst) store();
  if (delay) await new Promise((r) => setTimeout(r, delay));
  if (status >= 200 && status < 300) store();
  post.status = status;
  if (res.destroyed) return;
  send(status, { 'content-type': 'application/json', ...headers }, status < 300 ? '{"stored":true}' : '{"error":"test"}');
}

before(async () => {
  server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections?.();
  await new Promise((resolve) => server.close(resolve));
});

let browser;

// ---------------------------------------------------------------- page-side helpers

/** Collects the survey events and the errors that reach the page, from its first script on. */
const RECORDER = () => {
  window.__events = [];
  for (const type of ['kpi-survey-submit', 'kpi-survey-sent', 'kpi-survey-queued', 'kpi-error']) {
    addEventListener(type, (e) => window.__events.push({ type, detail: JSON.parse(JSON.stringify(e.detail)) }), true);
  }
};
const NO_INDEXEDDB = () => Object.defineProperty(window, 'indexedDB', { configurable: true, value: undefined });
/** IndexedDB refusing every write after `n` (a quota reached mid-queue), as QuotaExceededError. */
const IDB_QUOTA_AFTER = (n) => {
  const put = IDBObjectStore.prototype.put;
  let writes = 0;
  IDBObjectStore.prototype.put = function (...args) {
    if (this.name === 'queue' && ++writes > n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
};
/** The wall clock, moved by `window.__clockOffset` ms (the monotonic clock stays). */
const MOVABLE_CLOCK = () => {
  const now = Date.now;
  window.__clockOffset = 0;
  Date.now = () => now() + window.__clockOffset;
};

/** Fills localStorage to its real quota (chunks halving from 1 M characters); resolves the characters written. */
const FILL_LOCAL_STORAGE = () => {
  let size = 1 << 20;
  let i = 0;
  let written = 0;
  while (size >= 1) {
    try {
      localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
      written += size;
    } catch {
      size >>= 1;
    }
  }
  return written;
};

class Tab {
  constructor(page) {
    this.page = page;
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }
  static async open(context, attrs, marker) {
    const tab = new Tab(await context.newPage());
    await tab.page.goto(`${base}/survey.html?attrs=${encodeURIComponent(JSON.stringify({ metric: 'nps', lang: 'en', 'survey-id': 'nps', touchpoint: marker, ...attrs }))}`);
    await tab.page.waitForFunction(() => document.querySelector('kpi-survey')?.shadowRoot?.querySelector('[role=radio]'));
    return tab;
  }
  /** Picks a score and presses send. */
  async answer(score = 9) {
    await this.page.evaluate((s) => {
      const root = document.querySelector('kpi-survey').shadowRoot;
      [...root.querySelectorAll('[role=radio]')].find((r) => r.textContent.trim() === String(s)).click();
      root.querySelector('[part=submit]').click();
    }, score);
  }
  events(type) {
    return this.page.evaluate((t) => window.__events.filter((e) => !t || e.type === t), type);
  }
  async waitFor(type, count = 1, timeout = 30_000) {
    await this.page.waitForFunction(([t, n]) => window.__events.filter((e) => e.type === t).length >= n, [type, count], { timeout });
  }
  /** The thanks and its note, or the error, as the person reads them. */
  told() {
    return this.page.evaluate(() => {
      const root = document.querySelector('kpi-survey')?.shadowRoot;
      const text = (sel) => root?.querySelector(sel)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
      return text('[part=error]') || text('[part=thanks]');
    });
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A fresh context (own storage) with the recorder and the given init scripts. */
async function context(...scripts) {
  const ctx = await browser.newContext();
  await ctx.addInitScript(RECORDER);
  for (const [fn, arg] of scripts) await ctx.addInitScript(fn, arg);
  return ctx;
}

/** Writes values straight into the survey's IndexedDB queue (or localStorage), as another version or a broken script would. */
async function seed(ctx, { idb = [], local = [] }) {
  const page = await ctx.newPage();
  await page.goto(`${base}/blank.html`);
  await page.evaluate(
    async ({ idb, local }) => {
      for (const [k, v] of local) localStorage.setItem(k, v);
      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open('omnikpi-survey', 1);
        r.onupgradeneeded = () => {
          r.result.createObjectStore('queue');
          r.result.createObjectStore('set-aside');
        };
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction('queue', 'readwrite');
        for (const [k, v] of idb) tx.objectStore('queue').put(v, k);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { idb, local },
  );
  await page.close();
}

/** A queued answer as the survey stores it, from an earlier page. */
const queued = (name, id, marker) => ({
  id,
  action: `${base}/answers/${name}`,
  body: JSON.stringify({ responseId: id, survey: 'nps', responses: [{ id: `${id}-1`, responseId: id, metric: 'nps', score: 8, touchpoint: marker }] }),
  survey: 'nps',
  timeout: 10,
  attempts: 1,
  queuedAt: Date.now() - 60_000,
});

// ---------------------------------------------------------------- the scenarios

/**
 * Each: `given` (answer markers), `run(name)` → { tabs (whose errors and last words count),
 * elapsed (s, for the POST bound), loads, hides, told (expected) }, `stored` (markers the
 * endpoint must hold; default all given), `check` (more assertions).
 */
const allScenarios = [
  {
    name: 'quota-full-while-queued',
    about: 'no IndexedDB; localStorage filled to its real quota after the answer is queued; 503 for 6 s',
    async run(name) {
      const ep = endpoint(name);
      ep.plan = () => ({ status: Date.now() - ep.start < 6000 ? 503 : 201 });
      const ctx = await context([NO_INDEXEDDB]);
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.answer();
      await tab.waitFor('kpi-survey-queued');
      const filled = await tab.page.evaluate(FILL_LOCAL_STORAGE);
      assert.ok(filled > 1_000_000, `localStorage took ${filled} characters before its quota`);
      await tab.waitFor('kpi-survey-sent', 1, 30_000);
      return { tabs: [tab], ctx, told: TOLD.thanks };
    },
  },
  {
    name: 'storage-full-at-answer',
    about: 'no IndexedDB, localStorage full before the answer; 503 for 4 s, page kept open',
    async run(name) {
      const ep = endpoint(name);
      ep.plan = () => ({ status: Date.now() - ep.start < 4000 ? 503 : 201 });
      const ctx = await context([NO_INDEXEDDB]);
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.page.evaluate(FILL_LOCAL_STORAGE);
      await tab.answer();
      await tab.waitFor('kpi-survey-queued');
      const told = await tab.told();
      const [queuedEvent] = await tab.events('kpi-survey-queued');
      assert.equal(queuedEvent.detail.persisted, false, 'kpi-survey-queued says persisted: false');
      assert.equal(told, `${TOLD.thanks} ${TOLD.notSaved}`, 'the person is told it is not saved on this device');
      await tab.waitFor('kpi-survey-sent', 1, 30_000);
      return { tabs: [tab], ctx, told: TOLD.thanks, toldWhileQueued: told };
    },
  },
  {
    name: 'storage-full-tab-closed',
    about: 'no storage at all, 503 once; the tab is closed before the retry: the pagehide send delivers it',
    async run(name) {
      endpoint(name).plan = (n) => ({ status: n === 0 ? 503 : 201 });
      const ctx = await context([NO_INDEXEDDB]);
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.page.evaluate(FILL_LOCAL_STORAGE);
      await tab.answer();
      await tab.waitFor('kpi-survey-queued');
      const told = await tab.told();
      await tab.page.close({ runBeforeUnload: true });
      await sleep(1000);
      return { tabs: [tab], ctx, told: `${TOLD.thanks} ${TOLD.notSaved}`, toldAtClose: told, hides: 1 };
    },
  },
  ...[301, 302, 303, 307, 308].map((status) => ({
    name: `redirect-${status}`,
    about: `action answers ${status} → /elsewhere (200) twice, then 201`,
    async run(name) {
      endpoint(name).plan = (n) => (n < 2 ? { status, headers: { location: '/elsewhere' } } : { status: 201 });
      const ctx = await context();
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.answer();
      await tab.waitFor('kpi-survey-queued');
      const told = await tab.told();
      await tab.waitFor('kpi-survey-sent', 1, 30_000);
      const [queuedEvent] = await tab.events('kpi-survey-queued');
      assert.equal(queuedEvent.detail.reason, 'redirect');
      const errors = await tab.events('kpi-error');
      assert.deepEqual(errors.map((e) => [e.detail.field, e.detail.code]), [['action', 'redirect']], 'one kpi-error names action');
      const sent = await tab.events('kpi-survey-sent');
      assert.equal(sent[0].detail.status, 201, 'sent only on the 2xx answer to the POST itself');
      return { tabs: [tab], ctx, told: TOLD.thanks, toldWhileQueued: told, exactPosts: 3 };
    },
  })),
  ...[
    ['null-entry', null],
    ['empty-entry', {}],
    ['text-entry', 'not an entry'],
  ].map(([name, value]) => ({
    name,
    about: `the IndexedDB queue holds ${JSON.stringify(value)} beside an earlier page's answer; a new answer 503 once`,
    given: ['earlier', 'a1'],
    async run(name) {
      endpoint(name).plan = (n) => ({ status: n === 1 ? 503 : 201 });
      const ctx = await context();
      await seed(ctx, { idb: [['broken', value], ['r-earlier', queued(name, 'r-earlier', 'earlier')]], local: [['omnikpi-survey:q:also-broken', 'null']] });
      const warnings = [];
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      tab.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await tab.answer();
      await tab.waitFor('kpi-survey-sent', 2, 30_000);
      const aside = await tab.page.evaluate(
        () =>
          new Promise((resolve) => {
            const r = indexedDB.open('omnikpi-survey', 1);
            r.onsuccess = () => {
              const req = r.result.transaction('set-aside').objectStore('set-aside').getAllKeys();
              req.onsuccess = () => resolve([req.result, localStorage.getItem('omnikpi-survey:set-aside:also-broken')]);
            };
          }),
      );
      assert.deepEqual(aside, [['broken'], 'null'], 'the broken entries are set aside, kept for inspection');
      return { tabs: [tab], ctx, told: TOLD.thanks, loads: 1 };
    },
  })),
  {
    name: 'double-request-submit',
    about: 'form.requestSubmit() twice in one task',
    async run(name) {
      const ctx = await context();
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.page.evaluate(() => {
        const root = document.querySelector('kpi-survey').shadowRoot;
        root.querySelectorAll('[role=radio]')[10].click();
        const form = root.querySelector('form');
        form.requestSubmit();
        form.requestSubmit();
      });
      await tab.waitFor('kpi-survey-sent');
      await sleep(500);
      assert.equal((await tab.events('kpi-survey-submit')).length, 1);
      return { tabs: [tab], ctx, told: TOLD.thanks, exactPosts: 1 };
    },
  },
  ...['0', 'abc'].map((timeout) => ({
    name: `timeout-${timeout}`,
    about: `timeout="${timeout}"; the server answers 201 after 300 ms`,
    async run(name) {
      endpoint(name).plan = () => ({ status: 201, delay: 300 });
      const ctx = await context();
      const tab = await Tab.open(ctx, { action: `/answers/${name}`, timeout }, 'a1');
      await tab.answer();
      await tab.waitFor('kpi-survey-sent');
      const errors = await tab.events('kpi-error');
      assert.deepEqual(errors.map((e) => e.detail.field), ['timeout'], 'kpi-error names the attribute');
      assert.equal((await tab.events('kpi-survey-queued')).length, 0, 'not counted as timed out');
      return { tabs: [tab], ctx, told: TOLD.thanks, exactPosts: 1 };
    },
  })),
  {
    name: 'clock-back-1h',
    about: '503 once; the wall clock set back one hour right after',
    async run(name) {
      endpoint(name).plan = (n) => ({ status: n === 0 ? 503 : 201 });
      const ctx = await context([MOVABLE_CLOCK]);
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.answer();
      await tab.waitFor('kpi-survey-queued');
      await tab.page.evaluate(() => (window.__clockOffset = -3_600_000));
      // Due 1–2 s after the failure on the monotonic clock, whatever the wall clock says.
      await tab.waitFor('kpi-survey-sent', 1, 4000);
      const [first, second] = endpoint(name).posts;
      assert.ok(second.at - first.at <= 2600, `retried ${second.at - first.at} ms after the 503`);
      return { tabs: [tab], ctx, told: TOLD.thanks, exactPosts: 2 };
    },
  },
  {
    name: 'retry-after-120',
    about: '429 with Retry-After: 120; watched for 10 s',
    stored: [],
    async run(name) {
      endpoint(name).plan = (n) => (n === 0 ? { status: 429, headers: { 'retry-after': '120' } } : { status: 201 });
      const ctx = await context();
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.answer();
      await tab.waitFor('kpi-survey-queued');
      const [q] = await tab.events('kpi-survey-queued');
      const wait = Date.parse(q.detail.retryAt) - Date.now();
      assert.ok(wait > 110_000 && wait <= 120_000, `next attempt in ${wait} ms`);
      // `online` does not cut a wait the server asked for.
      await tab.page.evaluate(() => dispatchEvent(new Event('online')));
      await sleep(10_000);
      return { tabs: [tab], ctx, told: `${TOLD.thanks} ${TOLD.saved}`, exactPosts: 1, note: 'held 120 s: not yet due' };
    },
  },
  {
    name: 'retry-after-date',
    about: '503 with Retry-After as an HTTP date 5 s ahead, then 201',
    async run(name) {
      const ep = endpoint(name);
      ep.plan = (n) => (n === 0 ? { status: 503, headers: { 'retry-after': new Date(Date.now() + 5000).toUTCString() } } : { status: 201 });
      const ctx = await context();
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.answer();
      await tab.waitFor('kpi-survey-sent', 1, 15_000);
      const [first, second] = ep.posts;
      // The HTTP date has whole seconds: at least 4 s.
      assert.ok(second.at - first.at >= 4000, `retried ${second.at - first.at} ms after the 503`);
      return { tabs: [tab], ctx, told: TOLD.thanks, exactPosts: 2 };
    },
  },
  {
    name: 'idb-quota-mid-queue',
    about: 'two answers; IndexedDB refuses every write after the first two; 503 for 5 s',
    given: ['a1', 'a2'],
    async run(name) {
      const ep = endpoint(name);
      ep.plan = () => ({ status: Date.now() - ep.start < 5000 ? 503 : 201 });
      const ctx = await context([IDB_QUOTA_AFTER, 2]);
      const one = await Tab.open(ctx, { action: `/answers/${name}`, 'survey-id': 'one' }, 'a1');
      await one.answer();
      const two = await Tab.open(ctx, { action: `/answers/${name}`, 'survey-id': 'two' }, 'a2');
      await two.answer();
      await one.waitFor('kpi-survey-sent', 1, 30_000);
      await two.waitFor('kpi-survey-sent', 1, 30_000);
      return { tabs: [one, two], ctx, told: TOLD.thanks, loads: 1 };
    },
  },
  {
    name: 'no-indexeddb',
    about: 'no IndexedDB: localStorage keeps it; 503, then the page reloads and the next page sends it',
    async run(name) {
      const ep = endpoint(name);
      ep.plan = (n) => ({ status: n === 0 ? 503 : 201 });
      const ctx = await context([NO_INDEXEDDB]);
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.answer();
      await tab.waitFor('kpi-survey-queued');
      const [q] = await tab.events('kpi-survey-queued');
      assert.equal(q.detail.persisted, true);
      assert.ok(await tab.page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('omnikpi-survey:q:'))), 'kept in localStorage');
      await tab.page.reload();
      await tab.page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('omnikpi-survey:q:')), null, { timeout: 10_000 });
      return { tabs: [tab], ctx, told: null, loads: 1, hides: 1 };
    },
  },
  {
    name: 'two-tabs',
    about: 'two tabs, one answer each, 503 for 3 s',
    given: ['a1', 'a2'],
    async run(name) {
      const ep = endpoint(name);
      ep.plan = () => ({ status: Date.now() - ep.start < 3000 ? 503 : 201 });
      const ctx = await context();
      const one = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      const two = await Tab.open(ctx, { action: `/answers/${name}` }, 'a2');
      await one.answer(3);
      await two.answer(10);
      await one.waitFor('kpi-survey-sent', 1, 30_000);
      await two.waitFor('kpi-survey-sent', 1, 30_000);
      return { tabs: [one, two], ctx, told: TOLD.thanks, loads: 1 };
    },
  },
  {
    name: 'tab-closed-during-post',
    about: 'the endpoint stores the answer but answers after 5 s; the tab is closed 0.5 s in and reopened',
    async run(name) {
      endpoint(name).plan = (n) => (n === 0 ? { status: 201, storeFirst: true, delay: 5000 } : { status: 201 });
      const ctx = await context();
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.answer();
      await sleep(500);
      await tab.page.close({ runBeforeUnload: true });
      const again = await Tab.open(ctx, { action: `/answers/${name}` }, 'a2-not-answered');
      await again.waitFor('kpi-survey-sent', 1, 15_000);
      return { tabs: [tab, again], ctx, told: null, loads: 1, hides: 1 };
    },
  },
  {
    name: 'slow-past-timeout',
    about: 'timeout="1"; the endpoint stores, then answers after 2 s; then answers at once',
    async run(name) {
      endpoint(name).plan = (n) => (n === 0 ? { status: 201, storeFirst: true, delay: 2000 } : { status: 200 });
      const ctx = await context();
      const tab = await Tab.open(ctx, { action: `/answers/${name}`, timeout: '1' }, 'a1');
      await tab.answer();
      await tab.waitFor('kpi-survey-queued');
      assert.equal((await tab.events('kpi-survey-queued'))[0].detail.reason, 'timeout');
      await tab.waitFor('kpi-survey-sent', 1, 15_000);
      return { tabs: [tab], ctx, told: TOLD.thanks, exactPosts: 2 };
    },
  },
  ...[408, 429, 500, 502, 503, 504].map((status) => ({
    name: `http-${status}`,
    about: `${status} twice, then 201`,
    async run(name) {
      endpoint(name).plan = (n) => ({ status: n < 2 ? status : 201 });
      const ctx = await context();
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.answer();
      await tab.waitFor('kpi-survey-sent', 1, 15_000);
      // Chromium itself resends a request once when a reused connection answers 408 (before the page sees it):
      // those resends are the browser's, under the same id, and not the survey's attempts.
      const attempts = (await tab.events('kpi-survey-sent'))[0].detail.attempts;
      return { tabs: [tab], ctx, told: TOLD.thanks, ...(status === 408 ? { browserResends: 2, attempts } : { exactPosts: 3 }) };
    },
  })),
  ...[400, 422].map((status) => ({
    name: `http-${status}`,
    about: `${status}: refused by the server, never retried`,
    stored: [],
    async run(name) {
      endpoint(name).plan = () => ({ status });
      const ctx = await context();
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.answer();
      await tab.waitFor('kpi-error');
      await sleep(3000);
      const [error] = await tab.events('kpi-error');
      assert.deepEqual([error.detail.field, error.detail.status], ['action', status]);
      return { tabs: [tab], ctx, told: `${TOLD.rejected} action — the server answered HTTP ${status}`, exactPosts: 1, note: 'refused by the server' };
    },
  })),
  {
    name: 'offline-online-flapping',
    about: 'the network goes off and on every 150 ms for 6 s (the endpoint accepts when reached)',
    async run(name) {
      const ctx = await context();
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await ctx.setOffline(true);
      await tab.answer();
      const start = Date.now();
      let offline = true;
      while (Date.now() - start < 6000) {
        await sleep(150);
        offline = !offline;
        await ctx.setOffline(offline);
      }
      await ctx.setOffline(false);
      await tab.waitFor('kpi-survey-sent', 1, 15_000);
      return { tabs: [tab], ctx, told: TOLD.thanks, elapsed: 20 };
    },
  },
  {
    name: 'survey-removed-during-send',
    about: 'the element is removed while its POST is in flight (1 s)',
    async run(name) {
      endpoint(name).plan = () => ({ status: 201, delay: 1000 });
      const ctx = await context();
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'a1');
      await tab.answer();
      await sleep(100);
      await tab.page.evaluate(() => document.querySelector('kpi-survey').remove());
      await sleep(2000);
      return { tabs: [tab], ctx, told: null, exactPosts: 1 };
    },
  },
  {
    name: 'legacy-localstorage-queue',
    about: 'two answers left in localStorage by the previous (localStorage-only) version',
    given: ['old1', 'old2'],
    async run(name) {
      const ctx = await context();
      const old = (id, marker) => JSON.stringify({ ...queued(name, id, marker), nextAt: Date.now() + 60_000 });
      await seed(ctx, { local: [['omnikpi-survey:q:r-old1', old('r-old1', 'old1')], ['omnikpi-survey:q:r-old2', old('r-old2', 'old2')]] });
      const tab = await Tab.open(ctx, { action: `/answers/${name}` }, 'unanswered');
      await tab.page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('omnikpi-survey:q:')), null, { timeout: 10_000 });
      await sleep(500);
      return { tabs: [tab], ctx, told: null, loads: 1 };
    },
  },
];
/** `SURVEY_SCENARIOS=name,name` runs only those (to look at one). */
const scenarios = process.env.SURVEY_SCENARIOS ? allScenarios.filter((x) => process.env.SURVEY_SCENARIOS.split(',').includes(x.name)) : allScenarios;

// ---------------------------------------------------------------- the run

const rows = [];

async function runScenario(s) {
  const ep = endpoint(s.name);
  ep.start = Date.now();
  const given = s.given ?? ['a1'];
  const result = await s.run(s.name);
  const elapsed = result.elapsed ?? (Date.now() - ep.start) / 1000;
  const lastTab = result.tabs.at(-1);
  const told = lastTab.page.isClosed() ? (result.toldAtClose ?? null) : await lastTab.told();
  const errors = result.tabs.flatMap((t) => t.errors);
  await result.ctx.close();
  const stored = [...ep.stored.values()].sort();
  const markers = [...new Set(ep.posts.map((p) => p.marker))];
  const idsPerAnswer = Object.fromEntries(markers.map((m) => [m, new Set(ep.posts.filter((p) => p.marker === m).map((p) => p.key)).size]));
  const perAnswer = given.map((m) => ep.posts.filter((p) => p.marker === m).length);
  const bound = allowedPosts(elapsed, result) + (result.browserResends ?? 0);
  rows.push({ name: s.name, given: given.length, stored: stored.length, posts: ep.posts.length, ids: Object.values(idsPerAnswer).join(' + ') || '0', told: result.told === null ? '—' : told, note: result.note ?? '' });
  const expected = (s.stored ?? given).slice().sort();
  assert.deepEqual(stored, expected, `${s.name}: answers stored`);
  for (const [m, n] of Object.entries(idsPerAnswer)) assert.equal(n, 1, `${s.name}: ${m} posted under ${n} ids`);
  if (result.exactPosts !== undefined) assert.equal(ep.posts.length, result.exactPosts, `${s.name}: POSTs`);
  for (const [i, n] of perAnswer.entries()) assert.ok(n <= bound, `${s.name}: ${given[i]} posted ${n} times in ${elapsed.toFixed(1)} s; the backoff allows ${bound}`);
  assert.deepEqual(errors, [], `${s.name}: errors that reached the page`);
  if (result.told !== null && !lastTab.page.isClosed?.()) assert.equal(told, result.told, `${s.name}: what the person was told`);
  if (result.toldAtClose !== undefined) assert.equal(result.toldAtClose, result.told, `${s.name}: what the person was told before closing`);
}

test(`<kpi-survey> under storage, redirect, clock, tab and network faults (${scenarios.length} scenarios, ${SURVEY_SCRIPT})`, { timeout: 600_000 }, async (t) => {
  const failures = [];
  const pending = [...scenarios];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let s = pending.shift(); s; s = pending.shift()) {
        try {
          await runScenario(s);
        } catch (error) {
          failures.push(`${s.name} (${s.about}): ${error.message}`);
        }
      }
    }),
  );
  rows.sort((a, b) => scenarios.findIndex((s) => s.name === a.name) - scenarios.findIndex((s) => s.name === b.name));
  const table = ['| scenario | given | stored | POSTs | ids per answer | told |', '| --- | ---: | ---: | ---: | --- | --- |', ...rows.map((r) => `| ${r.name} | ${r.given} | ${r.stored} | ${r.posts} | ${r.ids} | ${r.told}${r.note ? ` (${r.note})` : ''} |`)].join('\n');
  console.log(`\n${table}\n`);
  t.diagnostic(`${rows.length} scenarios run, ${failures.length} failed`);
  assert.deepEqual(failures, []);
  assert.equal(followed, 0, 'requests that followed a redirect of action');
});
