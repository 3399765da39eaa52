/**
 * Delivery of queued answers to their `action` (DESIGN.md §7): POST JSON with
 * an `Idempotency-Key`, a time limit, and a verdict per outcome:
 * - a 2xx answer to the POST itself: sent. Redirects are not followed
 *   (`redirect: 'manual'`): a 3xx is a failed attempt, retried, never taken
 *   for the answer of a GET the browser made instead;
 * - 408, 429, 5xx, a network error, a timeout or offline: retried with
 *   exponential backoff, at least as late as `Retry-After` asks;
 * - any other 4xx: rejected, never retried.
 * Retries are timed on the page's monotonic clock (`performance.now()`), so a
 * wall clock set back or forward does not move them, and from this page's own
 * bookkeeping, so a storage write that fails cannot make one due at once.
 * On `pagehide` what is still queued goes out with `fetch(keepalive)` (not
 * `sendBeacon`: it cannot carry the `Idempotency-Key` header) and stays queued
 * until a later page sees it accepted: at least once, always under one id.
 */
import type { QueuedAnswer } from './entry.js';
import { exclusive, own } from './lock.js';
import { Queue } from './queue.js';

export type Reason = 'offline' | 'network' | 'timeout' | 'http' | 'redirect';
export type Outcome =
  | { kind: 'sent' | 'rejected'; status: number }
  /** `retryAfter`: what the server's `Retry-After` asked, in ms. */
  | { kind: 'retry'; reason: Reason; status?: number; retryAfter?: number };

/** Above this a keepalive request may be refused (the browser allows 64 kB in flight). */
const KEEPALIVE_MAX = 60_000;
/** The longest `Retry-After` honoured: a wrong header must not park answers for days. */
export const MAX_RETRY_AFTER = 60 * 60_000;

const request = (entry: QueuedAnswer, signal?: AbortSignal) =>
  fetch(entry.action, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.id },
    body: entry.body,
    credentials: 'same-origin',
    // A 3xx is answered to us as an opaque redirect; following it would turn the POST into a bodyless GET.
    redirect: 'manual',
    // A request started just before the page goes away still arrives.
    keepalive: entry.body.length < KEEPALIVE_MAX,
    signal,
  });

/** `Retry-After` in ms: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); `undefined` when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP-date form starts with the day's name ("Wed, 02 Dec 2026 10:00:00 GMT"); Date.parse alone would read "-5" as a year.
  const at = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : NaN;
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

export async function post(entry: QueuedAnswer): Promise<Outcome> {
  if (!navigator.onLine) return { kind: 'retry', reason: 'offline' };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), entry.timeout * 1000);
  try {
    const response = await request(entry, abort.signal);
    const { status } = response;
    if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) return { kind: 'retry', reason: 'redirect' };
    if (status >= 200 && status < 300) return { kind: 'sent', status };
    if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', reason: 'http', status, retryAfter: retryAfterMs(response.headers.get('Retry-After')) };
    return { kind: 'rejected', status };
  } catch {
    return { kind: 'retry', reason: abort.signal.aborted ? 'timeout' : navigator.onLine ? 'network' : 'offline' };
  } finally {
    clearTimeout(timer);
    // Drops the unread body, which kept the request open and its bytes in the page's 64 kB keepalive quota (after ~64 kB of answers, none could be sent).
    abort.abort();
  }
}

/** Exponential backoff with jitter: base·2^(n−1), capped, times 0.5…1 so tabs and pages do not retry in step. */
export function backoff(attempts: number, base: number, cap: number, random = Math.random()): number {
  return Math.min(cap, base * 2 ** (attempts - 1)) * (0.5 + random / 2);
}

/** What became of an answer: `entry` as it now stands (its `attempts` counts this one). */
export type OutboxEvent = { entry: QueuedAnswer } & (
  | { kind: 'sent' | 'rejected'; status: number }
  /** `persisted`: a copy is on this device (else only this page holds it); `retryAt`: wall-clock ms of the next attempt. */
  | { kind: 'queued'; reason: Reason; status?: number; persisted: boolean; retryAt: number }
);

export interface OutboxOptions {
  /** First retry delay in ms (then doubled each time). */
  baseDelay: number;
  maxDelay: number;
  transport: (entry: QueuedAnswer) => Promise<Outcome>;
}

