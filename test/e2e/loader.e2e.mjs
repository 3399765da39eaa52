// The loader (dist/omnikpi.js) as an integrator uses it, in Chromium, built: under a strict
// Content-Security-Policy with Trusted Types it loads the four elements of a page and one added
// later; a page with one gauge downloads the gauge and its chunks, never the survey's or the
// Sankey's code (the server's request log says so).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureHarness } from './fixture-server.mjs';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html omnikpi";
const UI_TIMEOUT = 30_000;
const harness = fixtureHarness();

/** Fresh logs, the policy on every response, and a page recording its errors and warnings. */
async function open(path) {
  harness.server.headers = { 'content-security-policy': STRICT };
  harness.server.requests.length = 0;
  const page = await harness.browser.newPage();
  const messages = [];
  page.on('pageerror', (e) => messages.push(`page error: ${e.message}`));
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
  await page.goto(`${harness.server.base}${path}`);
  return { page, messages };
}

describe(`dist/omnikpi.js under ${STRICT}`, () => {
  test('a page with every element: all four defined and drawn, kpi-discovery-complete names them, and a gauge added later is loaded too', async () => {
    const { page, messages } = await open('/csp.html?js=/dist/omnikpi.js');
    const detail = await page.evaluate(
      () =>
        new Promise((resolve) => {
          // The event may have fired already: the loader's `ready` promise gives the same detail.
          import('/dist/omnikpi.js').then((loader) => loader.ready).then(resolve);
        }),
    );
    assert.deepEqual([...detail.loaded].sort(), ['kpi-attribution-sankey', 'kpi-channel-csat', 'kpi-nps-gauge', 'kpi-survey']);
    assert.deepEqual(detail.failed, []);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-input]')].every((el) => el.status === 'ready'), null, { timeout: UI_TIMEOUT });
    // Added after the first pass, into markup built on the page: the MutationObserver sees it.
    await page.evaluate(() => {
      const late = document.createElement('kpi-nps-gauge');
      late.id = 'late';
      late.lang = 'en';
      late.data = { responses: [10, 10, 9, 3].map((score) => ({ metric: 'nps', score })) };
      const section = document.createElement('section');
      section.append(late);
      document.body.append(section);
    });
    // 3 promoters, 1 detractor of 4 → 100 · (3 − 1) / 4 = +50 (whole numbers are shown without decimals)
    await page.waitForFunction(() => document.getElementById('late').shadowRoot?.querySelector('[part=score]')?.textContent.trim() === '+50', null, { timeout: UI_TIMEOUT });
    // Each module once, whatever the number of elements of its kind.
    const modules = harness.server.requests.filter((p) => /^\/dist\/kpi-[\w-]+\.js$/.test(p));
    assert.deepEqual([...modules].sort(), ['/dist/kpi-attribution-sankey.js', '/dist/kpi-channel-csat.js', '/dist/kpi-nps-gauge.js', '/dist/kpi-survey.js']);
    assert.deepEqual(messages, []);
    await page.close();
  });

  test('a page with one gauge requests the loader, the gauge and its chunks only: no survey, Sankey, bars or all-in-one code', async () => {
    const { page, messages } = await open('/one-gauge.html');
    await page.waitForFunction(() => document.querySelector('kpi-nps-gauge').shadowRoot?.querySelector('[part=score]')?.textContent.trim() === '+33.3', null, { timeout: UI_TIMEOUT });
    const dist = harness.server.requests.filter((p) => p.startsWith('/dist/'));
    assert.ok(dist.includes('/dist/omnikpi.js') && dist.includes('/dist/kpi-nps-gauge.js'), dist.join(', '));
    assert.deepEqual(
      dist.filter((p) => !p.startsWith('/dist/chunks/') && !['/dist/omnikpi.js', '/dist/kpi-nps-gauge.js'].includes(p)),
      [],
      'only the loader, the gauge and shared chunks',
    );
    // The survey's and the Sankey's own code is not in any chunk the gauge loaded.
    for (const path of dist.filter((p) => p.startsWith('/dist/chunks/'))) {
      const code = await (await fetch(`${harness.server.base}${path}`)).text();
      assert.ok(!code.includes('omnikpi-survey') && !code.includes('sankeyLinkHorizontal') && !code.includes('kpi-attribution-sankey'), `${path} holds survey or Sankey code`);
    }
    assert.deepEqual(messages, []);
    await page.close();
  });
});
