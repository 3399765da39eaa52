/**
 * `npm start`: one local server for the whole loop.
 *
 * - the demo pages (demo/index.html, demo/hostile.html), served by Vite in
 *   middleware mode, the elements straight from src/;
 * - a small collector API over PGlite (embedded PostgreSQL) stored in a folder:
 *   POST /api/answers          a <kpi-survey> payload; idempotent on each answer's id
 *   GET  /api/answers/:id      one stored answer (404 if none)
 *   GET  /api/kpis.json        the DESIGN.md §3 document computed in SQL (demo/sql/kpis.sql)
 *   GET  /api/trend.json?interval=day|week|month (week)
 *                              score histograms per channel and period in Europe/Paris (demo/sql/trend.sql)
 *   GET  /api/comments.json?limit=500
 *                              the latest answers with a comment, newest first, as `responses` (demo/sql/comments.sql),
 *                              for <kpi-comments>; `limit` 1–5000 (500), another value: 400 naming `limit`
 *   GET  /api/metrics.json?interval=month|week (month)
 *                              operations, commerce and engagement `metrics` rows per KPI, channel and
 *                              period in Europe/Paris, `{ metrics, currency: 'EUR' }` (demo/sql/metrics.sql
 *                              over the tables of demo/sql/metrics-schema.sql), for <kpi-scorecard>;
 *                              another interval: 400 naming `interval`
 *
 * Environment: PORT (5173), HOST (localhost), OMNIKPI_DATA_DIR (.data/pglite).
 * On an empty database it loads the seeded sample (demo/sample-data.mjs).
 * Stops cleanly on SIGINT / SIGTERM (closes the database).
 */
import { createServer as createHttpServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { createServer as createViteServer } from 'vite';
import { commentsDocument, COMMENTS_LIMIT, getAnswer, insertAnswers, kpiDocument, METRICS_INTERVALS, metricsDocument, openDb, seedIfEmpty, TREND_INTERVALS, trendDocument } from './db.mjs';

const demoDir = dirname(fileURLToPath(import.meta.url));
const repoDir = resolve(demoDir, '..');

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? 'localhost';
const dataDir = resolve(repoDir, process.env.OMNIKPI_DATA_DIR ?? '.data/pglite');
/** A payload is a few answers: anything bigger is refused. */
const MAX_BODY = 64 * 1024;

const log = (...args) => console.log('[omnikpi]', ...args);

mkdirSync(dataDir, { recursive: true });
const started = Date.now();
const db = await openDb(dataDir);
if (await seedIfEmpty(db)) log(`loaded the sample data into ${dataDir}`);

const httpServer = createHttpServer();
const vite = await createViteServer({
  configFile: false,
  root: demoDir,
  appType: 'mpa',
  logLevel: 'warn',
  server: { middlewareMode: true, hmr: { server: httpServer } },
});
// The engine's zod schemas, from the TypeScript source through the same Vite server.
const { ResponseSchema } = await vite.ssrLoadModule(resolve(repoDir, 'src/engine/schemas.ts'));

class HttpError extends Error {
  constructor(status, body) {
    super(body.error);
    this.status = status;
    this.body = body;
  }
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, { error: 'too-large', message: `body over ${MAX_BODY} bytes` });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, { error: 'invalid', issues: [{ field: '', message: 'body is not JSON' }] });
  }
}

/** `['responses', 0, 'score']` → `responses[0].score`. */
const fieldOf = (path) => path.reduce((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');

/** The payload's answers as table rows, or an HttpError 400 listing every bad field. */
function answerRows(payload, idempotencyKey) {
  const issues = [];
  const bad = (field, message) => issues.push({ field, message });
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    bad('', 'expected a JSON object { responseId, survey, at, lang, responses, answers }');
  } else {
    if (typeof payload.responseId !== 'string' || !payload.responseId.trim()) bad('responseId', 'required string');
    else if (idempotencyKey && idempotencyKey !== payload.responseId) bad('responseId', 'differs from the Idempotency-Key header');
    if (!Array.isArray(payload.responses) || payload.responses.length === 0) bad('responses', 'expected a non-empty array');
  }
  const rows = [];
  if (!issues.length) {
    payload.responses.forEach((item, i) => {
      const result = ResponseSchema.safeParse(item);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const message = issue.code === 'invalid_value' && issue.values ? `expected one of ${issue.values.join(', ')}` : issue.message;
          bad(fieldOf(['responses', i, ...issue.path]), message);
        }
        return;
      }
      const r = result.data;
      if (typeof r.id !== 'string' || !r.id.trim()) bad(`responses[${i}].id`, 'required string (the answer id)');
      if (r.at !== undefined && Number.isNaN(Date.parse(r.at))) bad(`responses[${i}].at`, 'not a date-time');
      const scale = { nps: [0, 10], csat: [1, 5], ces: [1, 7] }[r.metric];
      rows.push({
        id: r.id,
        response_id: r.responseId ?? payload.responseId,
        survey: typeof item.survey === 'string' ? item.survey : typeof payload.survey === 'string' ? payload.survey : null,
        metric: r.metric,
        score: r.score,
        min: r.min ?? scale[0],
        max: r.max ?? scale[1],
        higher_is_easier: r.higherIsEasier ?? null,
        channel: r.channel ?? null,
        touchpoint: r.touchpoint ?? null,
        stage: r.stage ?? null,
        at: r.at ?? payload.at ?? new Date().toISOString(),
        comment: r.comment ?? null,
      });
    });
    if (!issues.length && new Set(rows.map((r) => r.id)).size !== rows.length) bad('responses', 'two answers share an id');
  }
  if (issues.length) throw new HttpError(400, { error: 'invalid', issues });
  return rows;
}

