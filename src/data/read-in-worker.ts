/**
 * Hands a large `src` body to a Web Worker (`document-worker.ts`) so parsing,
 * validating (with `KpiDocumentSchema`) and aggregating a million rows never
 * blocks the page: the main thread gets back a small valid document with the
 * same figures.
 *
 * One worker per body, ended as soon as it answers or `signal` aborts, and one
 * body at a time: a second worker would take the core the page needs (two
 * cores are common), and the bodies come no sooner for it. Where a
 * worker cannot start (no Worker, a page policy that forbids it, the script on
 * another origin, the file missing) it resolves `undefined`, so the body is
 * read on the main thread as a small one is; after one such failure the page
 * does not try again.
 */
import type { KpiDocument } from '../engine/schemas.js';
import { ProblemError, type ReadLarge } from './fetch-json.js';
import type { KpiProblem } from './problem.js';

export interface WorkerJob {
  body: Blob;
  url: string;
}

export type WorkerAnswer = 'ready' | { value: KpiDocument } | { problem: KpiProblem };

/** The part of the Trusted Types API used here (TypeScript's DOM library lacks it). */
declare const trustedTypes: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string } } | undefined;

let unavailable = typeof Worker === 'undefined';
let policy: { createScriptURL(url: string): string } | undefined;

/**
 * The worker, started from a Trusted Types script URL where the browser has
 * them: a page enforcing `require-trusted-types-for 'script'` accepts it (with
 * a `trusted-types` list, the list must name `omnikpi`). The URL is written
 * the way bundlers (Vite, webpack, Parcel) find a worker and bundle it; the
 * script-tag files of dist/ point it at dist/omnikpi-worker.js.
 */
function startWorker(): Worker {
  const url = new URL('./document-worker.js', import.meta.url);
  if (typeof trustedTypes !== 'undefined') policy ??= trustedTypes.createPolicy('omnikpi', { createScriptURL: () => url.href });
  return new Worker((policy?.createScriptURL('') ?? url) as string | URL, { type: 'module' });
}

/** The body being read: the next waits for it. */
let queue: Promise<unknown> = Promise.resolve();

export const readInWorker: ReadLarge<KpiDocument> = (body, url, signal) => {
  const job = queue.then(() => read(body, url, signal));
  queue = job.catch(() => undefined);
  return job;
};

const read: ReadLarge<KpiDocument> = (body, url, signal) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    if (unavailable) return resolve(undefined);
    let worker: Worker;
    try {
      worker = startWorker();
    } catch {
      unavailable = true;
      return resolve(undefined);
    }
    let started = false;
    const end = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
      if (data === 'ready') {
        started = true;
        // A Blob is a handle: its bytes are read in the worker, never copied on the page's thread.
        worker.postMessage({ body, url } satisfies WorkerJob);
        return;
      }
      end();
      if ('problem' in data) reject(new ProblemError(data.problem));
      else resolve(data.value);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      if (!started) {
        unavailable = true;
        return resolve(undefined);
      }
      // The worker failed on the body (out of memory): say so, as the main thread would.
      reject(new ProblemError({ source: 'src', field: '', url, code: 'compute', reason: `could not read ${url}: ${event.message || 'the worker stopped'}` }));
    };
  });
