/**
 * Opens the built Storybook catalogue (storybook-static/, from `storybook build`;
 * this test builds nothing) in headless Chromium and checks that every story
 * renders its element without a console error, a page error, a failed request
 * or a failed Storybook render (play functions included), and that every docs
 * page renders with each element on it drawn.
 *
 * Stories are switched inside one loaded preview, as Storybook's manager does
 * (a reload per story would triple the time); the survey's stories get a fresh
 * page each, since its delivery queue and retry timers live in the page.
 *
 *   npm run test:storybook        # build, then this test
 *   node --test test/storybook/   # this test alone, on an existing build
 *
 * CHROME_PATH picks the browser (else an installed Chrome or Chromium: test/chromium.mjs);
 * STORYBOOK_TEST_FILTER=<text> runs only the ids containing it;
 * STORYBOOK_TEST_TIMES=1 prints each story's time.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium } from '../chromium.mjs';
import { INDEX, ROOT, SURVEY_PREFIX, clearStorage, elementsRendered, elementsSettled, recordStoryResults, serve, storyFinished, waitInPage } from './preview.mjs';

/** Pages open at once: the machine has two cores, and the preview is mostly main-thread work. */
const CONCURRENCY = Number(process.env.STORYBOOK_TEST_CONCURRENCY || 1);
/**
 * STORYBOOK_TEST_A11Y=1 lets the a11y addon run axe after each story (its
 * `test: 'error'` parameter then fails a story with a violation); it doubles
 * the time, and the element tests run axe already.
 */
const A11Y = process.env.STORYBOOK_TEST_A11Y === '1';

/**
 * Console errors a story (or a docs page, which shows every story of its
 * element) is expected to print, by id, with the reason. Stubbed failures
 * (stories/support/fetch-stub.ts) answer inside the page without a request, so
 * Chromium logs nothing for them; only a request that really reaches the
 * server and fails does.
 * @type {Record<string, { reason: string, allow: RegExp[] }>}
 */
const realNotFound = {
  reason: 'the FailedFetchFromServer story fetches a file the server does not have, and Chromium logs every HTTP 404 in the console',
  allow: [/^console\.error: Failed to load resource: the server responded with a status of 404 \(Not Found\) \(http:\/\/127\.0\.0\.1:\d+\/api\/no-such-file\.json\)$/],
};
const EXPECTED_ERRORS = {
  'elements-kpi-nps-gauge--failed-fetch-from-server': realNotFound,
  'elements-kpi-nps-gauge--docs': realNotFound,
};

let server;
let browser;
let base;
/** @type {Array<{ id: string, type: 'story' | 'docs', title: string, name: string }>} */
let entries = [];

