/**
 * Delivery of queued answers to their `action`: POST JSON with an
 * `Idempotency-Key`, a timeout, and a verdict per outcome:
 * 2xx sent; 408, 429, 5xx, network error, timeout or offline → retried with
 * exponential backoff (`Retry-After` is not read), on `online`, and on the
 * next page load; any other 4xx (or 3xx) rejected, never retried. On
 * `pagehide` what is still queued goes out with `fetch(keepalive)` (not
 * `sendBeacon`: it cannot carry the `Idempotency-Key` header) and stays queued
 * until a later page sees it accepted: at least once, always under the same id.
 */
import { exclusive, Queue, type QueuedAnswer } from './queue.js';

export type Reason = 'offline' | 'network' | 'timeout' | 'http';
export type Outcome = { kind: 'sent' | 'rejected'; status: number } | { kind: 'retry'; reason: Reason; status?: number };

/** Above this a keepalive request may be refused (the browser allows 64 kB in flight). */
const KEEPALIVE_MAX = 60_000;

const request = (entry: QueuedAnswer, signal?: AbortSignal) =>
  fetch(entry.action, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.id },
    body: entry.body,
    credentials: 'same-origin',
    // A request started just before the page goes away still arrives.
    keepalive: entry.body.length < KEEPALIVE_MAX,
    signal,
  });

export async function post(entry: QueuedAnswer): Promise<Outcome> {
  if (!navigator.onLine) return { kind: 'retry', reason: 'offline' };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), entry.timeout * 1000);
  try {
    const { status } = await request(entry, abort.signal);
    if (status >= 200 && status < 300) return { kind: 'sent', status };
    return status === 408 || status === 429 || status >= 500 ? { kind: 'retry', reason: 'http', status } : { kind: 'rejected', status };
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
export type OutboxEvent = { entry: QueuedAnswer } & ({ kind: 'sent' | 'rejected'; status: number } | { kind: 'queued'; reason: Reason; status?: number });

export interface OutboxOptions {
  /** First retry delay in ms (then doubled each time). */
  baseDelay: number;
  maxDelay: number;
  transport: (entry: QueuedAnswer) => Promise<Outcome>;
}

export class Outbox {
  readonly options: OutboxOptions;
  /** Answers this tab is sending now. */
  readonly #sending = new Set<string>();
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

  stop(): void {
    this.#started = false;
    removeEventListener('online', this.#onOnline);
    removeEventListener('pagehide', this.#onPageHide);
    clearTimeout(this.#timer);
  }

  listen(listener: (e: OutboxEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Queues first, then sends: from here on the answer survives a crash, a reload or a closed tab. */
  async submit(entry: QueuedAnswer): Promise<void> {
    this.queue.put(entry);
    await this.#deliver(entry.id, true);
  }

  /** Sends every due answer (all of them when `force`), one at a time. */
  async flush(force = false): Promise<void> {
    for (const entry of this.queue.list()) if (force || entry.nextAt <= Date.now()) await this.#deliver(entry.id, force);
    this.#schedule();
  }

  async #deliver(id: string, force: boolean): Promise<void> {
    if (this.#sending.has(id)) return;
    this.#sending.add(id);
    try {
      await exclusive(id, async () => {
        // Read again under the lock: another tab may have sent it (and removed it) meanwhile.
        const entry = this.queue.get(id);
        if (!entry || (!force && entry.nextAt > Date.now())) return;
        const outcome = await this.options.transport(entry);
        const attempts = entry.attempts + 1;
        const next = { ...entry, attempts, nextAt: Date.now() + backoff(attempts, this.options.baseDelay, this.options.maxDelay) };
        if (outcome.kind === 'retry') this.queue.put(next);
        else this.queue.remove(id);
        const event = { ...outcome, entry: next } as OutboxEvent;
        if (outcome.kind === 'retry') event.kind = 'queued';
        for (const listener of this.#listeners) listener(event);
      });
    } finally {
      this.#sending.delete(id);
    }
    this.#schedule();
  }

  /** One timer for the earliest due retry. */
  #schedule(): void {
    clearTimeout(this.#timer);
    if (!this.#started) return;
    const due = Math.min(...this.queue.list().map((e) => e.nextAt));
    if (Number.isFinite(due)) this.#timer = setTimeout(() => void this.flush(), Math.max(0, due - Date.now()));
  }

  readonly #onOnline = () => void this.flush(true);

  /**
   * The page is going away: what is queued (and not in flight, which is
   * keepalive already) leaves as keepalive requests, which outlive the page.
   * Their outcome is never seen here, so they stay queued: a later page
   * resends them under the same id, and the collector dedupes.
   */
  readonly #onPageHide = () => {
    for (const entry of this.queue.list()) if (!this.#sending.has(entry.id)) request(entry).catch(() => {});
  };
}

let shared: Outbox | undefined;

/** The page's one outbox, shared by every `<kpi-survey>`. */
export function sharedOutbox(): Outbox {
  return (shared ??= new Outbox());
}
