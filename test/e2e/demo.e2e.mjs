// The whole loop of `npm start`, end to end: the demo server (demo/server.mjs)
// on a free port with a fresh data folder, Chromium answering the survey, the
// answer counted on the page and stored in PGlite, still there after a restart.
// Run with `npm run test:e2e`; CHROME_PATH picks the browser (else an installed Chrome or Chromium: test/chromium.mjs).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../chromium.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/** First start creates the database and loads the sample: slow on a busy machine. */
const START_TIMEOUT = 180_000;
const UI_TIMEOUT = 60_000;

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, 'localhost', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

let dataDir;
let port;
let base;
/** The running server child, if any. */
let server;
let output = '';

/** Starts demo/server.mjs and resolves once it listens; rejects (with its output) if it exits or takes too long. */
function startServer() {
  const child = spawn(process.execPath, ['demo/server.mjs'], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), HOST: 'localhost', OMNIKPI_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready after ${START_TIMEOUT} ms:\n${output}`)), START_TIMEOUT);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('demo at http')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (server === child) server = undefined;
      reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}

/** SIGTERM, and wait for the exit; resolves with the exit code. */
function stopServer() {
  const child = server;
  if (!child || child.exitCode !== null) return Promise.resolve(child?.exitCode ?? 0);
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', (code, signal) => {
      clearTimeout(kill);
      resolve(code ?? signal);
    });
    child.kill('SIGTERM');
  });
}

let browser;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'omnikpi-e2e-'));
  port = await freePort();
  base = `http://localhost:${port}`;
  output = '';
  await startServer();
  browser = await launchChromium();
});

// If this process dies without running `after`, the server still goes with it.
process.on('exit', () => server?.kill('SIGKILL'));

