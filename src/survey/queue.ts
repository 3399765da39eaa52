/**
 * The persistent queue of answers not yet accepted by their `action`. Every
 * answer is written here *before* it is sent, so closing the tab mid-request
 * loses nothing. One `localStorage` key per answer (`omnikpi-survey:q:<id>`):
 * adding or removing one never rewrites another, so tabs cannot overwrite each
 * other's entries. If storage fails, entries live in memory for this page.
 */
import { keys, localStore, read, remove, write } from './storage.js';

export interface QueuedAnswer {
  /** The response id: the `Idempotency-Key`, the same on every attempt. */
  id: string;
  action: string;
  /** The JSON body, sent byte for byte on every attempt. */
  body: string;
  survey: string;
  /** Seconds to wait for an answer from `action`. */
  timeout: number;
  attempts: number;
  queuedAt: number;
  /** When the next retry is due (ms since epoch). */
  nextAt: number;
}

const Q = 'q:';

export class Queue {
  readonly #memory = new Map<string, QueuedAnswer>();

  constructor(readonly storage: Storage | undefined = localStore()) {}

  put(entry: QueuedAnswer): void {
    if (write(this.storage, Q + entry.id, JSON.stringify(entry))) this.#memory.delete(entry.id);
    else this.#memory.set(entry.id, entry);
  }

  get(id: string): QueuedAnswer | undefined {
    const text = read(this.storage, Q + id);
    if (text === null) return this.#memory.get(id);
    try {
      return JSON.parse(text) as QueuedAnswer;
    } catch {
      return undefined;
    }
  }

  remove(id: string): void {
    remove(this.storage, Q + id);
    this.#memory.delete(id);
  }

  /** Oldest first. */
  list(): QueuedAnswer[] {
    const ids = new Set([...keys(this.storage, Q).map((k) => k.slice(Q.length)), ...this.#memory.keys()]);
    return [...ids]
      .map((id) => this.get(id))
      .filter((e): e is QueuedAnswer => e !== undefined)
      .sort((a, b) => a.queuedAt - b.queuedAt);
  }
}

/** This tab, for leases. */
const TAB = Math.random().toString(36).slice(2);

/**
 * Runs `fn` only if no other tab (or caller) is working on `name` right now;
 * `undefined` if one is. Web Locks where they exist (https, localhost); on
 * plain-http intranets a lease in storage, which narrows the race instead of
 * closing it. Either way a resend carries the same id, so the collector dedupes it.
 */
export async function exclusive<T>(name: string, fn: () => Promise<T>, storage = localStore(), leaseMs = 60_000): Promise<T | undefined> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (locks) return locks.request(`omnikpi-survey:${name}`, { ifAvailable: true }, (lock) => (lock ? fn() : undefined));
  const key = `lease:${name}`;
  const [tab, until] = (read(storage, key) ?? '').split(' ');
  if (tab && tab !== TAB && Number(until) > Date.now()) return undefined;
  write(storage, key, `${TAB} ${Date.now() + leaseMs}`);
  try {
    return await fn();
  } finally {
    remove(storage, key);
  }
}
