// A test endpoint for `src` fetches, served by web-test-runner's dev server under /test-api/.
//   /test-api/status/404          answers that status with a JSON body
//   /test-api/json?body=…         answers 200 with the given body (not checked: may be invalid JSON)
//   /test-api/slow?ms=300&body=…  answers 200 after a delay
//   /test-api/hang                never answers (until the client aborts, or 60 s)
//   /test-api/once?key=k&body=…   200 with the body the first time for a key, 500 after
//   /test-api/count?key=k&body=…  200 with the body; /test-api/hits?key=k tells how many times it was asked
const hits = new Map();

export async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const route = url.pathname.slice('/test-api/'.length);
  const body = url.searchParams.get('body') ?? '{}';
  ctx.set('Cache-Control', 'no-store');
  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice('status/'.length));
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
  if (route === 'hang') {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 60_000);
      ctx.req.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    ctx.status = 504;
    ctx.body = '';
    return;
  }
  return next();
}
