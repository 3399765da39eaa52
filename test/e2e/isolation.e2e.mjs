// DESIGN.md §1: "host CSS cannot break it (shadow DOM), it cannot break the host (no
// globals)". The built dist/omnikpi.js in Chromium on test/e2e/fixtures/isolation.html,
// a host page with its own text, boxes, SVG and table, and each element in a .slot the
// page gives a fixed 640 px width. Run with `npm run test:e2e` after `npm run build`.
//
// 1. Host CSS does not reach in. The same page is opened plain and under HOSTILE, the
//    demo's hostile sheet (`* { all: unset }`, a 28 px root font, !important colours,
//    borders, paddings and margins on div/span/svg/button…) plus hostile-more.css (a
//    40 px root font, every inherited text property !important on every element,
//    `svg { width: 100% !important }`, content-box sizing). What is compared, per element:
//    - the host's width and height: `*` targets the host only by accident, and the kit
//      must come out the same when a reset makes the host `display: inline` and drops
//      its `:host` styles;
//    - every box of the shadow tree (each element with a layout box: the card, title,
//      chart, svg, bars, Sankey nodes, radios, buttons, hidden tables…), as its offset
//      from the host's box and its size, within 0.5 px.
//    Not compared: where the host sits on the page (the hostile text above it is
//    taller, and the sheet gives the tags a margin on purpose), and anything outside the
//    slot's width, which the page pins so both runs give the elements the same room.
// 2. A page still controls the elements through their tag (display, [hidden],
//    visibility, pointer-events, width), on the plain and the hostile page: the kit's
//    `:host` rules stay below any page rule (the one !important, on `:host([hidden])`,
//    only makes `hidden` hide under a reset that gives every element a display).
// 3. The kit adds nothing to the page: no global (ALLOWED_GLOBALS), no change to the
//    Symbol constructor, no stylesheet or adopted stylesheet, no node in the document,
//    no change to any computed style of the page's own elements.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureHarness } from './fixture-server.mjs';

const HOSTILE = ['/demo/hostile.css', '/hostile-more.css'];
const TAGS = 'kpi-nps-gauge, kpi-channel-csat, kpi-attribution-sankey, kpi-survey';
/** Globals dist/omnikpi.js may add to window. None: Lit's and zod's are dropped from the build (vite.config.ts, dropSharedGlobals). */
const ALLOWED_GLOBALS = [];
const TOLERANCE = 0.5;
const UI_TIMEOUT = 30_000;

const harness = fixtureHarness();

/**
 * Properties whose computed (resolved) value is taken from the layout: they change on
 * the elements that hold a kit element (html, body, main, the slots) because it now has
 * content, not because a style reached them, so they are compared on the others only.
 */
const LAYOUT_RESOLVED = ['width', 'height', 'inline-size', 'block-size', 'transform-origin', 'perspective-origin'];

/** What the page is before and after the kit: globals, stylesheets, nodes, computed styles of its own elements. */
const pageState = (page) =>
  page.evaluate(
    ([tags, layoutResolved]) => {
      const own = [...document.querySelectorAll('*')].filter((el) => !el.matches(tags) && !el.matches('script[src^="/dist/"]'));
      return {
        globals: Object.getOwnPropertyNames(window).sort(),
        symbol: Object.getOwnPropertyNames(Symbol).sort(),
        sheets: [...document.styleSheets].map((s) => s.href),
        adopted: document.adoptedStyleSheets.length,
        nodes: own.map((el) => el.localName),
        styles: own.map((el) => {
          const cs = getComputedStyle(el);
          const holder = el.querySelector(tags) !== null;
          return Object.fromEntries([...cs].filter((p) => !(holder && layoutResolved.includes(p))).map((p) => [p, cs.getPropertyValue(p)]));
        }),
      };
    },
    [TAGS, LAYOUT_RESOLVED],
  );

