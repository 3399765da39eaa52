/**
 * What the Storybook tests share (stories.test.mjs, layout.test.mjs): a static server
 * for storybook-static/, and the probes that tell when a story has rendered, played
 * and settled in the preview.
 */
import assert from 'node:assert/strict';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
export const INDEX = join(ROOT, 'index.json');
/** The survey keeps a delivery queue and retry timers in the page: its stories get a page of their own. */
export const SURVEY_PREFIX = 'elements-kpi-survey--';
/** Time a story or docs page gets to render, play and run its checks. */
export const RENDER_TIMEOUT = 20_000;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** A static file server for storybook-static/ on a free port of 127.0.0.1. */
export function serve(root) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root.endsWith(sep) ? root : root + sep) && path !== root) {
      res.writeHead(403).end();
      return;
    }
    // Chromium asks for /favicon.ico on its own; Storybook's icon is favicon.svg.
    if (url.pathname === '/favicon.ico') path = join(root, 'favicon.svg');
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Runs in the page before Storybook: records the result of each render
 * (Storybook's `storyFinished` event: status and the a11y report) on `window`.
 */
export function recordStoryResults() {
  window.__omnikpiFinished = [];
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value?.on?.('storyFinished', (event) =>
        window.__omnikpiFinished.push({
          storyId: event.storyId,
          status: event.status,
          reports: (event.reporters ?? []).map((r) => ({ type: r.type, status: r.status, violations: (r.result?.violations ?? []).map((v) => v.id) })),
        }),
      );
    },
  });
}

/** Runs in the page: whether Storybook has rendered, played and checked story `id`. */
export function storyFinished(id) {
  if (document.body.classList.contains('sb-show-errordisplay')) {
    return { ok: false, fatal: true, why: `Storybook shows an error: ${document.querySelector('#error-message')?.textContent ?? ''}` };
  }
  return (window.__omnikpiFinished ?? []).some((f) => f.storyId === id) ? { ok: true } : { ok: false, why: 'the story did not finish' };
}

/** Runs in the page: whether every `kpi-*` element under `root` has drawn its shadow root. */
export function elementsRendered(rootSelector) {
  const root = document.querySelector(rootSelector);
  if (!root) return { ok: false, why: `no ${rootSelector}` };
  const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('kpi-'));
  if (elements.length === 0) return { ok: false, why: 'no kpi-* element' };
  const bare = elements.filter((el) => !el.shadowRoot || el.shadowRoot.childElementCount === 0);
  return bare.length === 0 ? { ok: true, count: elements.length } : { ok: false, why: `${bare.map((el) => el.localName).join(', ')} without content` };
}

/** Runs in the page: whether no `kpi-*` display under `root` is still loading (`status`, see README). */
export function elementsSettled(rootSelector) {
  const loading = [...document.querySelectorAll(`${rootSelector} *`)].filter((el) => el.localName.startsWith('kpi-') && el.status === 'loading');
  return loading.length === 0 ? { ok: true } : { ok: false, why: `${loading.map((el) => el.localName).join(', ')} still loading` };
}

/**
 * Empties the story origin's localStorage and IndexedDB (the survey's queue
 * lives in both), through DevTools so an open database does not block it.
 */
export async function clearStorage(page, base) {
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(base).origin, storageTypes: 'local_storage,indexeddb' });
    await cdp.detach();
  } catch {
    // A page that is already gone has nothing left to clear.
  }
}

/** Waits for `fn` (in the page) to return `{ ok: true }`; fails with its last `why`. */
export async function waitInPage(page, fn, arg, what) {
  let last;
  const deadline = Date.now() + RENDER_TIMEOUT;
  while (Date.now() < deadline) {
    last = await page.evaluate(fn, arg);
    if (last.ok) return last;
    if (last.fatal) break;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what}: ${last?.why ?? 'timed out'}`);
}

