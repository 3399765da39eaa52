/** One sender per answer across the tabs of an origin. */
import { localStore, read, remove, write } from './storage.js';

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

export interface Ownership {
  /** Resolves once this tab owns the name. */
  owned: Promise<void>;
  /** Resolves soon: whether the name was free when asked (`false`: a live tab owns it; `owned` waits for it to go). */
  freeNow: Promise<boolean>;
  /** Gives it up, or stops waiting for it. */
  release: () => void;
}

/**
 * Holds `name` for as long as this tab lives, or until released: the tab that
 * took an answer keeps it, so another tab does not retry it on a second
 * schedule. When the owner goes (closed, crashed), the browser frees the lock
 * and the next tab waiting for it takes over. Without Web Locks every tab
 * owns every answer (and `exclusive` still keeps two sends apart).
 */
export function own(name: string): Ownership {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return { owned: Promise.resolve(), freeNow: Promise.resolve(true), release: () => {} };
  const lock = `omnikpi-survey:own:${name}`;
  const abort = new AbortController();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let granted!: () => void;
  const owned = new Promise<void>((resolve) => (granted = resolve));
  const hold = () => {
    granted();
    return held;
  };
  // Released before it was ever granted (an AbortError), or the page went: nothing was held.
  const ignore = () => {};
  const freeNow = new Promise<boolean>((answer) => {
    locks
      .request(lock, { ifAvailable: true }, (free) => {
        answer(!!free);
        if (free) return hold();
        if (!abort.signal.aborted) locks.request(lock, { signal: abort.signal }, hold).catch(ignore);
        return undefined;
      })
      .catch(() => answer(false));
  });
  return {
    owned,
    freeNow,
    release: () => {
      abort.abort();
      release();
    },
  };
}