/** Loads the kit the way an integrator does (one module script tag) and waits until every element has drawn its data. */
async function loadKit(page) {
  await page.addScriptTag({ type: 'module', url: '/dist/omnikpi.js' });
  await page.waitForFunction(
    (tags) =>
      [...document.querySelectorAll(tags)].every((el) => el.localName === 'kpi-survey' || el.status === 'ready') &&
      // The loader defines the elements after it loads: until then they have no shadow root.
      document.querySelector('kpi-channel-csat').shadowRoot?.querySelectorAll('rect.bar').length === 2 &&
      document.querySelector('kpi-attribution-sankey').shadowRoot?.querySelectorAll('g.node').length === 5 &&
      document.querySelector('kpi-survey').shadowRoot?.querySelectorAll('[role=radio]').length === 11,
    TAGS,
    { timeout: UI_TIMEOUT },
  );
  // Settled: no render pending, fonts in, a frame painted.
  await page.evaluate(async (tags) => {
    await Promise.all([...document.querySelectorAll(tags)].map((el) => el.updateComplete));
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, TAGS);
}

/** A page of the fixture, with the stylesheets given, and the errors it logs. */
async function openPage(css = []) {
  const page = await harness.browser.newPage({ viewport: { width: 1024, height: 768 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${harness.server.base}/isolation.html${css.length ? `?css=${css.join(',')}` : ''}`);
  return { page, errors };
}

/** Each element: its host's size, and every box of its shadow tree, offset from the host's box. */
const boxes = (page) =>
  page.evaluate((tags) => {
    const round = (v) => Math.round(v * 100) / 100;
    const out = {};
    for (const host of document.querySelectorAll(tags)) {
      const h = host.getBoundingClientRect();
      const inner = [];
      const walk = (el, path) => {
        [...el.children].forEach((child, i) => {
          const name = `${path}/${child.localName}${child.getAttribute('part') ? `[part=${child.getAttribute('part')}]` : ''}:${i}`;
          if (child.getClientRects().length > 0) {
            const b = child.getBoundingClientRect();
            inner.push({ name, box: [b.x - h.x, b.y - h.y, b.width, b.height].map(round) });
          }
          walk(child, name);
        });
      };
      walk(host.shadowRoot, '');
      out[host.localName] = { host: [h.width, h.height].map(round), inner };
    }
    return out;
  }, TAGS);

/** Differences between two measures, as readable lines. */
function differences(a, b) {
  const out = [];
  const far = (x, y) => x.some((v, i) => Math.abs(v - y[i]) > TOLERANCE);
  for (const tag of Object.keys(a)) {
    if (far(a[tag].host, b[tag].host)) out.push(`${tag} host size ${a[tag].host} → ${b[tag].host}`);
    const other = new Map(b[tag].inner.map((r) => [r.name, r.box]));
    for (const { name, box } of a[tag].inner) {
      if (!other.has(name)) out.push(`${tag} ${name} missing`);
      else if (far(box, other.get(name))) out.push(`${tag} ${name} ${box} → ${other.get(name)}`);
    }
    if (b[tag].inner.length !== a[tag].inner.length) out.push(`${tag}: ${a[tag].inner.length} boxes → ${b[tag].inner.length}`);
  }
  return out;
}

describe('host CSS does not reach into the elements', () => {
  test('under the hostile sheets every box of every element is where it is on the plain page', async (t) => {
    const plain = await openPage();
    const hostile = await openPage(HOSTILE);
    await loadKit(plain.page);
    await loadKit(hostile.page);
    // The hostile sheets do apply to the page itself.
    assert.equal(await hostile.page.evaluate(() => getComputedStyle(document.querySelector('h1')).color), 'rgb(255, 0, 255)');
    assert.equal(await hostile.page.evaluate(() => getComputedStyle(document.querySelector('kpi-nps-gauge')).display), 'inline', '`* { all: unset }` reaches the host');
    const a = await boxes(plain.page);
    const b = await boxes(hostile.page);
    const count = Object.values(a).reduce((n, e) => n + 1 + e.inner.length, 0);
    t.diagnostic(`${count} boxes compared (${Object.entries(a).map(([tag, e]) => `${tag} 1 + ${e.inner.length}`).join(', ')})`);
    assert.ok(count > 200, `the measure sees the shadow trees (${count} boxes)`);
    const diffs = differences(a, b);
    assert.equal(diffs.length, 0, `${diffs.length} of ${count} boxes differ, first ones:\n${diffs.slice(0, 25).join('\n')}`);
    assert.deepEqual(plain.errors, []);
    assert.deepEqual(hostile.errors, []);
    await plain.page.close();
    await hostile.page.close();
  });
});

describe('a page still controls the elements through their tag', () => {
  for (const [name, css] of [
    ['plain', []],
    ['hostile', HOSTILE],
  ]) {
    test(`display, [hidden], visibility, pointer-events and width on the ${name} page`, async () => {
      const { page, errors } = await openPage(css);
      await loadKit(page);
      await page.addStyleTag({
        content: 'kpi-nps-gauge { display: none } kpi-survey { visibility: hidden } kpi-channel-csat { display: block; width: 300px; pointer-events: none }',
      });
      await page.evaluate(() => document.querySelector('kpi-attribution-sankey').setAttribute('hidden', ''));
      await page.waitForFunction(() => document.querySelector('kpi-channel-csat').shadowRoot.querySelector('svg').getBoundingClientRect().width <= 300, null, { timeout: UI_TIMEOUT });
      const seen = await page.evaluate(() => {
        const $ = (sel) => document.querySelector(sel);
        const size = (el) => Math.round(el.getBoundingClientRect().width);
        return {
          gauge: size($('kpi-nps-gauge').shadowRoot.querySelector('[part=base]')),
          sankey: size($('kpi-attribution-sankey').shadowRoot.querySelector('[part=base]')),
          survey: getComputedStyle($('kpi-survey').shadowRoot.querySelector('[role=radio]')).visibility,
          csat: size($('kpi-channel-csat')),
          csatCard: size($('kpi-channel-csat').shadowRoot.querySelector('[part=base]')),
          csatPointer: getComputedStyle($('kpi-channel-csat').shadowRoot.querySelector('rect.bar')).pointerEvents,
        };
      });
      assert.deepEqual(seen, { gauge: 0, sankey: 0, survey: 'hidden', csat: 300, csatCard: 300, csatPointer: 'none' });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('the kit adds nothing to the page', () => {
  for (const [name, css] of [
    ['plain', []],
    ['hostile', HOSTILE],
  ]) {
    test(`no global, stylesheet, node or style change on the ${name} page`, async (t) => {
      const { page, errors } = await openPage(css);
      const before = await pageState(page);
      await loadKit(page);
      const after = await pageState(page);
      const added = after.globals.filter((g) => !before.globals.includes(g));
      t.diagnostic(`globals added: ${added.length ? added.join(', ') : 'none'}`);
      assert.deepEqual(added, ALLOWED_GLOBALS);
      assert.deepEqual(before.globals.filter((g) => !after.globals.includes(g)), [], 'no global removed');
      assert.deepEqual(after.symbol, before.symbol, 'Symbol is not polyfilled');
      assert.deepEqual(after.sheets, before.sheets);
      assert.equal(after.adopted, 0);
      assert.deepEqual(after.nodes, before.nodes);
      assert.equal(after.styles.length, before.styles.length);
      const changed = after.styles.flatMap((style, i) =>
        Object.keys(style)
          .filter((p) => style[p] !== before.styles[i][p])
          .map((p) => `${after.nodes[i]} ${p}: ${before.styles[i][p]} → ${style[p]}`),
      );
      assert.deepEqual(changed, []);
      assert.ok(before.styles.length > 15 && Object.keys(before.styles[0]).length > 300, 'the computed styles are really read');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('nor does any other script-tag file of dist/', async () => {
    for (const file of ['kpi-nps-gauge', 'kpi-channel-csat', 'kpi-attribution-sankey', 'kpi-survey', 'engine']) {
      const { page, errors } = await openPage();
      const names = () => page.evaluate(() => [Object.getOwnPropertyNames(window), Object.getOwnPropertyNames(Symbol)]);
      const [windowBefore, symbolBefore] = await names();
      await page.addScriptTag({ type: 'module', url: `/dist/${file}.js` });
      const [windowAfter, symbolAfter] = await names();
      assert.deepEqual(windowAfter.filter((g) => !windowBefore.includes(g)), ALLOWED_GLOBALS, `dist/${file}.js`);
      assert.deepEqual(symbolAfter, symbolBefore, `dist/${file}.js`);
      assert.deepEqual(errors, []);
      await page.close();
    }
  });
});
