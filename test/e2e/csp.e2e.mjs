// DESIGN.md §1: the kit "works under a strict Content-Security-Policy". The built
// dist files in Chromium, on a page served with each policy of CASES (no
// 'unsafe-inline', no 'unsafe-eval', Trusted Types required): every element fed by its
// `data` attribute, its `.data` property and `src`, and a survey answered and posted.
// No violation may be reported, and the figures on screen must be the ones computed by
// hand from test/e2e/fixtures/api/kpis.json. Run with `npm run test:e2e` after `npm run build`.
//
// Violations are seen two ways: a `securitypolicyviolation` listener registered by the
// page's first script (csp-listen.js), and a report-only copy of the policy whose
// reports the server collects (the enforced header stays exactly the policy under test).
// A canary page that breaks the policy on purpose shows both ways do see violations.
// A 1.8 MB `src` body is read in the Web Worker (dist/omnikpi-worker.js) under each
// policy, started from a Trusted Types script URL of the kit's `omnikpi` policy.
// To cover a new policy or set of files, add it to CASES.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { fixtureHarness, LARGE_REPEAT } from './fixture-server.mjs';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";
// The README's: no style source at all, and the Trusted Types policies named: Lit's, and the kit's (its worker's URL).
const README = "default-src 'none'; script-src 'self'; style-src 'none'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html omnikpi";
const ENTRIES = ['kpi-nps-gauge', 'kpi-channel-csat', 'kpi-attribution-sankey', 'kpi-survey'].map((name) => `/dist/${name}.js`);

const CASES = [
  { name: 'strict policy, dist/omnikpi.js', policy: STRICT, scripts: ['/dist/omnikpi.js'] },
  { name: "README's policy, dist/omnikpi.js", policy: README, scripts: ['/dist/omnikpi.js'] },
  // The four element modules share one Lit (dist/chunks/), so one `lit-html` policy: no 'allow-duplicates' needed.
  { name: "README's policy, the four element modules", policy: README, scripts: ENTRIES },
  { name: 'strict policy, dist/omnikpi-all.js (every element in one file)', policy: STRICT, scripts: ['/dist/omnikpi-all.js'] },
];

const UI_TIMEOUT = 30_000;
const fixture = JSON.parse(await readFile(new URL('fixtures/api/kpis.json', import.meta.url), 'utf8'));

// Hand computation from kpis.json (not from the engine):
// NPS over both channels: promoters (9–10) 6+4 + 3+3 = 16, detractors (0–6) 3+2 + 3+3 = 11, n = 40;
// score = 100·(16 − 11)/40 = +12.5; margin = 1.96·100·√((0.4 + 0.275 − 0.125²)/40) = 25.16… → 25.2.
const NPS = { score: '+12.5', answers: '40 answers', margin: '± 25.2 pts' };
// /api/large.json: the same answers 5 000 times, n = 200 000: the same score, the margin √5 000 times smaller,
// 1.96·100·√(0.659375/200 000) = 0.356 → 0.4.
const LARGE = { score: '+12.5', answers: '200,000 answers', margin: '± 0.4 pts' };
// CSAT (satisfied = 4–5): chat 40/50 = 80 %, email 24/40 = 60 %; sorted best first. Against the target 70:
// chat's 95 % interval 80 ± 1.96·√(0.8·0.2/50) = 80 ± 11.1 (68.9 … 91.1) and email's 60 ± 1.96·√(0.6·0.4/40) = 60 ± 15.2
// (44.8 … 75.2) both hold 70: both within the margin, neither below.
const CSAT = [
  { value: '80%', below: false, within: true },
  { value: '60%', below: false, within: true },
];
// Journeys email > search, social > search, email: step-indexed channels and the two outcomes.
const SANKEY_NODES = ['conversion', 'email · 1', 'no conversion', 'search · 2', 'social · 1'];

const harness = fixtureHarness();

