// A tiny static server for the end-to-end pages that load the built kit (no framework):
// `/dist/*` serves any file of dist/ (the bundles, their maps, the worker file),
// `/demo/*.css` the demo's stylesheets, `/api/large.json` a 1.8 MB document (LARGE_REPEAT
// times the histograms of api/kpis.json), everything else test/e2e/fixtures/. It records
// every path asked for (`server.requests`) and what the page sends: POST /api/answers (the survey's `action`) and POST /csp-report
// (violation reports). `server.headers` are added to every response, so a test sets its
// Content-Security-Policy there before opening a page. An HTML page asked for with
// `?css=/a.css,/b.css` gets those stylesheets linked in place of its `<!--css-->` comment,
// and with `?js=/a.js,/b.js` those module scripts in place of its `<!--js-->` comment.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../chromium.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const roots = [
  ['/dist/', join(repo, 'dist')],
  ['/demo/', join(repo, 'demo')],
  ['/', join(repo, 'test/e2e/fixtures')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The file a GET path names, or null if it would leave its root. */
function fileFor(pathname) {
  const [prefix, root] = roots.find(([p]) => pathname.startsWith(p));
  const file = normalize(join(root, decodeURIComponent(pathname.slice(prefix.length))));
  return file.startsWith(root + sep) ? file : null;
}

const TAGS = {
  css: (href) => `<link rel="stylesheet" href="${encodeURI(href)}" />`,
  js: (src) => `<script type="module" src="${encodeURI(src)}"></script>`,
};

/** The page with the stylesheets and scripts its query names in place of its `<!--css-->` and `<!--js-->` comments. */
function withTags(html, query) {
  for (const [key, tag] of Object.entries(TAGS)) {
    if (query.has(key)) html = html.replace(`<!--${key}-->`, query.get(key).split(',').map(tag).join('\n    '));
  }
  return html;
}

const body = (req) =>
  new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });

/** How many times /api/large.json repeats the histograms of api/kpis.json: a 1.8 MB body, read in the elements' worker. */
export const LARGE_REPEAT = 5000;
let large;
async function largeDocument() {
  const { histograms } = JSON.parse(await readFile(join(repo, 'test/e2e/fixtures/api/kpis.json'), 'utf8'));
  large ??= JSON.stringify({ histograms: Array.from({ length: LARGE_REPEAT }, () => histograms).flat() });
  return large;
}

/**
 * Starts the server on a free port of localhost. Resolves with
 * `{ base, headers, answers, reports, close() }`: `answers` and `reports` fill up as
 * the page posts (parsed JSON); `headers` can be changed between page loads.
 */
export async function startFixtureServer() {
  const state = { headers: {}, answers: [], reports: [], requests: [] };
  const server = createServer(async (req, res) => {
    const { pathname, searchParams } = new URL(req.url, 'http://localhost');
    state.requests.push(pathname);
    const send = (status, type, content) => {
      res.writeHead(status, { ...state.headers, 'content-type': type, 'cache-control': 'no-store' });
      res.end(content);
    };
    try {
      if (req.method === 'POST' && pathname === '/api/answers') {
        state.answers.push(JSON.parse(await body(req)));
        return send(201, 'application/json', '{"ok":true}');
      }
      if (req.method === 'POST' && pathname === '/csp-report') {
        state.reports.push(JSON.parse(await body(req)));
        return send(204, 'text/plain', '');
      }
      if (req.method !== 'GET') return send(405, 'text/plain', 'method not allowed');
      if (pathname === '/favicon.ico') return send(204, 'image/x-icon', ''); // asked for by the browser itself
      if (pathname === '/api/large.json') return send(200, 'application/json', await largeDocument());
      const file = fileFor(pathname === '/' ? '/index.html' : pathname);
      const type = file && types[extname(file)];
      if (!type) return send(404, 'text/plain', 'not found');
      let content = await readFile(file);
      if (type.startsWith('text/html')) content = withTags(String(content), searchParams);
      return send(200, type, content);
    } catch (error) {
      return send(error.code === 'ENOENT' ? 404 : 500, 'text/plain', String(error.message));
    }
  });
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address();
  return {
    base: `http://localhost:${port}`,
    get headers() {
      return state.headers;
    },
    set headers(value) {
      state.headers = value;
    },
    answers: state.answers,
    reports: state.reports,
    /** Every path asked for, in order. */
    requests: state.requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** The fixture server and a browser for one test file: started before its tests, both closed after them. */
export function fixtureHarness() {
  const harness = { server: undefined, browser: undefined };
  before(async () => {
    harness.server = await startFixtureServer();
    harness.browser = await launchChromium();
  });
  after(async () => {
    await harness.browser?.close().catch(() => {});
    await harness.server?.close();
  });
  return harness;
}
