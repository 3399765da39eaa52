/** Helpers for the survey tests: the collector on the test server, clean storage, and stores to inject faults into. */
import type { AnswerStore } from '../../src/survey/answer-store.js';
import type { QueuedAnswer } from '../../src/survey/entry.js';

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

/** What the collector received for `key`, once it received something (polled for up to `timeout` ms: the POST follows the thanks). */
export async function receivedSoon(key: string, timeout = 5000): Promise<Received[]> {
  const deadline = performance.now() + timeout;
  let got = await received(key);
  while (got.length === 0 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    got = await received(key);
  }
  return got;
}

/** The survey's IndexedDB database, opened as the survey opens it. */
export function openSurveyDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('omnikpi-survey', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('queue');
      request.result.createObjectStore('set-aside');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs one request on a store of the survey's database and resolves its result once committed. */
export async function inSurveyDb<T>(store: 'queue' | 'set-aside', mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openSurveyDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const request = work(tx.objectStore(store));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Removes every survey key (queue, leases, `once` memory, visitor id) from localStorage, and empties the IndexedDB queue. */
export async function clearSurveyStorage(): Promise<void> {
  for (const k of Object.keys(localStorage)) if (k.startsWith('omnikpi-survey:')) localStorage.removeItem(k);
  await inSurveyDb('queue', 'readwrite', (s) => s.clear());
  await inSurveyDb('set-aside', 'readwrite', (s) => s.clear());
}

export function entry(action: string, id: string, body: unknown = { responseId: id, responses: [] }, timeout = 5): QueuedAnswer {
  return { id, action, body: JSON.stringify(body), survey: 'test', timeout, attempts: 0, queuedAt: Date.now() };
}

/** Pretends the browser is offline (navigator.onLine) until the returned function is called. */
export function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => {
    delete (navigator as { onLine?: boolean }).onLine;
  };
}

/**
 * An in-memory store standing in for IndexedDB or localStorage, whose writes
 * can be refused (`full = true`, or after `acceptWrites` writes: a quota
 * reached) and whose calls are counted.
 */
export function fakeStore(kind: AnswerStore['kind'] = 'indexeddb') {
  const values = new Map<string, unknown>();
  const aside = new Map<string, unknown>();
  const calls = { put: 0, refused: 0 };
  const store: AnswerStore & { values: Map<string, unknown>; aside: Map<string, unknown>; full: boolean; acceptWrites: number; calls: typeof calls } = {
    kind,
    values,
    aside,
    full: false,
    /** How many writes it takes before it is full. */
    acceptWrites: Infinity,
    calls,
    async put(e) {
      calls.put++;
      if (store.full || calls.put > store.acceptWrites) {
        calls.refused++;
        return false;
      }
      // A structured clone, as both storages keep a copy.
      values.set(e.id, structuredClone(e));
      return true;
    },
    get: async (id) => values.get(id),
    delete: async (id) => void values.delete(id),
    all: async () => [...values],
    async setAside(key, value) {
      aside.set(key, value);
      values.delete(key);
      return true;
    },
  };
  return store;
}
