// The delivery promise, through the real dev server: queue first, one id per
// response on every attempt, retries on 5xx / timeout / network / offline,
// none on other 4xx, survival across reloads, one sender across tabs.
import { expect } from '@open-wc/testing';
import { backoff, Outbox, post, type OutboxEvent } from '../../src/survey/delivery.js';
import { exclusive, Queue } from '../../src/survey/queue.js';
import { until } from '../helpers.js';
import { clearSurveyStorage, collector, entry, goOffline, received } from './helpers.js';

const outboxes: Outbox[] = [];
/** An outbox on localStorage with fast retries (40 ms, doubling), started like a page would. */
function outbox(start = true): { box: Outbox; events: OutboxEvent[] } {
  const box = new Outbox(new Queue(localStorage), { baseDelay: 40, maxDelay: 1000 });
  const events: OutboxEvent[] = [];
  box.listen((e) => events.push(e));
  outboxes.push(box);
  if (start) box.start();
  return { box, events };
}

describe('survey delivery', () => {
  beforeEach(clearSurveyStorage);
  afterEach(() => {
    outboxes.splice(0).forEach((b) => b.stop());
    clearSurveyStorage();
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
    expect(box.queue.list()).to.deep.equal([]);
  });

  it('writes the answer to storage before the request leaves', async () => {
    const { url } = collector('slow');
    const { box } = outbox();
    const sending = box.submit(entry(url, 'r-early'));
    // The request takes 300 ms: the answer is already in localStorage.
    expect(localStorage.getItem('omnikpi-survey:q:r-early')).to.contain('"id":"r-early"');
    await sending;
    expect(localStorage.getItem('omnikpi-survey:q:r-early')).to.equal(null);
  });

  it('500 then 200: queued, retried, sent exactly once more under the same id', async () => {
    const { url, key } = collector('fail-once');
    const { box, events } = outbox();
    await box.submit(entry(url, 'r-500'));
    expect(events.map((e) => e.kind)).to.deep.equal(['queued']);
    expect(events[0]).to.include({ reason: 'http', status: 500 });
    expect(box.queue.get('r-500')?.attempts).to.equal(1);
    await until(() => events.some((e) => e.kind === 'sent'), 'the retry is sent');
    const got = await received(key);
    expect(got.map((r) => r.idempotencyKey)).to.deep.equal(['r-500', 'r-500']);
    expect(events.map((e) => e.kind)).to.deep.equal(['queued', 'sent']);
    expect(events[1]!.entry.attempts).to.equal(2);
    expect(box.queue.list()).to.deep.equal([]);
  });

  it('400: not retried, reported as rejected, removed from the queue', async () => {
    const { url, key } = collector('reject');
    const { box, events } = outbox();
    await box.submit(entry(url, 'r-400'));
    await new Promise((r) => setTimeout(r, 300)); // several backoff periods: nothing more goes out
    expect((await received(key)).length).to.equal(1);
    expect(events.map((e) => [e.kind, 'status' in e ? e.status : undefined])).to.deep.equal([['rejected', 400]]);
    expect(box.queue.list()).to.deep.equal([]);
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
    expect(box.queue.get('r-net')?.attempts).to.equal(events.length);
  });

  it('offline: queued without a request; sent on the `online` event', async () => {
    const { url, key } = collector('ok');
    const { box, events } = outbox();
    const online = goOffline();
    try {
      await box.submit(entry(url, 'r-off'));
      expect(events.map((e) => e.kind)).to.deep.equal(['queued']);
      expect(events[0]).to.include({ reason: 'offline' });
      expect((await received(key)).length).to.equal(0);
    } finally {
      online();
    }
    // Far from its backoff time: the event alone sends it.
    box.queue.put({ ...box.queue.get('r-off')!, nextAt: Date.now() + 60_000 });
    window.dispatchEvent(new Event('online'));
    await until(() => events.some((e) => e.kind === 'sent'), 'sent when back online');
    expect((await received(key)).map((r) => r.idempotencyKey)).to.deep.equal(['r-off']);
  });

  it('survives a reload: the next page sends what the last one left, once', async () => {
    const { url, key } = collector('ok');
    const first = outbox();
    const online = goOffline();
    try {
      await first.box.submit(entry(url, 'r-reload'));
    } finally {
      online();
    }
    first.box.stop(); // the page goes away (no `online` ever came)
    first.box.queue.put({ ...first.box.queue.get('r-reload')!, nextAt: Date.now() + 60_000 });
    // A new page: a new outbox on the same storage flushes everything at start, due or not.
    const next = outbox();
    await until(() => next.events.some((e) => e.kind === 'sent'), 'sent by the next page');
    await new Promise((r) => setTimeout(r, 200));
    expect((await received(key)).map((r) => r.idempotencyKey)).to.deep.equal(['r-reload']);
  });

  it('two tabs flushing one queue send each answer once', async () => {
    const { url, key } = collector('slow');
    const a = outbox(false);
    const b = outbox(false);
    a.box.queue.put(entry(url, 'r-tab1'));
    a.box.queue.put(entry(url, 'r-tab2'));
    // Both "tabs" flush at once (two outboxes share localStorage and the origin's Web Locks).
    await Promise.all([a.box.flush(true), b.box.flush(true), a.box.flush(true)]);
    await new Promise((r) => setTimeout(r, 100));
    const keys = (await received(key)).map((r) => r.idempotencyKey).sort();
    expect(keys).to.deep.equal(['r-tab1', 'r-tab2']);
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

  it('backs off exponentially with jitter, up to a cap', () => {
    // base 1 s: attempt n waits 2^(n−1) s, times 0.5 (random 0) … 1 (random 1).
    expect([1, 2, 3, 4].map((n) => backoff(n, 1000, 60_000, 1))).to.deep.equal([1000, 2000, 4000, 8000]);
    expect(backoff(3, 1000, 60_000, 0)).to.equal(2000);
    expect(backoff(20, 1000, 60_000, 1)).to.equal(60_000);
  });
});
