// The delivery promise (DESIGN.md §7), through the real dev server: queue first, one id per
// response on every attempt, retries on 5xx / timeout / network / offline / redirect, none on
// other 4xx, Retry-After, a monotonic schedule that neither a failed write nor the wall clock
// can move, survival across reloads, one sender across tabs.
import { expect } from '@open-wc/testing';
import { localAnswerStore } from '../../src/survey/answer-store.js';
import { backoff, MAX_RETRY_AFTER, Outbox, post, retryAfterMs, type Outcome, type OutboxEvent } from '../../src/survey/delivery.js';
import type { QueuedAnswer } from '../../src/survey/entry.js';
import { exclusive } from '../../src/survey/lock.js';
import { Queue } from '../../src/survey/queue.js';
import { sleep, until } from '../helpers.js';
import { clearSurveyStorage, collector, entry, fakeStore, goOffline, received } from './helpers.js';

const outboxes: Outbox[] = [];
/** An outbox with fast retries (40 ms, doubling), started like a page would; on IndexedDB then localStorage unless told otherwise. */
function outbox(options: { start?: boolean; queue?: Queue; transport?: (e: QueuedAnswer) => Promise<Outcome>; baseDelay?: number } = {}) {
  const box = new Outbox(options.queue ?? new Queue(), { baseDelay: options.baseDelay ?? 40, maxDelay: 1000, ...(options.transport ? { transport: options.transport } : {}) });
  const events: OutboxEvent[] = [];
  box.listen((e) => events.push(e));
  outboxes.push(box);
  if (options.start ?? true) box.start();
  return { box, events };
}

/** A transport that answers from a list of outcomes (the last one repeated), recording when each attempt came. */
function scripted(...outcomes: Outcome[]) {
  const times: number[] = [];
  const transport = async () => {
    times.push(performance.now());
    return outcomes[Math.min(times.length - 1, outcomes.length - 1)]!;
  };
  return { transport, times };
}

const RETRY: Outcome = { kind: 'retry', reason: 'http', status: 503 };
const SENT: Outcome = { kind: 'sent', status: 201 };