// Always: close the browser, stop the server this file started, remove its data.
after(async () => {
  await browser?.close().catch(() => {});
  await stopServer().catch(() => server?.kill('SIGKILL'));
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const post = (body, headers = {}) =>
  fetch(`${base}/api/answers`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const kpis = async () => (await fetch(`${base}/api/kpis.json`)).json();
const npsCount = (doc) => doc.histograms.filter((h) => h.metric === 'nps').reduce((n, h) => n + Object.values(h.counts).reduce((a, b) => a + b, 0), 0);

/** A page of the demo with the console errors it logs. */
async function openPage(path = '/') {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(base + path);
  await page.waitForFunction(() => [...document.querySelectorAll('kpi-nps-gauge, kpi-channel-csat, kpi-attribution-sankey, kpi-trend, kpi-scorecard, kpi-heatmap, kpi-comments')].every((el) => el.status === 'ready'), null, {
    timeout: UI_TIMEOUT,
  });
  return { page, errors };
}

const gaugeN = (page) => page.evaluate(() => document.querySelector('#nps-all').result.n);

let answer; // the survey's payload, as kpi-survey-submit gave it
let before_n;

test('the demo answers the survey: n goes up by one on the page and the answer is in the database', async () => {
  const { page, errors } = await openPage('/');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  before_n = await gaugeN(page);
  assert.ok(before_n > 1000, `sample data loaded (n = ${before_n})`);
  const appBefore = await page.evaluate(() => document.querySelector('#nps-bars').rows.find((r) => r.key === 'app').n);

  await page.evaluate(() => {
    window.__submitted = new Promise((resolve) => document.addEventListener('kpi-survey-submit', (e) => resolve(e.detail), { once: true }));
    window.__sent = new Promise((resolve) => document.addEventListener('kpi-survey-sent', (e) => resolve(e.detail), { once: true }));
  });
  const survey = page.locator('#survey');
  await survey.getByRole('radio', { name: '8', exact: true }).click();
  await survey.getByRole('button', { name: 'Envoyer' }).click();
  const sent = await page.evaluate(() => window.__sent);
  answer = await page.evaluate(() => window.__submitted);
  assert.equal(sent.status, 201);
  assert.equal(sent.responseId, answer.responseId);
  assert.equal(answer.responses.length, 1);
  assert.equal(answer.responses[0].score, 8);

  // The page reloads its figures on kpi-survey-sent.
  await page.waitForFunction((n) => document.querySelector('#nps-all').result?.n === n + 1, before_n, { timeout: UI_TIMEOUT });
  await page.waitForFunction((n) => document.querySelector('#nps-bars').rows?.find((r) => r.key === 'app')?.n === n + 1, appBefore, { timeout: UI_TIMEOUT });
  assert.match(await page.evaluate(() => document.querySelector('#nps-all').summary), new RegExp(`${(before_n + 1).toLocaleString('fr').replace(/\s/g, '\\s')}`));

  const stored = await (await fetch(`${base}/api/answers/${encodeURIComponent(answer.responses[0].id)}`)).json();
  assert.equal(stored.id, answer.responses[0].id);
  assert.equal(stored.response_id, answer.responseId);
  assert.equal(stored.metric, 'nps');
  assert.equal(stored.score, 8);
  assert.equal(stored.channel, 'app');
  assert.equal(stored.touchpoint, 'intranet');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the Opérations section: chat FCR from the collector’s metrics rows, up from December’s 68 % to May’s 80 %', async () => {
  const { page, errors } = await openPage('/');
  const chat = await page.evaluate(() => {
    const group = document.querySelector('#ops-service').tiles.find((g) => g.channel === 'chat');
    const fcr = group.tiles.find((t) => t.kpi === 'fcr');
    return { first: fcr.points[0], last: fcr.points.at(-1), status: fcr.status, target: fcr.target.target };
  });
  // demo/sample-data.mjs draws chat's first-contact resolution at 68 % in December and 80 % in May (sampled, so within 4 points).
  assert.equal(chat.first.period, '2025-12');
  assert.equal(chat.last.period, '2026-05');
  assert.ok(Math.abs(chat.first.value - 68) < 4 && Math.abs(chat.last.value - 80) < 4, JSON.stringify(chat));
  assert.equal(chat.target, 85);
  const platforms = await page.evaluate(() => document.querySelector('#ops-social').tiles.map((g) => g.channel).sort());
  assert.deepEqual(platforms, ['facebook', 'instagram', 'linkedin', 'twitter']);
  // ROI per paid channel, against the page's target of 100 %.
  const roi = await page.evaluate(() => document.querySelector('#ops-marketing').tiles.map((g) => [g.channel, g.tiles.find((t) => t.kpi === 'roi')?.target?.target]));
  assert.ok(roi.length >= 3 && roi.every(([, target]) => target === 100), JSON.stringify(roi));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the heatmap section: NPS per touchpoint × stage from /api/kpis.json, its worst and best cells named', async () => {
  const { page, errors } = await openPage('/');
  const heat = await page.evaluate(() => {
    const el = document.querySelector('#heat-nps');
    const r = el.result;
    return { keys: r.rows, rows: r.rows.length, columns: r.columns.length, answered: r.cells.filter((c) => c.n > 0).length, summary: el.summary, cells: el.shadowRoot.querySelectorAll('td').length };
  });
  // demo/sample-data.mjs: 10 touchpoints; stages awareness, purchase, support, after-sale, delivery; each touchpoint's
  // answers spread over its channel's stages in turn, so 24 of the 50 pairs have answers (all ≥ 30 of them).
  assert.deepEqual([heat.rows, heat.columns, heat.answered, heat.cells], [10, 5, 24, 50], JSON.stringify(heat.keys));
  // By the engine on the sample (deterministic): phone's callback after the sale is the worst cell, −24 (45 answers),
  // the store's pickup after the sale the best, +58 (52 answers).
  assert.match(heat.summary.replace(/\s+/g, ' '), /^La pire : callback × after-sale, NPS −24 \(n = 45\) ; la meilleure : pickup × after-sale, \+58 \(n = 52\)\.$/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Ce que disent les clients: the latest comments from /api/comments.json, newest first, and the themes of the seeds', async () => {
  const api = await (await fetch(`${base}/api/comments.json?limit=500`)).json();
  assert.equal(api.responses.length, 500);
  assert.ok(api.responses.every((r) => typeof r.comment === 'string' && r.comment.trim()));
  const times = api.responses.map((r) => Date.parse(r.at));
  assert.ok(times.every((t, i) => i === 0 || t <= times[i - 1]), 'newest first');
  assert.equal((await fetch(`${base}/api/comments.json?limit=0`)).status, 400);
  const { page, errors } = await openPage('/');
  const nps = await page.evaluate(() => {
    const el = document.querySelector('#comments-nps');
    const terms = (side) => [...el.shadowRoot.querySelectorAll(`.terms.${side} .term`)].map((t) => t.textContent);
    return { shown: el.shownComments.length, first: el.shownComments[0].at, bad: terms('bad'), good: terms('good'), title: el.shadowRoot.querySelector('[part=title]').textContent };
  });
  assert.equal(nps.shown, 10); // page-size="10"
  assert.equal(nps.title, 'Ce que disent les clients (NPS)');
  // demo/sample-data.mjs writes the detractors' comments about waiting (phone), the promoters' about the chat and the store.
  assert.ok(nps.bad.includes('attente'), JSON.stringify(nps.bad));
  assert.ok(nps.good.some((t) => ['rapide', 'réactif', 'accueil', 'aimable'].includes(t)), JSON.stringify(nps.good));
  // A theme filters the list.
  await page.evaluate(() => [...document.querySelector('#comments-nps').shadowRoot.querySelectorAll('[part=theme]')].find((b) => b.querySelector('.term').textContent === 'attente').click());
  await page.waitForFunction(() => document.querySelector('#comments-nps').shadowRoot.querySelector('[part=theme-filter]'), null, { timeout: UI_TIMEOUT });
  const filtered = await page.evaluate(() => document.querySelector('#comments-nps').shownComments.map((r) => r.comment));
  assert.ok(filtered.length > 0 && filtered.every((c) => /attente/i.test(c)), JSON.stringify(filtered));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the page is in French by default; the switch turns the page and the elements to English', async () => {
  const { page, errors } = await openPage('/');
  assert.match(await page.evaluate(() => document.querySelector('#nps-all').summary), /réponses/);
  await page.click('#lang-switch');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.waitForFunction(() => /answers/.test(document.querySelector('#nps-all').summary), null, { timeout: UI_TIMEOUT });
  assert.equal(await page.locator('h1').textContent(), 'Customer care dashboard');
  await page.locator('#survey').getByRole('button', { name: 'Send' }).waitFor({ timeout: UI_TIMEOUT });
  assert.deepEqual(errors, []);
  await page.close();
});

test('posting the same answer again stores it once', async () => {
  const n = npsCount(await kpis());
  assert.equal(n, before_n + 1);
  const again = await post(answer, { 'Idempotency-Key': answer.responseId });
  assert.equal(again.status, 200);
  assert.deepEqual((await again.json()).duplicates, [answer.responses[0].id]);
  assert.equal(npsCount(await kpis()), n);
});

test('a bad payload gets 400 with the field and stores nothing', async () => {
  const n = npsCount(await kpis());
  const good = { id: 'e2e-good', metric: 'nps', score: 9, channel: 'chat' };
  const bad = await post({ responseId: 'e2e-r', responses: [good, { id: 'e2e-bad', metric: 'nps', score: 11 }] });
  assert.equal(bad.status, 400);
  const body = await bad.json();
  assert.equal(body.error, 'invalid');
  assert.deepEqual(body.issues.map((i) => i.field), ['responses[1].score']);
  assert.equal((await post('{not json')).status, 400);
  assert.equal((await post({ responseId: 'e2e-r', responses: [{ metric: 'nps', score: 9 }] })).status, 400, 'an answer needs its id');
  assert.equal((await post({ responseId: 'e2e-r', responses: [good] }, { 'Idempotency-Key': 'other' })).status, 400);
  assert.equal((await fetch(`${base}/api/answers/e2e-good`)).status, 404, 'the valid answer of a refused payload is not stored');
  assert.equal(npsCount(await kpis()), n);
});

test('after a restart on the same data folder the answer is still counted', async () => {
  assert.equal(await stopServer(), 0, 'SIGTERM stops the server cleanly');
  output = '';
  await startServer();
  assert.doesNotMatch(output, /loaded the sample data/, 'the sample is loaded once, on the first start');
  assert.equal((await fetch(`${base}/api/answers/${encodeURIComponent(answer.responses[0].id)}`)).status, 200);
  const { page, errors } = await openPage('/');
  assert.equal(await gaugeN(page), before_n + 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the hostile page renders every element; the page keeps its own hostile styles', async () => {
  const { page, errors } = await openPage('/hostile.html');
  assert.equal(await gaugeN(page), before_n + 1);
  // The elements' styles stay in their shadow roots: the host's h1 keeps the hostile colour and font.
  const h1 = await page.evaluate(() => getComputedStyle(document.querySelector('h1')).color);
  assert.equal(h1, 'rgb(255, 0, 255)');
  // The survey still works under the hostile sheet.
  assert.equal(await page.locator('#survey').getByRole('radio').count(), 11);
  // The sample's six months (December to May) come first; the survey answered above (today) extends the line, empty months kept.
  const months = await page.evaluate(() => document.querySelector('#trend-nps').result.rows.map((r) => r.period));
  assert.deepEqual(months.slice(0, 6), ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Inherited text styles of each element's inner `[part=base]`. */
const innerStyles = (page) =>
  page.evaluate(() =>
    ['nps-all', 'csat', 'survey', 'trend-nps'].map((id) => {
      const base = document.querySelector(`#${id}`).shadowRoot.querySelector('[part=base]');
      const cs = getComputedStyle(base);
      return { id, color: cs.color, fontFamily: cs.fontFamily, textTransform: cs.textTransform, letterSpacing: cs.letterSpacing, textAlign: cs.textAlign };
    }),
  );

// Outer rules on the host element beat `:host` (`* { all: unset }` resets what :host
// sets), and text-transform, letter-spacing, text-align inherit through shadow roots:
// the elements set and reset their text styles on `[part=base]`.
test('the hostile sheet does not change the text styles inside the elements', async () => {
  const normal = await openPage('/');
  const hostile = await openPage('/hostile.html');
  assert.deepEqual(await innerStyles(hostile.page), await innerStyles(normal.page));
  await normal.page.close();
  await hostile.page.close();
});
