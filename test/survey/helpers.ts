/** Helpers for the survey tests: the collector on the test server, and clean storage. */
import type { QueuedAnswer } from '../../src/survey/queue.js';

export interface Received {
  idempotencyKey: string;
  contentType: string;
  body: { responseId?: string; responses?: Array<Record<string, unknown>>; [k: string]: unknown };
}

let n = 0;

/** A collector URL (absolute, as the survey stores it) answering by `mode`; see test/server/test-api.mjs. */
export function collector(mode: 'ok' | 'fail-once' | 'fail' | 'reject' | 'hang-once' | 'slow' = 'ok') {
  const key = `${Date.now()}-${++n}-${Math.random().toString(36).slice(2)}`;
  return { key, url: new URL(`/test-api/answers?key=${key}&mode=${mode}`, location.href).href };
}

/** What the collector received for a key, in order. */
export async function received(key: string): Promise<Received[]> {
  const res = await fetch(`/test-api/answers?key=${key}`);
  return ((await res.json()) as { requests: Received[] }).requests;
}

/** Removes every survey key (queue, leases, `once` memory, visitor id) from localStorage. */
export function clearSurveyStorage(): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith('omnikpi-survey:')) localStorage.removeItem(k);
}

export function entry(action: string, id: string, body: unknown = { responseId: id, responses: [] }, timeout = 5): QueuedAnswer {
  return { id, action, body: JSON.stringify(body), survey: 'test', timeout, attempts: 0, queuedAt: Date.now(), nextAt: Date.now() };
}

/** Pretends the browser is offline (navigator.onLine) until the returned function is called. */
export function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => {
    delete (navigator as { onLine?: boolean }).onLine;
  };
}