before(async () => {
  assert.ok(existsSync(INDEX), `${INDEX} is missing: run \`npm run build-storybook\` first (npm run test:storybook does)`);
  const only = process.env.STORYBOOK_TEST_FILTER;
  entries = Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries).filter((e) => !only || e.id.includes(only));
  server = await serve(ROOT);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/**
 * Opens `url` in a fresh page of `context`, gives `check` the page, and returns
 * the console errors, page errors and failed requests seen meanwhile. The
 * page's storage (localStorage and IndexedDB) is cleared before it closes, so a survey's queue does not
 * follow the next story.
 */
async function visit(context, url, check) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}${msg.location()?.url ? ` (${msg.location().url})` : ''}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.stack || err.message}`));
  page.on('requestfailed', (req) => {
    // A request the page aborted on purpose (a new `src`, a removed element) is no failure.
    if (!/ERR_ABORTED/.test(req.failure()?.errorText ?? '')) errors.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  try {
    await page.goto(base + url, { waitUntil: 'load' });
    await check(page);
  } finally {
    await clearStorage(page, base);
    await page.close();
  }
  return errors;
}

/** A browser context (its own storage, its own HTTP cache) for one worker of `pool`. */
async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.addInitScript(recordStoryResults);
  return context;
}

/**
 * Runs `fn(item, context)` on every item, `limit` at a time; each worker has
 * its own browser context and takes its items one after the other, so two
 * pages never share storage (tabs of one context share a survey's queue).
 */
async function pool(items, limit, fn) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      const context = await newContext();
      try {
        while (queue.length) await fn(queue.shift(), context);
      } finally {
        await context.close();
      }
    }),
  );
}

function allowed(id, errors) {
  const allow = EXPECTED_ERRORS[id]?.allow ?? [];
  return errors.filter((e) => !allow.some((re) => re.test(e)));
}

describe('Storybook catalogue (storybook-static/)', () => {
  test('every story renders its element without errors', async (t) => {
    const stories = entries.filter((e) => e.type === 'story');
    if (stories.length === 0 && process.env.STORYBOOK_TEST_FILTER) return t.skip('no story matches STORYBOOK_TEST_FILTER');
    assert.ok(stories.length > 0, 'index.json lists no story');
    const failures = [];
    const context = await newContext();
    const page = await context.newPage();
    let errors = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}${msg.location()?.url ? ` (${msg.location().url})` : ''}`);
    });
    page.on('pageerror', (err) => errors.push(`page error: ${err.stack || err.message}`));
    page.on('requestfailed', (req) => {
      if (!/ERR_ABORTED/.test(req.failure()?.errorText ?? '')) errors.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
    });
    let fresh = true;
    try {
      for (const story of stories) {
        const started = Date.now();
        // The survey keeps a queue and retry timers in the page: its stories get a page of their own.
        const own = story.id.startsWith(SURVEY_PREFIX);
        try {
          if (own || fresh) {
            await clearStorage(page, base);
            errors = [];
            await page.goto(`${base}iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story${A11Y ? '' : '&globals=a11y.manual:!true'}`, { waitUntil: 'load' });
          } else {
            errors = [];
            // Switching story in the loaded preview, as the manager does, saves reloading Storybook.
            await page.evaluate((id) => {
              window.__omnikpiFinished.length = 0;
              window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
            }, story.id);
          }
          fresh = own;
          await waitInPage(page, storyFinished, story.id, `${story.id}: Storybook`);
          const finished = await page.evaluate((id) => window.__omnikpiFinished.find((f) => f.storyId === id), story.id);
          if (finished.status !== 'success') throw new Error(`Storybook reports ${finished.status}: ${JSON.stringify(finished.reports)}`);
          await waitInPage(page, elementsRendered, '#storybook-root', `${story.id}: element`);
          // A story fed by `src` has settled (data or error) before the next one, so a late error is not blamed on it.
          if (!story.id.endsWith('--loading')) await waitInPage(page, elementsSettled, '#storybook-root', `${story.id}: still loading`);
          const unexpected = allowed(story.id, errors);
          if (unexpected.length) failures.push(`${story.id}:\n    ${unexpected.join('\n    ')}`);
        } catch (err) {
          failures.push(`${story.id}: ${err.message}`);
          fresh = true;
        }
        if (process.env.STORYBOOK_TEST_TIMES) t.diagnostic(`${story.id} ${Date.now() - started} ms`);
      }
    } finally {
      await context.close();
    }
    t.diagnostic(`${stories.length} stories`);
    assert.deepEqual(failures, [], `stories with problems:\n  ${failures.join('\n  ')}`);
  });

  test('every docs page renders without errors', async (t) => {
    const docs = entries.filter((e) => e.type === 'docs');
    if (docs.length === 0 && process.env.STORYBOOK_TEST_FILTER) return t.skip('no docs page matches STORYBOOK_TEST_FILTER');
    assert.ok(docs.length > 0, 'index.json lists no docs page');
    const failures = [];
    await pool(docs, CONCURRENCY, async (entry, context) => {
      const url = `iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`;
      try {
        const errors = await visit(context, url, async (page) => {
          await waitInPage(
            page,
            () => {
              if (document.body.classList.contains('sb-show-errordisplay')) {
                return { ok: false, fatal: true, why: `Storybook shows an error: ${document.querySelector('#error-message')?.textContent ?? ''}` };
              }
              const docsRoot = document.querySelector('#storybook-docs');
              const text = docsRoot?.textContent?.trim() ?? '';
              if (text.length < 40) return { ok: false, why: 'docs page is empty' };
              // Each element embedded in the page (its stories, a live example) has drawn itself.
              const elements = [...docsRoot.querySelectorAll('*')].filter((el) => el.localName.startsWith('kpi-'));
              const bare = elements.filter((el) => !el.shadowRoot || el.shadowRoot.childElementCount === 0);
              return bare.length === 0 ? { ok: true } : { ok: false, why: `${bare.length} element(s) without content` };
            },
            undefined,
            entry.id,
          );
          // Let late errors (a story's fetch, a lazy block) surface.
          await page.waitForTimeout(300);
        });
        const unexpected = allowed(entry.id, errors);
        if (unexpected.length) failures.push(`${entry.id}:\n    ${unexpected.join('\n    ')}`);
      } catch (err) {
        failures.push(`${entry.id}: ${err.message}`);
      }
    });
    t.diagnostic(`${docs.length} docs pages`);
    assert.deepEqual(failures, [], `docs pages with problems:\n  ${failures.join('\n  ')}`);
  });
});
