// A test endpoint for `src` fetches, served by web-test-runner's dev server under /test-api/.
//   /test-api/status/404          answers that status with a JSON body (&location=… and &retry-after=… set those headers)
//   /test-api/json?body=…         answers 200 with the given body (not checked: may be invalid JSON)
//   /test-api/slow?ms=300&body=…  answers 200 after a delay
//   /test-api/hang                never answers (until the client aborts, or 60 s)
//   /test-api/once?key=k&body=…   200 with the body the first time for a key, 500 after
//   /test-api/count?key=k&body=…  200 with the body (after &ms=… milliseconds); /test-api/hits?key=k tells how many times it was asked
//   POST /test-api/answers?key=k&mode=m   a survey collector; records every request (JSON body and
//        Idempotency-Key) under the key, then answers by mode, counting this key's requests:
//        ok 200 · fail-once 500 then 200 · fail 500 · reject 400 · hang-once no answer then 200 ·
//        slow 200 after 300 ms
//   GET  /test-api/answers?key=k          { requests: [{ idempotencyKey, contentType, body }] }
//   /test-api/large?kind=responses&n=1000000   a large document (test/server/large-data.mjs), made once;
//   /test-api/large?kind=journeys&n=100000     &bad=i gives responses[i] a score of 11, &cut=1 cuts the JSON short
import { largeJourneys, largeResponses } from './large-data.mjs';

const hits = new Map();
/** Large bodies by kind and size, made on first request (a 130 MB document takes seconds). */
const large = new Map();
const answers = new Map();

function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function hang(ctx) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 60_000);
    ctx.req.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function collector(ctx, url) {
  const key = url.searchParams.get('key') ?? '';
  const log = answers.get(key) ?? [];
  answers.set(key, log);
  ctx.type = 'application/json';
  if (ctx.method === 'GET') {
    ctx.body = JSON.stringify({ requests: log });
    return;
  }
  const text = await readBody(ctx.req);
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  const n = log.length;
  log.push({ idempotencyKey: ctx.get('Idempotency-Key'), contentType: ctx.get('Content-Type'), body });
  const mode = url.searchParams.get('mode') ?? 'ok';
  if (mode === 'hang-once' && n === 0) {
    await hang(ctx);
    ctx.status = 504;
    ctx.body = '';
    return;
  }
  if (mode === 'slow') await new Promise((r) => setTimeout(r, 300));
  const status = mode === 'reject' ? 400 : mode === 'fail' || (mode === 'fail-once' && n === 0) ? 500 : 200;
  ctx.status = status;
  ctx.body = JSON.stringify(status === 200 ? { ok: true } : { error: `test ${status}` });
}

export async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const route = url.pathname.slice('/test-api/'.length);
  const body = url.searchParams.get('body') ?? '{}';
  ctx.set('Cache-Control', 'no-store');
  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice('status/'.length));
    if (url.searchParams.has('location')) ctx.set('Location', url.searchParams.get('location'));
    if (url.searchParams.has('retry-after')) ctx.set('Retry-After', url.searchParams.get('retry-after'));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ error: 'test status' });
    return;
  }
  if (route === 'json' || route === 'slow') {
    if (route === 'slow') await new Promise((r) => setTimeout(r, Number(url.searchParams.get('ms') ?? 300)));
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = body;
    return;
  }
  if (route === 'once' || route === 'count') {
    const key = url.searchParams.get('key') ?? '';
    const seen = hits.get(key) ?? 0;
    hits.set(key, seen + 1);
    const ok = route === 'count' || seen === 0;
    if (url.searchParams.has('ms')) await new Promise((r) => setTimeout(r, Number(url.searchParams.get('ms'))));
    ctx.status = ok ? 200 : 500;
    ctx.type = 'application/json';
    ctx.body = ok ? body : JSON.stringify({ error: 'test failure' });
    return;
  }
  if (route === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: hits.get(url.searchParams.get('key') ?? '') ?? 0 });
    return;
  }
  if (route === 'answers') return collector(ctx, url);
  if (route === 'large') {
    const kind = url.searchParams.get('kind');
    const n = Number(url.searchParams.get('n'));
    const bad = url.searchParams.get('bad');
    const key = url.search;
    if (!large.has(key)) {
      const doc = kind === 'journeys' ? largeJourneys(n) : largeResponses(n);
      if (bad !== null) doc.responses[Number(bad)].score = 11;
      const text = JSON.stringify(doc);
      large.set(key, Buffer.from(url.searchParams.has('cut') ? text.slice(0, -10) : text));
    }
    ctx.type = 'application/json';
    ctx.body = large.get(key);
    return;
  }
  if (route === 'hang') {
    await hang(ctx);
    ctx.status = 504;
    ctx.body = '';
    return;
  }
  return next();
}
