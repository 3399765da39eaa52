/**
 * Sampling: whether a visitor is asked, decided by a stable hash so the same
 * visitor gets the same answer on every page and every visit (a 1 % survey
 * stays 1 %, not 1 % per page view). The hash covers the survey id too, so
 * two 1 % surveys do not land on the same 1 % of visitors. No cookies.
 */
import { localStore, read, write } from './storage.js';
import { uuid } from './payload.js';

/** FNV-1a over UTF-16 code units, then murmur3's finalizer: close ids ("user-1", "user-2") land far apart. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A number in [0, 1) fixed for this visitor and survey. */
export function bucket(surveyId: string, visitor: string): number {
  return hash32(`${surveyId}\u0000${visitor}`) / 2 ** 32;
}

export function inSample(rate: number, surveyId: string, visitor: string): boolean {
  return rate >= 1 || bucket(surveyId, visitor) < rate;
}

let pageVisitor: string | undefined;

/** The host's user id, else a random id kept in storage (else one per page, if storage is unavailable). */
export function visitorId(userId: string | null | undefined, storage = localStore()): string {
  if (userId) return userId;
  const kept = read(storage, 'visitor');
  if (kept) return kept;
  const id = uuid();
  if (write(storage, 'visitor', id)) return id;
  return (pageVisitor ??= id);
}
