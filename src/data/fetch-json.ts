/** Fetches `src` and reads its JSON, turning every failure into a `KpiProblem`. */
import type { KpiProblem } from './problem.js';

export class ProblemError extends Error {
  constructor(readonly problem: KpiProblem) {
    super(problem.reason);
  }
}

/**
 * Reads a large body (`LARGE_BODY_BYTES` and more) off the main thread and
 * validates it: resolves to the valid value, rejects with a `ProblemError`
 * naming the bad field, or resolves `undefined` for a small body or when it
 * cannot run (the body is then read on the main thread).
 */
export type ReadLarge<T> = (body: Blob, url: string, signal: AbortSignal) => Promise<T | undefined>;

/** Bodies from this size on are read off the main thread: parsing and validating 1 MB takes about a frame. */
export const LARGE_BODY_BYTES = 1_000_000;

/** The problem of a body that is not JSON; the same words whichever thread parsed it. */
export function jsonProblem(url: string, error: unknown): KpiProblem {
  return { source: 'src', field: '', url, code: 'json', reason: `${url} did not return valid JSON: ${(error as Error).message}` };
}

/**
 * GET `url` (same-origin credentials, as DESIGN.md §2 says). `signal` aborts
 * when nobody waits for the body any more: that rejects with the abort reason,
 * which callers drop as stale (their time limits are theirs: `sharedLoad`).
 * The body comes as a Blob, whose bytes the browser keeps off the page's
 * thread: a large one is never copied there.
 */
export async function fetchBody(url: string, signal: AbortSignal): Promise<Blob> {
  const fail = (problem: Omit<KpiProblem, 'source' | 'field' | 'url'>): never => {
    throw new ProblemError({ source: 'src', field: '', url, ...problem });
  };
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) fail({ code: 'http', status: response.status, reason: `${url} answered HTTP ${response.status}` });
    return await response.blob();
  } catch (error) {
    if (signal.aborted || error instanceof ProblemError) throw error;
    return fail({ code: 'network', reason: `could not fetch ${url}: ${(error as Error)?.message ?? String(error)}` });
  }
}

/** The body's JSON, on this thread. */
export async function parseJson(body: Blob, url: string): Promise<unknown> {
  const text = await body.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ProblemError(jsonProblem(url, error));
  }
}
