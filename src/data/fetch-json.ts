/** Fetches JSON from `src` with a timeout, turning every failure into a `KpiProblem`. */
import type { KpiProblem } from './problem.js';

export class ProblemError extends Error {
  constructor(readonly problem: KpiProblem) {
    super(problem.reason);
  }
}

/**
 * GET `url` (same-origin credentials, as DESIGN.md §2 says), give up after
 * `timeoutMs`, and parse the body. `signal` aborts when `src` changes: that
 * rejects with the abort reason, which the caller drops as stale.
 */
export async function fetchJson(url: string, signal: AbortSignal, timeoutMs: number): Promise<unknown> {
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
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return failTransport(error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return fail({ code: 'json', reason: `${url} did not return valid JSON: ${(error as Error).message}` });
  }
}