/** What the page shows, read from the shadow roots of every element. */
const rendered = (page) =>
  page.evaluate(() => {
    const all = (sel) => [...document.querySelectorAll(sel)];
    const text = (root, sel) => root.querySelector(sel)?.textContent.trim();
    return {
      gauges: all('kpi-nps-gauge[data-input]').map((el) => ({
        input: el.dataset.input,
        score: text(el.shadowRoot, '[part=score]'),
        meta: [...el.shadowRoot.querySelectorAll('[part=meta] span')].map((s) => s.textContent.trim()),
      })),
      bars: all('kpi-channel-csat').map((el) => ({
        input: el.dataset.input,
        rows: [...el.shadowRoot.querySelectorAll('g.row')].map((g) => ({
          value: text(g, '.value'),
          below: g.classList.contains('below'),
          within: g.classList.contains('within-margin'),
          width: g.querySelector('rect.bar')?.getBoundingClientRect().width,
        })),
      })),
      sankeys: all('kpi-attribution-sankey').map((el) => ({
        input: el.dataset.input,
        // Each label's full name (its tooltip): beside the node it shows the channel, the column heading its step.
        nodes: [...el.shadowRoot.querySelectorAll('g.node text.label title')].map((t) => t.textContent.trim()).sort(),
      })),
    };
  });

for (const { name, policy, scripts } of CASES) {
  describe(`${name}: ${policy}`, () => {
    let page;
    const errors = [];

    before(async () => {
      harness.server.headers = {
        'content-security-policy': policy,
        'content-security-policy-report-only': `${policy}; report-uri /csp-report`,
      };
      harness.server.answers.length = 0;
      harness.server.requests.length = 0;
      harness.server.reports.length = 0;
      page = await harness.browser.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(`${m.type()}: ${m.text()}`));
      await page.goto(`${harness.server.base}/csp.html?js=${scripts.join(',')}`);
    });

    after(() => page?.close());

    test('every element renders the figures computed by hand, from its attribute, property and src', async () => {
      assert.equal(await page.evaluate(() => document.querySelector('kpi-nps-gauge').getAttribute('data')), JSON.stringify(fixture), 'the attribute holds kpis.json');
      await page.waitForFunction(() => [...document.querySelectorAll('[data-input], [data-large]')].every((el) => el.status === 'ready'), null, { timeout: UI_TIMEOUT });
      // The bars are drawn once their box is measured.
      await page.waitForFunction(() => [...document.querySelectorAll('kpi-channel-csat')].every((el) => el.shadowRoot.querySelectorAll('rect.bar').length === 2), null, {
        timeout: UI_TIMEOUT,
      });
      const { gauges, bars, sankeys } = await rendered(page);
      const inputs = ['attribute', 'property', 'src'];
      // +12.5 ± 25.2 spans −12.7 … +37.7, which holds the target 30: within its margin.
      assert.deepEqual(gauges, inputs.map((input) => ({ input, score: NPS.score, meta: [NPS.answers, NPS.margin, '≈ target 30 — within the margin of the target'] })));
      for (const b of bars) {
        assert.deepEqual(
          b.rows.map(({ value, below, within }) => ({ value, below, within })),
          CSAT,
          `CSAT bars from ${b.input}`,
        );
        // From a zero baseline a bar's length is proportional to its value: 80 / 60.
        assert.ok(Math.abs(b.rows[0].width / b.rows[1].width - 80 / 60) < 0.02, `bar lengths 80:60 from ${b.input} (${b.rows[0].width}, ${b.rows[1].width})`);
      }
      assert.deepEqual(bars.map((b) => b.input), inputs);
      assert.deepEqual(sankeys, inputs.map((input) => ({ input, nodes: SANKEY_NODES })));
    });

    test(`a 1.8 MB src body is read in dist/omnikpi-worker.js: the same score over ${LARGE_REPEAT} times the answers`, async () => {
      await page.waitForFunction(() => document.querySelector('[data-large]').status === 'ready', null, { timeout: UI_TIMEOUT });
      const shown = await page.evaluate(() => {
        const root = document.querySelector('[data-large]').shadowRoot;
        return { score: root.querySelector('[part=score]').textContent.trim(), meta: [...root.querySelectorAll('[part=meta] span')].map((s) => s.textContent.trim()) };
      });
      // +12.5 ± 0.4: the whole interval under 30, below the target.
      assert.deepEqual(shown, { score: LARGE.score, meta: [LARGE.answers, LARGE.margin, '▼ target 30 — below target'] });
      assert.ok(harness.server.requests.includes('/dist/omnikpi-worker.js'), 'the worker beside the kit was loaded');
    });

    test('the survey is answered and its POST reaches the server', async () => {
      const sent = page.evaluate(() => new Promise((resolve) => document.addEventListener('kpi-survey-sent', (e) => resolve(e.detail), { once: true })));
      const survey = page.locator('kpi-survey');
      await survey.getByRole('radio', { name: '9', exact: true }).click();
      await survey.getByRole('button', { name: 'Send' }).click();
      assert.equal((await sent).status, 201);
      assert.equal(harness.server.answers.length, 1);
      const [answer] = harness.server.answers[0].responses;
      assert.deepEqual({ metric: answer.metric, score: answer.score, channel: answer.channel, touchpoint: answer.touchpoint }, { metric: 'nps', score: 9, channel: 'chat', touchpoint: 'csp-test' });
      await survey.getByText('Thank you', { exact: false }).waitFor({ timeout: UI_TIMEOUT });
    });

    test('no violation, no page error, no console error; the canary shows violations are seen', async (t) => {
      const violations = await page.evaluate(() => window.__violations);
      t.diagnostic(`${name}: ${violations.length} violation events, ${harness.server.reports.length} reports on /csp.html`);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      // The canary's reports come after any late one of csp.html: once they are in, so is everything before them.
      await page.goto(`${harness.server.base}/csp-canary.html`);
      const seen = await page.evaluate(() => window.__violations.map((v) => `${v.directive} ${v.disposition}`));
      assert.deepEqual(seen.sort(), ['require-trusted-types-for enforce', 'require-trusted-types-for report', 'style-src-attr enforce', 'style-src-attr report']);
      const deadline = Date.now() + UI_TIMEOUT;
      while (harness.server.reports.filter((r) => r['csp-report']['document-uri'].endsWith('/csp-canary.html')).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.equal(harness.server.reports.filter((r) => r['csp-report']['document-uri'].endsWith('/csp-canary.html')).length, 2, 'the canary is reported');
      assert.deepEqual(harness.server.reports.filter((r) => !r['csp-report']['document-uri'].endsWith('/csp-canary.html')), [], 'no report from csp.html');
    });
  });
}

