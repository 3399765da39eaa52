/**
 * The layout check (issue 14): every story of the built catalogue (storybook-static/)
 * at 240, 320, 390, 640 and 1280 px, in English and French, light and dark, with no
 * two text boxes overlapping, no text clipped (by its SVG, by a box, or cut with an
 * ellipsis without a tooltip and an accessible name) and nothing sticking out of the
 * element (layout-probe.mjs says exactly what is measured).
 *
 * The width is the element's: the viewport is that plus the story's padding, so
 * "240" is an element in a phone-width card. One preview page per language × scheme
 * (Storybook's `globals` in the URL); stories are switched inside it as the manager
 * does, and each width is a viewport resize (the elements follow their own size).
 *
 *   npm run test:storybook        # build, then the Storybook tests
 *   node --test test/storybook/layout.test.mjs
 *
 * STORYBOOK_TEST_FILTER=<text> checks only the story ids containing it;
 * LAYOUT_WIDTHS=240,1280 checks only those widths.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../chromium.mjs';
import { layoutProblems } from './layout-probe.mjs';
import { INDEX, ROOT, SURVEY_PREFIX, clearStorage, elementsRendered, elementsSettled, recordStoryResults, serve, storyFinished, waitInPage } from './preview.mjs';

const WIDTHS = (process.env.LAYOUT_WIDTHS ?? '240,320,390,640,1280').split(',').map(Number);
const VARIANTS = [
  { locale: 'en', theme: 'light' },
  { locale: 'fr', theme: 'dark' },
  { locale: 'fr', theme: 'light' },
  { locale: 'en', theme: 'dark' },
];
/** The story block's padding (1 rem on each side, .storybook/preview.ts). */
const PADDING = 32;
const ROOT_SELECTOR = '#storybook-root';

let server;
let browser;
let base;
let stories = [];

before(async () => {
  assert.ok(existsSync(INDEX), `${INDEX} is missing: run \`npm run build-storybook\` first (npm run test:storybook does)`);
  const only = process.env.STORYBOOK_TEST_FILTER;
  stories = Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries).filter((e) => e.type === 'story' && (!only || e.id.includes(only)));
  server = await serve(ROOT);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/** Two frames: the elements' ResizeObservers have fired and Lit has drawn the new size. */
const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));

/** Checks every story in one language × scheme; returns the failures and the counts. */
async function checkVariant({ locale, theme }) {
  const context = await browser.newContext({ viewport: { width: 1280 + PADDING, height: 900 } });
  await context.addInitScript(recordStoryResults);
  const page = await context.newPage();
  const failures = [];
  let checked = 0;
  let boxes = 0;
  let fresh = true;
  try {
    for (const story of stories) {
      const own = story.id.startsWith(SURVEY_PREFIX);
      try {
        await page.setViewportSize({ width: 1280 + PADDING, height: 900 });
        if (own || fresh) {
          await clearStorage(page, base);
          await page.goto(`${base}iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=locale:${locale};theme:${theme};a11y.manual:!true`, { waitUntil: 'load' });
        } else {
          await page.evaluate((id) => {
            window.__omnikpiFinished.length = 0;
            window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
          }, story.id);
        }
        fresh = own;
        await waitInPage(page, storyFinished, story.id, `${story.id}: Storybook`);
        await waitInPage(page, elementsRendered, ROOT_SELECTOR, `${story.id}: element`);
        if (!story.id.endsWith('--loading')) await waitInPage(page, elementsSettled, ROOT_SELECTOR, `${story.id}: still loading`);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width: width + PADDING, height: 900 });
          await settle(page);
          const found = await page.evaluate(layoutProblems, ROOT_SELECTOR);
          checked += 1;
          boxes += found.boxes;
          for (const p of found.problems) failures.push(`${story.id} ${width} px ${locale} ${theme}: ${p}`);
        }
      } catch (err) {
        failures.push(`${story.id} ${locale} ${theme}: ${err.message}`);
        fresh = true;
      }
    }
  } finally {
    await context.close();
  }
  return { failures, checked, boxes };
}

test('every story, at every width, in both languages and schemes: no text overlapping, clipped or outside its element', async (t) => {
  if (stories.length === 0 && process.env.STORYBOOK_TEST_FILTER) return t.skip('no story matches STORYBOOK_TEST_FILTER');
  assert.ok(stories.length > 0, 'index.json lists no story');
  // Two pages at once: one per core.
  const results = [];
  for (let i = 0; i < VARIANTS.length; i += 2) results.push(...(await Promise.all(VARIANTS.slice(i, i + 2).map(checkVariant))));
  const failures = results.flatMap((r) => r.failures);
  const checked = results.reduce((n, r) => n + r.checked, 0);
  const boxes = results.reduce((n, r) => n + r.boxes, 0);
  t.diagnostic(`${stories.length} stories × ${WIDTHS.length} widths × ${VARIANTS.length} language/scheme pairs: ${checked} layouts, ${boxes} text boxes checked, ${failures.length} problems`);
  if (process.env.LAYOUT_REPORT) writeFileSync(process.env.LAYOUT_REPORT, failures.join("\n"));
  const shown = failures.slice(0, 80);
  assert.deepEqual(shown, [], `layout problems (${failures.length}${failures.length > shown.length ? `, the first ${shown.length}` : ''}):\n  ${shown.join('\n  ')}`);
});

test('the probe itself: it finds the overlap, the clipped and shortened text and the overflow of a page made to have them', async () => {
  const page = await browser.newPage({ viewport: { width: 400, height: 300 } });
  try {
    await page.setContent(`<div id="root" style="width: 300px"><kpi-fixture></kpi-fixture></div>`);
    await page.evaluate(() => {
      const host = document.querySelector('kpi-fixture');
      host.style.display = 'block';
      const root = host.attachShadow({ mode: 'open' });
      const doc = host.ownerDocument;
      const add = (parent, tag, attrs, text) => {
        const el = doc.createElementNS(tag === 'div' || tag === 'span' ? 'http://www.w3.org/1999/xhtml' : 'http://www.w3.org/2000/svg', tag);
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        if (text) el.textContent = text;
        parent.append(el);
        return el;
      };
      const box = add(root, 'div', { style: 'position: relative; height: 40px' });
      add(box, 'span', { style: 'position: absolute; left: 0; top: 0' }, 'below target');
      add(box, 'span', { style: 'position: absolute; left: 10px; top: 4px' }, 'n = 160');
      const svg = add(root, 'svg', { width: '100', height: '40', viewBox: '0 0 100 40' });
      add(svg, 'text', { x: '70', y: '20' }, 'customer service');
      add(svg, 'text', { x: '0', y: '35' }, 'di…');
      add(root, 'div', { style: 'width: 600px; white-space: nowrap' }, 'a line of text much wider than the element, and than the page');
    });
    const { boxes, problems } = await page.evaluate(layoutProblems, '#root');
    assert.equal(boxes, 5);
    const kinds = problems.map((p) => p.replace(/ \(.*$/, ''));
    assert.deepEqual(kinds.sort(), [
      'clipped kpi-fixture: "customer service"',
      'clipped kpi-fixture: "di…"',
      'overflow kpi-fixture: "a line of text much wider than the elem…"',
      'overflow: the page scrolls sideways',
      'overlap kpi-fixture: "below target" and "n = 160"',
    ]);
  } finally {
    await page.close();
  }
});
