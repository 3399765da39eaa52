// @web/test-runner in headless Chromium. The browser is found by chrome-launcher:
// CHROME_PATH if set, else an installed Chrome or Chromium (/usr/bin/chromium on Debian).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { existsSync } from 'node:fs';
import { testApi } from './test/server/test-api.mjs';

/**
 * `new URL('./document-worker.js', import.meta.url)` in src/ names the compiled file, as
 * TypeScript imports do; serve its TypeScript source, which the esbuild plugin compiles.
 */
function typescriptForJs(ctx, next) {
  const ts = ctx.path.replace(/\.js$/, '.ts');
  if (ctx.path.startsWith('/src/') && ts !== ctx.path && !existsSync(`.${ctx.path}`) && existsSync(`.${ts}`)) ctx.path = ts;
  return next();
}

/**
 * `executeServerCommand('forced-colors', { active })`: emulates Windows High
 * Contrast (the forced-colors media feature), which emulateMedia does not cover,
 * through the DevTools protocol (the session is kept: emulation ends with it).
 * `colorScheme` (optional) sets prefers-color-scheme in the same call, which
 * Chromium needs to pick its dark forced palette (Canvas black) over the light one.
 */
const cdpSessions = new Map();
const forcedColors = {
  name: 'omnikpi:forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    const value = payload?.active ? 'active' : 'none';
    const extra = payload?.colorScheme ? [{ name: 'prefers-color-scheme', value: payload.colorScheme }] : [];
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }, ...extra] });
    return true;
  },
};

/**
 * `executeServerCommand('heap')`: what the page holds after full garbage
 * collections, for the leak test: V8 heap bytes (`heap`), Blink's heap
 * (`embedderHeap`), live DOM `nodes`, `documents` and `jsEventListeners`
 * (Memory.getDOMCounters), and the listeners on `window` and `document`.
 */
const heap = {
  name: 'omnikpi:heap',
  async executeCommand({ command, session }) {
    if (command !== 'heap') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    const cdp = cdpSessions.get(page);
    // Several passes: what one collection frees (weak callbacks, wrappers) can free more in the next.
    for (let i = 0; i < 4; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
    const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    const listenersOn = async (expression) => {
      const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'omnikpi-heap' });
      return (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.length;
    };
    const windowListeners = await listenersOn('window');
    const documentListeners = await listenersOn('document');
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'omnikpi-heap' });
    return { heap: usedSize, embedderHeap: embedderHeapUsedSize, nodes, documents, jsEventListeners, windowListeners, documentListeners };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), a11ySnapshotPlugin(), forcedColors, heap],
  middleware: [testApi, typescriptForJs],
  browsers: [
    chromeLauncher({
      launchOptions: {
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // Tests run Lit's development build for its warnings; its one-line banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
