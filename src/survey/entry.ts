/**
 * One answer waiting for its `action`, as it is stored: what every storage
 * keeps, and the check that stands between a stored value and the outbox.
 */

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
  /** Wall-clock ms when it was answered (orders the queue). */
  queuedAt: number;
  /**
   * Wall-clock ms before which the server asked not to be sent it again
   * (`Retry-After`), kept for the next page load. Within a page, retries are
   * timed on the monotonic clock (see Outbox), never from stored times.
   */
  notBefore?: number;
}

/** The per-attempt time limit in seconds: the `timeout` attribute's default and its largest value. */
export const DEFAULT_TIMEOUT = 10;
export const MAX_TIMEOUT = 300;

const isText = (x: unknown): x is string => typeof x === 'string' && x !== '';
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/**
 * A stored value as an entry, or `undefined` when it cannot be one. What the
 * answer is (id, action, body) must be intact; what is only bookkeeping (a
 * count, a time, another version's field gone) is mended rather than lost:
 * an answer is never set aside for its retry time.
 */
export function readEntry(value: unknown): QueuedAnswer | undefined {
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<Record<keyof QueuedAnswer, unknown>>;
  if (!isText(v.id) || !isText(v.action) || !isText(v.body)) return undefined;
  const entry: QueuedAnswer = {
    id: v.id,
    action: v.action,
    body: v.body,
    survey: typeof v.survey === 'string' ? v.survey : '',
    timeout: typeof v.timeout === 'number' && v.timeout > 0 && v.timeout <= MAX_TIMEOUT ? v.timeout : DEFAULT_TIMEOUT,
    attempts: Number.isInteger(v.attempts) && (v.attempts as number) >= 0 ? (v.attempts as number) : 0,
    queuedAt: isTime(v.queuedAt) ? v.queuedAt : 0,
  };
  // (The previous version's `nextAt` is dropped: a new page load sends at once.)
  if (isTime(v.notBefore)) entry.notBefore = v.notBefore;
  return entry;
}
