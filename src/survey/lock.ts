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
