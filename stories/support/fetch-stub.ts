/**
 * Answers `fetch` for URLs under a dedicated prefix, for stories that need a
 * `src` that never answers or fails. Other URLs go to the real `fetch`; the
 * real one is put back when the last stub is removed, so stories that do not
 * stub are untouched, whatever order Storybook (or a docs page) mounts them in.
 */
type Handler = (url: string, init?: RequestInit) => Promise<Response>;

/** URLs the stubs answer start with this. */
export const STUB_PREFIX = '/__omnikpi-stub__/';

const routes = new Map<string, Handler>();
let realFetch: typeof fetch | undefined;

function stubbedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path = new URL(url, location.href).pathname;
  const handler = routes.get(path);
  return handler ? handler(url, init) : realFetch!(input, init);
}

/** Answers `fetch(STUB_PREFIX + name)` with `handler` until the returned function is called. */
export function stubFetch(name: string, handler: Handler): () => void {
  const path = STUB_PREFIX + name;
  if (routes.size === 0) {
    realFetch = window.fetch;
    window.fetch = stubbedFetch;
  }
  routes.set(path, handler);
  return () => {
    if (routes.get(path) !== handler) return;
    routes.delete(path);
    if (routes.size === 0 && window.fetch === stubbedFetch) {
      window.fetch = realFetch!;
      realFetch = undefined;
    }
  };
}

/** A response that never comes; it rejects only when the request is aborted (a new `src`, the element removed, its timeout). */
export const never: Handler = (_url, init) =>
  new Promise((_resolve, reject) => {
    const signal = init?.signal;
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

/** An HTTP status with a small JSON body. */
export const status =
  (code: number): Handler =>
  async () =>
    new Response(JSON.stringify({ error: code }), { status: code, headers: { 'Content-Type': 'application/json' } });