/** This page's view of one queued answer. Times are `performance.now()` ms. */
interface Slot {
  entry: QueuedAnswer;
  dueAt: number;
  triedAt: number;
  reason?: Reason;
  /** A copy is on this device. */
  persisted: boolean;
  /** The server asked for the wait (`Retry-After`): `online` does not cut it short. */
  held: boolean;
  /** This tab owns the answer (see `own`): only the owner retries it. */
  owned: boolean;
  /** Gives the answer up (sent, refused, or the outbox stopped). */
  release: () => void;
}

const now = () => performance.now();

export class Outbox {
  readonly options: OutboxOptions;
  /** The answers this page knows of, by id. */
  readonly #slots = new Map<string, Slot>();
  /** Answers this page is sending now, and the attempt under way. */
  readonly #sending = new Map<string, Promise<void>>();
  readonly #listeners = new Set<(e: OutboxEvent) => void>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #started = false;

  constructor(
    readonly queue = new Queue(),
    options: Partial<OutboxOptions> = {},
  ) {
    this.options = { baseDelay: 2000, maxDelay: 5 * 60_000, transport: post, ...options };
  }

  /** Listens for `online` and `pagehide`, and sends what earlier pages left queued. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    addEventListener('online', this.#onOnline);
    addEventListener('pagehide', this.#onPageHide);
    void this.flush(true);
  }

  /** Stops, and gives up every answer (another tab, or this page's next `start`, takes them from the queue). */
  stop(): void {
    this.#started = false;
    removeEventListener('online', this.#onOnline);
    removeEventListener('pagehide', this.#onPageHide);
    clearTimeout(this.#timer);
    for (const slot of this.#slots.values()) slot.release();
    this.#slots.clear();
  }

  /** How many answers this page holds for delivery (queued or in flight). */
  get size(): number {
    return this.#slots.size;
  }

  listen(listener: (e: OutboxEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Queues first, then sends: from here on the answer survives a crash, a reload or a closed tab (or, when no storage takes it, is said to live in this page only). */
  async submit(entry: QueuedAnswer): Promise<void> {
    if (this.#slots.has(entry.id)) return;
    const { owned, release } = own(entry.id);
    const slot: Slot = { entry, dueAt: now(), triedAt: now(), persisted: false, held: false, owned: false, release };
    this.#slots.set(entry.id, slot);
    // A new id is free at once: owned in a task or two, while the write goes on.
    [slot.persisted] = await Promise.all([this.queue.put(entry), owned]);
    slot.owned = true;
    await this.#deliver(entry.id, true);
  }

  /**
   * Reads the queue (answers of earlier pages and other tabs), then sends what
   * is due, one at a time: all of it when `force` (a page load), except what a
   * `Retry-After` still holds back.
   */
  async flush(force = false): Promise<void> {
    const { entries, setAside } = await this.queue.list();
    if (setAside.length > 0) {
      console.warn(`omnikpi: ${setAside.length} unreadable survey queue entries set aside, kept for inspection (localStorage "omnikpi-survey:set-aside:<key>", or the IndexedDB database "omnikpi-survey", store "set-aside"): ${setAside.join(', ')}`);
    }
    const asked: Promise<boolean>[] = [];
    for (const entry of entries) {
      if (this.#slots.has(entry.id)) continue;
      // From an earlier page or another tab: due once this tab owns it (at once when no live tab does),
      // unless the server asked for a wait that is not over (the wall clock is all that crosses pages).
      const wait = entry.notBefore === undefined ? 0 : Math.min(Math.max(0, entry.notBefore - Date.now()), MAX_RETRY_AFTER);
      const { owned, freeNow, release } = own(entry.id);
      const slot: Slot = { entry, dueAt: Infinity, triedAt: now(), persisted: true, held: wait > 0, owned: false, release };
      this.#slots.set(entry.id, slot);
      void owned.then(() => {
        slot.owned = true;
        slot.dueAt = now() + wait;
        // Taken over later, from a tab that went: sent then.
        if (this.#started) void this.#sendDue(false);
      });
      asked.push(freeNow.then((free) => free && owned.then(() => true)));
    }
    await Promise.all(asked);
    await this.#sendDue(force);
  }

  async #sendDue(force: boolean): Promise<void> {
    for (const [id, slot] of [...this.#slots]) if (slot.owned && ((force && !slot.held) || slot.dueAt <= now())) await this.#deliver(id, force);
    this.#schedule();
  }

  /** One attempt at a time per answer: a second caller waits for the one under way. */
  #deliver(id: string, force: boolean): Promise<void> {
    let attempt = this.#sending.get(id);
    if (!attempt) {
      attempt = this.#attempt(id, force).finally(() => {
        this.#sending.delete(id);
        this.#schedule();
      });
      this.#sending.set(id, attempt);
    }
    return attempt;
  }

  async #attempt(id: string, force: boolean): Promise<void> {
    const ran = await exclusive(id, () => this.#attemptLocked(id, force).then(() => true));
    // Another tab holds this answer now: look again later rather than at once.
    const slot = this.#slots.get(id);
    if (!ran && slot) slot.dueAt = Math.max(slot.dueAt, now() + this.options.baseDelay);
  }

  async #attemptLocked(id: string, force: boolean): Promise<void> {
    // Read again under the lock: another tab may have sent it (and removed it) meanwhile.
    const entry = await this.queue.get(id);
    const slot = this.#slots.get(id);
    if (!slot) return;
    if (!entry) return this.#forget(id);
    if (!force && slot.dueAt > now()) return;
    const outcome = await this.options.transport(entry);
    const attempts = entry.attempts + 1;
    if (outcome.kind !== 'retry') {
      await this.queue.remove(id);
      this.#forget(id);
      return this.#emit({ ...outcome, entry: { ...entry, attempts } });
    }
    const { reason, status, retryAfter } = outcome;
    const triedAt = now();
    const held = retryAfter !== undefined;
    const wait = Math.max(backoff(attempts, this.options.baseDelay, this.options.maxDelay), held ? Math.min(retryAfter, MAX_RETRY_AFTER) : 0);
    const retryAt = Date.now() + wait;
    const next: QueuedAnswer = { ...entry, attempts };
    if (held) next.notBefore = retryAt;
    else delete next.notBefore;
    // The schedule is this page's, whatever the write below does.
    Object.assign(slot, { entry: next, dueAt: triedAt + wait, triedAt, reason, held });
    slot.persisted = await this.queue.put(next);
    this.#emit({ kind: 'queued', reason, ...(status === undefined ? {} : { status }), persisted: slot.persisted, retryAt, entry: next });
  }

  /** Settled (sent, refused, or gone from the queue): no longer this page's. */
  #forget(id: string): void {
    this.#slots.get(id)?.release();
    this.#slots.delete(id);
  }

  #emit(event: OutboxEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  /** One timer for the earliest due retry. */
  #schedule(): void {
    clearTimeout(this.#timer);
    if (!this.#started) return;
    let due = Infinity;
    for (const [id, slot] of this.#slots) if (slot.owned && !this.#sending.has(id)) due = Math.min(due, slot.dueAt);
    if (Number.isFinite(due)) this.#timer = setTimeout(() => void this.#sendDue(false), Math.max(0, due - now()));
  }

  /**
   * Back online: what failed for want of a network is retried, but no sooner
   * than one base delay after its last attempt (a link flapping on and off
   * does not become a storm); what was never sent (offline) goes at once. A
   * wait the server asked for, or a 5xx's backoff, stands.
   */
  readonly #onOnline = () => {
    const t = now();
    for (const slot of this.#slots.values()) {
      if (slot.held) continue;
      if (slot.reason === 'offline') slot.dueAt = t;
      else if (slot.reason === 'network' || slot.reason === 'timeout') slot.dueAt = Math.min(slot.dueAt, slot.triedAt + this.options.baseDelay);
    }
    void this.#sendDue(false);
  };

  /**
   * The page is going away: what is queued (and not in flight, which is
   * keepalive already) leaves as keepalive requests, which outlive the page.
   * Their outcome is never seen here, so they stay queued: a later page
   * resends them under the same id, and the collector dedupes. A wait the
   * server asked for is kept, unless this page is the answer's only holder.
   */
  readonly #onPageHide = () => {
    for (const [id, slot] of this.#slots) {
      if (!slot.owned || this.#sending.has(id) || (slot.held && slot.persisted)) continue;
      request(slot.entry).catch(() => {});
    }
  };
}

let shared: Outbox | undefined;

/** The page's one outbox, shared by every `<kpi-survey>`. */
export function sharedOutbox(): Outbox {
  return (shared ??= new Outbox());
}