// Lit creates its Trusted Types policy, `lit-html`, when its module runs. Under a `trusted-types`
// list without 'allow-duplicates', a second policy of that name is refused: createPolicy throws, the
// kit's module fails and its elements are never defined. src/trusted-types-check.ts says so, once,
// with the fix. The page (test/e2e/fixtures/csp-duplicate-policy.html) makes its own `lit-html`
// policy first when asked (?page-policy), as a page with its own Lit does, or loads two copies of
// the kit's Lit (an element module, whose Lit is in dist/chunks/, and dist/omnikpi-all.js).
describe(`a lit-html policy made before the kit's, under ${README}`, () => {
  const ALLOW = `${README} 'allow-duplicates'`;
  // The browser's own console line for the violation (Chromium's wording).
  const browserLine = (text) => /^Creating a TrustedTypePolicy named 'lit-html' violates/.test(text);

  /** Loads the page under `policy`; resolves with what it logged and which elements are defined. */
  async function load(policy, query) {
    harness.server.headers = { 'content-security-policy': policy };
    const page = await harness.browser.newPage();
    const consoleErrors = [];
    const pageErrors = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && consoleErrors.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      await page.goto(`${harness.server.base}/csp-duplicate-policy.html?${query}`);
      await page.waitForLoadState('load');
      // Through the loader the elements come after the load event: give them the time to (they are quick when they can).
      await page.waitForFunction(() => customElements.get('kpi-nps-gauge') && customElements.get('kpi-survey'), null, { timeout: 3000 }).catch(() => {});
      const state = await page.evaluate(() => ({
        gauge: customElements.get('kpi-nps-gauge') !== undefined,
        survey: customElements.get('kpi-survey') !== undefined,
        // The watch on createPolicy is over: the browser's own function is back.
        createPolicy: trustedTypes.createPolicy === TrustedTypePolicyFactory.prototype.createPolicy,
        violations: window.__violations.map((v) => `${v.directive} ${v.disposition} ${v.sample}`),
        gaugeStatus: document.querySelector('kpi-nps-gauge').status ?? null,
      }));
      return { ...state, consoleErrors, pageErrors };
    } finally {
      await page.close();
    }
  }

  const isKitMessage = (line) =>
    line.startsWith('error: omnikpi: elements not defined: ') &&
    line.includes(`Trusted Types refused Lit's "lit-html" policy (`) &&
    line.includes('already exists') && // the browser's reason, passed on
    line.includes(`add 'allow-duplicates' to the CSP trusted-types directive, or let only one copy of Lit create it.`);

  test('the page made one first: the elements are not defined, and exactly one console error of the kit says why and names the fix', async () => {
    const r = await load(README, 'page-policy&js=/dist/omnikpi-all.js');
    assert.equal(r.gauge, false, '<kpi-nps-gauge> is not defined');
    assert.equal(r.survey, false, '<kpi-survey> is not defined');
    assert.deepEqual(r.violations, ['trusted-types enforce lit-html']);
    const ours = r.consoleErrors.filter((line) => !browserLine(line.replace(/^error: /, '')));
    assert.equal(ours.length, 1, `one console error besides the browser's own line: ${JSON.stringify(r.consoleErrors)}`);
    assert.ok(isKitMessage(ours[0]), ours[0]);
    assert.equal(r.consoleErrors.length, 2, 'the browser reports the violation itself too');
    // The error goes on as before (nothing is swallowed): Lit's module fails with the browser's TypeError.
    assert.deepEqual(r.pageErrors, [`Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy with name "lit-html" already exists.`]);
    assert.equal(r.createPolicy, true);
  });

  test('two copies of Lit from the kit (an element module, then the one-file kit): the first defines its element, the second fails and says so once', async () => {
    const r = await load(README, 'js=/dist/kpi-nps-gauge.js,/dist/omnikpi-all.js');
    assert.equal(r.gauge, true, 'the first file defines <kpi-nps-gauge>');
    assert.equal(r.survey, false, 'the second file is refused its lit-html policy');
    const ours = r.consoleErrors.filter((line) => !browserLine(line.replace(/^error: /, '')));
    assert.equal(ours.length, 1, JSON.stringify(r.consoleErrors));
    assert.ok(isKitMessage(ours[0]), ours[0]);
    assert.equal(r.pageErrors.length, 1);
    assert.equal(r.createPolicy, true);
  });

  test("with 'allow-duplicates', or without the page's policy, the same page defines every element and logs nothing", async () => {
    for (const [policy, query] of [
      [ALLOW, 'page-policy&js=/dist/omnikpi-all.js'],
      [ALLOW, 'js=/dist/kpi-nps-gauge.js,/dist/omnikpi-all.js'],
      [ALLOW, 'page-policy&js=/dist/omnikpi.js'],
      [README, 'js=/dist/omnikpi.js'],
      // The element modules share one Lit: no duplicate.
      [README, 'js=/dist/kpi-nps-gauge.js,/dist/kpi-survey.js'],
    ]) {
      const r = await load(policy, query);
      assert.deepEqual(
        { gauge: r.gauge, survey: r.survey, consoleErrors: r.consoleErrors, pageErrors: r.pageErrors, violations: r.violations, createPolicy: r.createPolicy },
        { gauge: true, survey: true, consoleErrors: [], pageErrors: [], violations: [], createPolicy: true },
        `${query} under ${policy}`,
      );
    }
  });
});
