/** Fetches JSON from `src` with a timeout, turning every failure into a `KpiProblem`. */
import type { KpiProblem } from './problem.js';

export class ProblemError extends Error {
  constructor(readonly problem: KpiProblem) {
    super(problem.reason);
  }
}

/**
 * Reads a large body off the main thread: resolves to the value to validate
 * (the body's JSON, or its aggregate form), rejects with a `ProblemError` for
 * a bad body, or resolves `undefined` when it cannot run (then the body is
 * read here, as a small one is).
 */
export type ReadLarge = (body: ArrayBuffer, url: string, signal: AbortSignal) => Promise<unknown>;

/** Bodies from this size on go to `readLarge`: parsing and validating 1 MB takes about a frame. */
export const LARGE_BODY_BYTES = 1_000_000;

/** The problem of a body that is not JSON; the same words whichever thread parsed it. */
export function jsonProblem(url: string, error: unknown): KpiProblem {
  return { source: 'src', field: '', url, code: 'json', reason: `${url} did not return valid JSON: ${(error as Error).message}` };
}

/**
 * GET `url` (same-origin credentials, as DESIGN.md §2 says), give up after
 * `timeoutMs`, and parse the body. `signal` aborts when `src` changes: that
 * rejects with the abort reason, which the caller drops as stale.
 */
export async function fetchJson(url: string, signal: AbortSignal, timeoutMs: number, readLarge?: ReadLarge): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  const fail = (problem: Omit<KpiProblem, 'source' | 'field' | 'url'>): never => {
    throw new ProblemError({ source: 'src', field: '', url, ...problem });
  };
  const failTransport = (error: unknown): never => {
    if (signal.aborted) throw error;
    if (timeout.aborted) fail({ code: 'timeout', seconds: timeoutMs / 1000, reason: `no answer from ${url} within ${timeoutMs / 1000} s` });
    return fail({ code: 'network', reason: `could not fetch ${url}: ${(error as Error)?.message ?? String(error)}` });
  };

  let response: Response;
  try {
    response = await fetch(url, { signal: both, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    return failTransport(error);
  }
  if (!response.ok) fail({ code: 'http', status: response.status, reason: `${url} answered HTTP ${response.status}` });
  let body: ArrayBuffer;
  try {
    body = await response.arrayBuffer();
  } catch (error) {
    return failTransport(error);
  }
  // The time limit is for the network: reading a large body may take longer, and `signal` still stops it.
  if (readLarge && body.byteLength >= LARGE_BODY_BYTES) {
    const value = await readLarge(body, url, signal);
    if (value !== undefined) return value;
  }
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch (error) {
    throw new ProblemError(jsonProblem(url, error));
  }
}
