/**
 * Hands a large `src` body to a Web Worker (`document-worker.ts`) so parsing,
 * validating (with `KpiDocumentSchema`) and aggregating a million rows never
 * blocks the page: the main thread gets back a small valid document with the
 * same figures.
 *
 * One worker per body, ended as soon as it answers or `signal` aborts, and one
 * body at a time: a second worker would take the core the page needs (two
 * cores are common), and the bodies come no sooner for it. Where a worker
 * cannot run (no Worker, a page policy that forbids it, the script on another
 * origin or missing) it resolves `undefined`, and the body, a Blob the page
 * still holds, is read on the main thread; the page then stops trying.
 */
import type { KpiDocument } from '../engine/schemas.js';
import { LARGE_BODY_BYTES, ProblemError, type ReadLarge } from './fetch-json.js';
import type { KpiProblem } from './problem.js';

export interface WorkerJob {
  body: Blob;
  url: string;
}

export type WorkerAnswer = { value: KpiDocument } | { problem: KpiProblem };

/** The part of the Trusted Types API used here (TypeScript's DOM library lacks it). */
declare const trustedTypes: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string } } | undefined;

let unavailable = typeof Worker === 'undefined';
let policy: { createScriptURL(url: string): string } | undefined;
/** The body being read: the next waits for it. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The worker, started from a Trusted Types script URL where the browser has
 * them: a page enforcing `require-trusted-types-for 'script'` accepts it (with
 * a `trusted-types` list, the list must name `omnikpi`). The script-tag files
 * of dist/ point the URL at dist/omnikpi-worker.js (vite.config.ts).
 */
function startWorker(): Worker {
  const url = new URL('./document-worker.js', import.meta.url);
  if (typeof trustedTypes !== 'undefined') policy ??= trustedTypes.createPolicy('omnikpi', { createScriptURL: () => url.href });
  return new Worker((policy?.createScriptURL('') ?? url) as string | URL, { type: 'module' });
}

const read: ReadLarge<KpiDocument> = (body, url, signal) =>
  new Promise<KpiDocument | undefined>((resolve, reject) => {
    signal.throwIfAborted();
    if (unavailable) return resolve(undefined);
    const worker = startWorker();
    const end = (settle: () => void) => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => end(() => reject(signal.reason));
    signal.addEventListener('abort', onAbort);
    // The answer is taken in its own task, and drawn in the next: neither makes the other's task long.
    worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => end(() => setTimeout(() => ('problem' in data ? reject(new ProblemError(data.problem)) : resolve(data.value))));
    worker.onerror = (event) => {
      event.preventDefault();
      unavailable = true;
      end(() => resolve(undefined));
    };
    // A Blob is a handle: its bytes are read in the worker, never copied on the page's thread.
    worker.postMessage({ body, url } satisfies WorkerJob);
  }).catch((error: unknown) => {
    // The worker could not even start (a policy, another origin): read here.
    if (error instanceof ProblemError || signal.aborted) throw error;
    unavailable = true;
    return undefined;
  });

export const readInWorker: ReadLarge<KpiDocument> = async (body, url, signal) => {
  if (body.size < LARGE_BODY_BYTES) return undefined;
  const job = queue.then(() => read(body, url, signal));
  // The next body goes to its worker in a task of its own, after this one's answer is drawn.
  queue = job.catch(() => undefined).then(() => new Promise((next) => setTimeout(next)));
  return job;
};
