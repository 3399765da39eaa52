/**
 * Loads of the same `src` in flight at once share one request and one reading:
 * a dashboard with several elements on one URL downloads and parses it once
 * (a million rows once, not once per element). Each caller keeps its own time
 * limit and its own abort; the request stops when nobody waits for it any
 * more. Nothing is kept once it settles: a later load (a `refresh` tick,
 * `reload()`) asks the server again.
 */
import { ProblemError } from './fetch-json.js';

interface Load {
  /** Settles when the body has arrived: the time limit is for this part. */
  fetched: Promise<unknown>;
  value: Promise<unknown>;
  waiting: number;
  stop: AbortController;
}

/** The loads in flight, by reader (one per schema: elements reading the same schema share) and URL. */
const inFlight = new WeakMap<object, Map<string, Load>>();

/**
 * `start` begins the load with the shared abort signal: `fetched` settles
 * once the body is in, `value` is the result. Rejects with `signal.reason`
 * when the caller aborts, or a `timeout` problem when the body takes more
 * than `timeoutMs`.
 */
export function sharedLoad<T>(
  reader: object,
  url: string,
  signal: AbortSignal,
  timeoutMs: number,
  start: (signal: AbortSignal) => { fetched: Promise<unknown>; value: Promise<T> },
): Promise<T> {
  const loads = inFlight.get(reader) ?? inFlight.set(reader, new Map()).get(reader)!;
  let load = loads.get(url);
  if (!load) {
    const stop = new AbortController();
    const begun = start(stop.signal);
    const entry: Load = { ...begun, waiting: 0, stop };
    load = entry;
    loads.set(url, entry);
    const done = () => loads.get(url) === entry && loads.delete(url);
    entry.value.then(done, done);
  }
  const shared = load;
  shared.waiting++;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (abandon: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      // The last caller to give up stops the request, and the next load starts afresh.
      if (--shared.waiting === 0 && abandon) {
        if (loads.get(url) === shared) loads.delete(url);
        shared.stop.abort();
      }
      outcome();
    };
    const onAbort = () => finish(true, () => reject(signal.reason));
    const timer = setTimeout(
      () => finish(true, () => reject(new ProblemError({ source: 'src', field: '', url, code: 'timeout', seconds: timeoutMs / 1000, reason: `no answer from ${url} within ${timeoutMs / 1000} s` }))),
      timeoutMs,
    );
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort);
    // The time limit is for the network: reading a large body may take longer.
    shared.fetched.then(() => clearTimeout(timer), () => undefined);
    shared.value.then(
      (value) => finish(false, () => resolve(value as T)),
      (error: unknown) => finish(false, () => reject(error)),
    );
  });
}