async function api(req, res) {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/api/kpis.json') {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, { error: 'method-not-allowed' });
    return send(res, 200, await kpiDocument(db));
  }
  if (url.pathname === '/api/trend.json') {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, { error: 'method-not-allowed' });
    const interval = url.searchParams.get('interval') ?? 'week';
    if (!Object.hasOwn(TREND_INTERVALS, interval)) throw new HttpError(400, { error: 'invalid', issues: [{ field: 'interval', message: `one of ${Object.keys(TREND_INTERVALS).join(', ')}` }] });
    return send(res, 200, await trendDocument(db, interval));
  }
  if (url.pathname === '/api/comments.json') {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, { error: 'method-not-allowed' });
    const asked = url.searchParams.get('limit') ?? String(COMMENTS_LIMIT.default);
    const limit = /^\d+$/.test(asked) ? Number(asked) : NaN;
    if (!(limit >= 1 && limit <= COMMENTS_LIMIT.max)) throw new HttpError(400, { error: 'invalid', issues: [{ field: 'limit', message: `a whole number from 1 to ${COMMENTS_LIMIT.max}` }] });
    return send(res, 200, await commentsDocument(db, limit));
  }
  if (url.pathname === '/api/metrics.json') {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, { error: 'method-not-allowed' });
    const interval = url.searchParams.get('interval') ?? 'month';
    if (!Object.hasOwn(METRICS_INTERVALS, interval)) throw new HttpError(400, { error: 'invalid', issues: [{ field: 'interval', message: `one of ${Object.keys(METRICS_INTERVALS).join(', ')}` }] });
    return send(res, 200, await metricsDocument(db, interval));
  }
  if (url.pathname === '/api/answers') {
    if (req.method !== 'POST') throw new HttpError(405, { error: 'method-not-allowed' });
    const rows = answerRows(await readJson(req), req.headers['idempotency-key']);
    // One transaction: a payload is stored whole or not at all.
    const inserted = await db.transaction((tx) => insertAnswers(tx, rows));
    return send(res, inserted.length ? 201 : 200, { stored: inserted, duplicates: rows.map((r) => r.id).filter((id) => !inserted.includes(id)) });
  }
  const one = /^\/api\/answers\/([^/]+)$/.exec(url.pathname);
  if (one && req.method === 'GET') {
    const row = await getAnswer(db, decodeURIComponent(one[1]));
    return row ? send(res, 200, row) : send(res, 404, { error: 'not-found' });
  }
  return false;
}

httpServer.on('request', (req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  if (!pathname.startsWith('/api/')) return vite.middlewares(req, res, () => send(res, 404, { error: 'not-found' }));
  api(req, res)
    .then((handled) => {
      // demo/public/api/*.json (the Storybook samples) stay reachable through Vite.
      if (handled === false) vite.middlewares(req, res, () => send(res, 404, { error: 'not-found' }));
    })
    .catch((error) => {
      if (error instanceof HttpError) return send(res, error.status, error.body);
      console.error(error);
      send(res, 500, { error: 'internal' });
    });
});

httpServer.listen(port, host, () => {
  const { port: actual } = httpServer.address();
  log(`demo at http://${host}:${actual}/ (data: ${dataDir}, ready in ${Date.now() - started} ms)`);
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping`);
  httpServer.close();
  httpServer.closeAllConnections();
  await vite.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