describe('survey delivery', () => {
  beforeEach(clearSurveyStorage);
  afterEach(async () => {
    outboxes.splice(0).forEach((b) => b.stop());
    await clearSurveyStorage();
  });

  it('POSTs the JSON body with the response id as Idempotency-Key, then forgets it', async () => {
    const { url, key } = collector('ok');
    const { box, events } = outbox();
    const body = { responseId: 'r-1', responses: [{ id: 'i-1', metric: 'nps', score: 9 }] };
    await box.submit(entry(url, 'r-1', body));
    const got = await received(key);
    expect(got).to.have.length(1);
    expect(got[0]!.idempotencyKey).to.equal('r-1');
    expect(got[0]!.contentType).to.equal('application/json');
    expect(got[0]!.body).to.deep.equal(body);
    expect(events.map((e) => e.kind)).to.deep.equal(['sent']);
    expect((await box.queue.list()).entries).to.deep.equal([]);
  });

  it('writes the answer to IndexedDB before the request leaves', async () => {
    const { url } = collector('slow');
    const { box } = outbox();
    const [idb] = await box.queue.stores;
    expect(idb!.kind).to.equal('indexeddb');
    const sending = box.submit(entry(url, 'r-early'));
    // The request takes 300 ms: 100 ms in, the answer is in IndexedDB (and not in localStorage).
    await sleep(100);
    expect(await idb!.get('r-early')).to.deep.include({ id: 'r-early', action: url });
    expect(localStorage.getItem('omnikpi-survey:q:r-early')).to.equal(null);
    await sending;
    expect(await idb!.get('r-early')).to.equal(undefined);
  });

  it('500 then 200: queued, retried, sent exactly once more under the same id', async () => {
    const { url, key } = collector('fail-once');
    const { box, events } = outbox();
    await box.submit(entry(url, 'r-500'));
    expect(events.map((e) => e.kind)).to.deep.equal(['queued']);
    expect(events[0]).to.include({ reason: 'http', status: 500, persisted: true });
    expect((await box.queue.get('r-500'))?.attempts).to.equal(1);
    await until(() => events.some((e) => e.kind === 'sent'), 'the retry is sent');
    const got = await received(key);
    expect(got.map((r) => r.idempotencyKey)).to.deep.equal(['r-500', 'r-500']);
    expect(events.map((e) => e.kind)).to.deep.equal(['queued', 'sent']);
    expect(events[1]!.entry.attempts).to.equal(2);
    expect((await box.queue.list()).entries).to.deep.equal([]);
  });

  it('400: not retried, reported as rejected, removed from the queue', async () => {
    const { url, key } = collector('reject');
    const { box, events } = outbox();
    await box.submit(entry(url, 'r-400'));
    await sleep(300); // several backoff periods: nothing more goes out
    expect((await received(key)).length).to.equal(1);
    expect(events.map((e) => [e.kind, 'status' in e ? e.status : undefined])).to.deep.equal([['rejected', 400]]);
    expect((await box.queue.list()).entries).to.deep.equal([]);
  });

  it('a timeout queues the answer; the retry carries the same id', async () => {
    const { url, key } = collector('hang-once');
    const { box, events } = outbox();
    await box.submit(entry(url, 'r-slow', undefined, 0.3));
    expect(events[0]).to.include({ kind: 'queued', reason: 'timeout' });
    await until(() => events.some((e) => e.kind === 'sent'), 'the retry is sent');
    expect((await received(key)).map((r) => r.idempotencyKey)).to.deep.equal(['r-slow', 'r-slow']);
  });

  it('a network error (nothing listening) queues the answer and keeps retrying it', async () => {
    const { box, events } = outbox();
    // Port 9 (discard) on loopback: the connection is refused, fetch rejects.
    await box.submit(entry('http://127.0.0.1:9/answers', 'r-net'));
    expect(events[0]).to.include({ kind: 'queued', reason: 'network' });
    await until(() => events.length >= 3, 'retried with backoff');
    expect(events.every((e) => e.kind === 'queued' && e.entry.id === 'r-net')).to.equal(true);
    expect((await box.queue.get('r-net'))?.attempts).to.be.at.least(3);
  });

  it('offline: queued without a request; sent on the `online` event, well before its backoff', async () => {
    const { url, key } = collector('ok');
    // A 60 s backoff: only the `online` event can send it within the test.
    const { box, events } = outbox({ baseDelay: 60_000 });
    const online = goOffline();
    try {
      await box.submit(entry(url, 'r-off'));
      expect(events.map((e) => e.kind)).to.deep.equal(['queued']);
      expect(events[0]).to.include({ reason: 'offline' });
      expect((await received(key)).length).to.equal(0);
    } finally {
      online();
    }
    window.dispatchEvent(new Event('online'));
    await until(() => events.some((e) => e.kind === 'sent'), 'sent when back online');
    expect((await received(key)).map((r) => r.idempotencyKey)).to.deep.equal(['r-off']);
  });

  it('online → offline flapping does not become a storm: at most one attempt per base delay', async () => {
    // Every attempt fails for want of a network; `online` fires every 10 ms for 1 s.
    const { transport, times } = scripted({ kind: 'retry', reason: 'network' });
    const { box } = outbox({ transport, baseDelay: 200 });
    await box.submit(entry('/nowhere', 'r-flap'));
    const start = performance.now();
    while (performance.now() - start < 1000) {
      window.dispatchEvent(new Event('online'));
      await sleep(10);
    }
    // Attempt 1 at 0; the first retry after its backoff, 200 ms × (0.5…1) ≥ 100 ms; every later one at
    // least one base delay (200 ms) after the one before: ≤ 1 + 1 + (1000 − 100) / 200 = 6 attempts.
    expect(times.length).to.be.within(2, 6);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!, `gap ${i}`).to.be.at.least(i === 1 ? 98 : 198);
  });

  it('survives a reload: the next page sends what the last one left, once', async () => {
    const { url, key } = collector('ok');
    const first = outbox({ baseDelay: 60_000 });
    const online = goOffline();
    try {
      await first.box.submit(entry(url, 'r-reload'));
    } finally {
      online();
    }
    first.box.stop(); // the page goes away (no `online` ever came)
    // A new page: a new outbox on the same storage flushes everything at start.
    const next = outbox();
    await until(() => next.events.some((e) => e.kind === 'sent'), 'sent by the next page');
    await sleep(200);
    expect((await received(key)).map((r) => r.idempotencyKey)).to.deep.equal(['r-reload']);
  });

  it('two tabs flushing one queue send each answer once', async () => {
    const { url, key } = collector('slow');
    const a = outbox({ start: false });
    const b = outbox({ start: false });
    await a.box.queue.put(entry(url, 'r-tab1'));
    await a.box.queue.put(entry(url, 'r-tab2'));
    // Both "tabs" flush at once (two outboxes share the storage and the origin's Web Locks).
    await Promise.all([a.box.flush(true), b.box.flush(true), a.box.flush(true)]);
    await sleep(100);
    const keys = (await received(key)).map((r) => r.idempotencyKey).sort();
    expect(keys).to.deep.equal(['r-tab1', 'r-tab2']);
  });

  it('a tab retries only the answers it owns; when the owner goes, another tab takes them over', async () => {
    const queue = new Queue([fakeStore()]);
    const a = scripted(RETRY);
    const b = scripted(SENT);
    const owner = outbox({ queue, transport: a.transport, baseDelay: 100 });
    await owner.box.submit(entry('/x', 'r-owned'));
    // A second tab loads: the answer is queued, but a live tab owns it.
    const other = outbox({ queue, transport: b.transport, baseDelay: 100 });
    await other.box.flush(true);
    await sleep(400);
    expect(b.times, 'the second tab leaves it to its owner').to.deep.equal([]);
    expect(a.times.length, 'the owner retries it').to.be.at.least(2);
    // The owner's page goes: its lock is freed, and the second tab sends it.
    owner.box.stop();
    await until(() => other.events.some((e) => e.kind === 'sent'), 'taken over');
    expect(b.times).to.have.length(1);
  });

  it('without Web Locks (plain http), a lease in storage keeps a second tab off', async () => {
    const locks = Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks');
    Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined });
    try {
      // Another tab holds the lease for a minute.
      localStorage.setItem('omnikpi-survey:lease:r-lease', `othertab ${Date.now() + 60_000}`);
      let ran = false;
      expect(await exclusive('r-lease', async () => (ran = true))).to.equal(undefined);
      expect(ran).to.equal(false);
      // An expired lease is taken over, and released afterwards.
      localStorage.setItem('omnikpi-survey:lease:r-lease', `othertab ${Date.now() - 1}`);
      expect(await exclusive('r-lease', async () => 'mine')).to.equal('mine');
      expect(localStorage.getItem('omnikpi-survey:lease:r-lease')).to.equal(null);
    } finally {
      delete (navigator as { locks?: unknown }).locks;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks')).to.deep.equal(locks);
    }
  });

  it('post() sorts statuses: 2xx sent, 408 / 429 / 5xx retried, other 4xx rejected', async () => {
    const at = (status: number) => entry(`/test-api/status/${status}`, `s-${status}`);
    const kinds = await Promise.all([200, 201, 400, 404, 408, 422, 429, 500, 503].map(async (s) => (await post(at(s))).kind));
    expect(kinds).to.deep.equal(['sent', 'sent', 'rejected', 'rejected', 'retry', 'rejected', 'retry', 'retry', 'retry']);
  });

  it('post(): a redirect is a failed attempt, never the answer of the GET a browser would make of it', async () => {
    // Each status redirects to a URL answering 200: following it would report "sent".
    for (const status of [301, 302, 303, 307, 308]) {
      const outcome = await post(entry(`/test-api/status/${status}?location=${encodeURIComponent('/test-api/status/200')}`, `s-${status}`));
      expect(outcome, String(status)).to.deep.equal({ kind: 'retry', reason: 'redirect' });
    }
  });

  it('post(): Retry-After is read in seconds and as an HTTP date', async () => {
    const seconds = await post(entry('/test-api/status/429?retry-after=120', 's-ra'));
    expect(seconds).to.deep.equal({ kind: 'retry', reason: 'http', status: 429, retryAfter: 120_000 });
    const date = new Date(Date.now() + 90_000).toUTCString();
    const dated = await post(entry(`/test-api/status/503?retry-after=${encodeURIComponent(date)}`, 's-rd'));
    expect(dated.kind === 'retry' && dated.retryAfter).to.be.within(88_000, 90_000); // an HTTP date has whole seconds
  });

  it('retryAfterMs: delay-seconds, HTTP-date, and what is neither', () => {
    const now = Date.UTC(2026, 11, 2, 10, 0, 0);
    expect(retryAfterMs('120', now)).to.equal(120_000);
    expect(retryAfterMs(' 0 ', now)).to.equal(0);
    expect(retryAfterMs('Wed, 02 Dec 2026 10:01:30 GMT', now)).to.equal(90_000);
    // A date already past means "now".
    expect(retryAfterMs('Wed, 02 Dec 2026 09:00:00 GMT', now)).to.equal(0);
    for (const bad of [null, '', '-5', '1.5', 'soon']) expect(retryAfterMs(bad, now), String(bad)).to.equal(undefined);
  });

  it('429 with Retry-After: the next attempt waits as long as asked, not the 40 ms backoff', async () => {
    const { transport, times } = scripted({ kind: 'retry', reason: 'http', status: 429, retryAfter: 400 }, SENT);
    const { box, events } = outbox({ transport });
    await box.submit(entry('/x', 'r-429'));
    const queued = events[0]!;
    expect(queued.kind === 'queued' && queued.retryAt - Date.now()).to.be.within(300, 400);
    // The `online` event does not cut a wait the server asked for.
    window.dispatchEvent(new Event('online'));
    await until(() => events.some((e) => e.kind === 'sent'), 'sent after the wait', 3000);
    expect(times[1]! - times[0]!).to.be.at.least(395);
    expect(times).to.have.length(2);
    // A Retry-After of a year is held to MAX_RETRY_AFTER (1 h).
    const far = scripted({ kind: 'retry', reason: 'http', status: 503, retryAfter: 365 * 86_400_000 });
    const other = outbox({ transport: far.transport });
    await other.box.submit(entry('/x', 'r-far'));
    const e = other.events[0]!;
    expect(e.kind === 'queued' && e.retryAt - Date.now()).to.be.within(MAX_RETRY_AFTER - 1000, MAX_RETRY_AFTER);
  });

  it('a retry time the server asked for crosses a reload; other entries go at once on the next page', async () => {
    const queue = new Queue([fakeStore()]);
    await queue.put({ ...entry('/x', 'r-held'), notBefore: Date.now() + 300 });
    await queue.put(entry('/x', 'r-free'));
    const { transport, times } = scripted(SENT);
    const start = performance.now();
    const { events } = outbox({ queue, transport });
    await until(() => events.length === 2, 'both sent', 3000);
    expect(events.map((e) => e.entry.id)).to.deep.equal(['r-free', 'r-held']);
    expect(times[0]! - start, 'r-free at once').to.be.below(100);
    expect(times[1]! - start, 'r-held after its Retry-After').to.be.at.least(290);
  });

  it('a storage write that fails after the answer was queued never makes the retry due at once', async () => {
    // The first write succeeds; every update after it is refused (storage full).
    const store = fakeStore();
    store.acceptWrites = 1;
    const { transport, times } = scripted(RETRY);
    const { box, events } = outbox({ queue: new Queue([store]), transport });
    await box.submit(entry('/x', 'r-full'));
    await sleep(500);
    // Backoff 40 · 2^(n−1) · (0.5…1): in 500 ms at most attempts at 0, ≥20, ≥60, ≥140, ≥300 (and one more, ≥ 620, is too late).
    expect(times.length).to.be.within(3, 5);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!, `gap ${i}`).to.be.at.least(40 * 2 ** (i - 1) * 0.5 - 2);
    // The answer's first copy is still on the device: said so.
    expect(events.every((e) => e.kind === 'queued' && e.persisted)).to.equal(true);
    expect(store.calls.refused).to.be.at.least(2);
  });

  it('when no storage takes an answer: kept in memory, retried on the same backoff, `persisted: false`, then sent', async () => {
    const idb = fakeStore('indexeddb');
    const local = fakeStore('localstorage');
    idb.full = local.full = true;
    const { transport, times } = scripted(RETRY, RETRY, SENT);
    const { box, events } = outbox({ queue: new Queue([idb, local]), transport });
    await box.submit(entry('/x', 'r-mem'));
    expect(events[0]).to.include({ kind: 'queued', persisted: false });
    await until(() => events.some((e) => e.kind === 'sent'), 'sent from memory');
    expect(times).to.have.length(3);
    expect(box.size).to.equal(0);
    expect(idb.values.size + local.values.size).to.equal(0);
  });

  it('storage freed while an answer lives in memory: the next write saves it, and says so', async () => {
    const idb = fakeStore();
    idb.full = true;
    const { transport } = scripted(RETRY, RETRY, SENT);
    const { box, events } = outbox({ queue: new Queue([idb]), transport });
    await box.submit(entry('/x', 'r-later'));
    idb.full = false;
    await until(() => events.some((e) => e.kind === 'sent'), 'sent');
    expect(events.map((e) => (e.kind === 'queued' ? e.persisted : e.kind))).to.deep.equal([false, true, 'sent']);
  });

  it('a clock set back an hour does not move a retry due in 40 ms', async () => {
    const { transport, times } = scripted(RETRY, SENT);
    const realNow = Date.now;
    try {
      const { box, events } = outbox({ transport });
      const submitting = box.submit(entry('/x', 'r-clock'));
      Date.now = () => realNow() - 3_600_000;
      await submitting;
      await until(() => events.some((e) => e.kind === 'sent'), 'sent on time', 1000);
      expect(times[1]! - times[0]!).to.be.below(200);
    } finally {
      Date.now = realNow;
    }
  });

  it('one send per response id: submitting the same answer again while it is queued sends nothing more', async () => {
    const { transport, times } = scripted(RETRY, SENT);
    const { box, events } = outbox({ transport });
    const e = entry('/x', 'r-twice');
    await Promise.all([box.submit(e), box.submit(e)]);
    await box.submit(e);
    await until(() => events.some((x) => x.kind === 'sent'), 'sent');
    expect(times).to.have.length(2);
    expect(events.map((x) => x.kind)).to.deep.equal(['queued', 'sent']);
  });

  it('backs off exponentially with jitter, up to a cap', () => {
    // base 1 s: attempt n waits 2^(n−1) s, times 0.5 (random 0) … 1 (random 1).
    expect([1, 2, 3, 4].map((n) => backoff(n, 1000, 60_000, 1))).to.deep.equal([1000, 2000, 4000, 8000]);
    expect(backoff(3, 1000, 60_000, 0)).to.equal(2000);
    expect(backoff(20, 1000, 60_000, 1)).to.equal(60_000);
  });

  it('the localStorage store keeps the current version’s keys: one per answer', async () => {
    const store = localAnswerStore(localStorage);
    expect(await store.put(entry('/x', 'r-ls'))).to.equal(true);
    expect(JSON.parse(localStorage.getItem('omnikpi-survey:q:r-ls')!)).to.include({ id: 'r-ls', action: '/x' });
  });
});
