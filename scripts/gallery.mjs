// `node scripts/gallery.mjs --set after`: screenshots of each element's main stories from a
// built Storybook (storybook-static/, or --storybook <dir>) at 240, 390 and 1280 px, in
// English on a light page and French on a dark one, into stories/gallery/<set>/, with an
// index.json the Docs/Gallery page reads. `--set before` was taken from the catalogue as it
// was before issue 14 (commit 34e9f78), so a reviewer sees the change side by side.
// CHROME_PATH picks the browser (else an installed Chrome or Chromium: test/chromium.mjs).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/chromium.mjs';
import { elementsRendered, elementsSettled, serve, storyFinished, recordStoryResults, waitInPage } from '../test/storybook/preview.mjs';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'after' }, storybook: { type: 'string', default: 'storybook-static' } } });
/** The stories shown, one or two per element: what a designer reviews first. */
export const SHOTS = [
  'elements-kpi-nps-gauge--data',
  'elements-kpi-nps-gauge--below-target',
  'elements-kpi-channel-csat--english',
  'elements-kpi-channel-csat--nps',
  'elements-kpi-attribution-sankey--data',
  'elements-kpi-attribution-sankey--compare',
  'elements-kpi-survey--nps-from-attributes',
  'elements-kpi-survey--flow-follow-up-shown',
];
const WIDTHS = [240, 390, 1280];
const VARIANTS = [
  { locale: 'en', theme: 'light' },
  { locale: 'fr', theme: 'dark' },
];
const PADDING = 32;

const root = resolve(values.storybook);
const known = new Set(Object.keys(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries));
const out = join('stories', 'gallery', values.set);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const server = await serve(root.endsWith('/') ? root : `${root}/`);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const shots = [];
try {
  for (const id of SHOTS.filter((s) => known.has(s))) {
    for (const { locale, theme } of VARIANTS) {
      const context = await browser.newContext({ viewport: { width: 1280 + PADDING, height: 900 }, deviceScaleFactor: 1 });
      await context.addInitScript(recordStoryResults);
      const page = await context.newPage();
      await page.goto(`${base}iframe.html?id=${id}&viewMode=story&globals=locale:${locale};theme:${theme};a11y.manual:!true`, { waitUntil: 'load' });
      await waitInPage(page, storyFinished, id, id).catch(() => {});
      await waitInPage(page, elementsRendered, '#storybook-root', id);
      await waitInPage(page, elementsSettled, '#storybook-root', id);
      // The story block at its own height, not the 100vh canvas.
      await page.addStyleTag({ content: '.omnikpi-story { min-height: 0 !important }' });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width: width + PADDING, height: 900 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
        const file = `${id.replace('elements-', '')}-${width}-${locale}-${theme}.png`;
        await page.locator('#storybook-root .omnikpi-story').screenshot({ path: join(out, file) });
        shots.push({ id, width, locale, theme, file });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(join(out, 'index.json'), `${JSON.stringify({ set: values.set, widths: WIDTHS, shots }, null, 1)}\n`);
console.log(`${shots.length} screenshots in ${out}/`);
