// The survey's queue and its two stores (IndexedDB, localStorage), in real Chromium and with
// fakes: what a stored value must hold to be sent, what is set aside, which store takes an
// answer, what happens when none does, and the carry-over of the current version's
// localStorage queue into IndexedDB.
import { expect } from '@open-wc/testing';
import { localAnswerStore } from '../../src/survey/answer-store.js';
import { Outbox } from '../../src/survey/delivery.js';
import { readEntry } from '../../src/survey/entry.js';
import { openIndexedDbStore } from '../../src/survey/indexeddb-store.js';
import { defaultStores, Queue } from '../../src/survey/queue.js';
import { until } from '../helpers.js';
import { clearSurveyStorage, entry, fakeStore, inSurveyDb } from './helpers.js';

const KEY = 'omnikpi-survey:q:';

describe('survey queue', () => {
  beforeEach(clearSurveyStorage);
  afterEach(clearSurveyStorage);

  describe('readEntry', () => {
    const good = { id: 'r-1', action: '/a', body: '{"x":1}', survey: 's', timeout: 5, attempts: 2, queuedAt: 1000 };

    it('takes a stored entry as it is, from an object or its JSON text', () => {
      expect(readEntry(good)).to.deep.equal(good);
      expect(readEntry(JSON.stringify(good))).to.deep.equal(good);
    });

    it('mends bookkeeping rather than lose an answer: counts, times and limits out of range get their defaults', () => {
      const mended = readEntry({ ...good, attempts: 'x', timeout: 0, queuedAt: NaN, survey: 7, notBefore: -1 });
      expect(mended).to.deep.equal({ ...good, attempts: 0, timeout: 10, queuedAt: 0, survey: '' });
      // The previous version's `nextAt` (a backoff time) is dropped: a page load sends at once.
      expect(readEntry({ ...good, nextAt: Date.now() + 60_000 })).to.deep.equal(good);
      expect(readEntry({ ...good, notBefore: 5000 })).to.deep.equal({ ...good, notBefore: 5000 });
    });

    it('refuses what holds no answer: null, {}, text that is no JSON, a missing id, action or body', () => {
      for (const bad of [null, undefined, {}, [], 42, '', 'not json', '{"id":', { ...good, id: '' }, { ...good, action: 3 }, { ...good, body: undefined }]) {
        expect(readEntry(bad), JSON.stringify(bad) ?? String(bad)).to.equal(undefined);
      }
    });
  });

  describe('stores', () => {
    it('IndexedDB: an answer put is read back, listed and deleted, each in its own transaction', async () => {
      const store = (await openIndexedDbStore())!;
      expect(store.kind).to.equal('indexeddb');
      const e = entry('/a', 'r-idb');
      expect(await store.put(e)).to.equal(true);
      expect(await store.get('r-idb')).to.deep.equal(e);
      expect(await store.all()).to.deep.equal([['r-idb', e]]);
      await store.delete('r-idb');
      expect(await store.all()).to.deep.equal([]);
    });

    it('IndexedDB refusing a write (quota exceeded) is `false`, never a throw', async () => {
      const store = (await openIndexedDbStore())!;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        expect(await store.put(entry('/a', 'r-quota'))).to.equal(false);
      } finally {
        IDBObjectStore.prototype.put = put;
      }
      expect(await store.get('r-quota')).to.equal(undefined);
    });

    it('IndexedDB missing, throwing on open, or never answering: no store (the queue falls back)', async () => {
      const throwing = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
      expect(await openIndexedDbStore(throwing)).to.equal(undefined);
      const silent = { open: () => ({}) } as unknown as IDBFactory;
      expect(await openIndexedDbStore(silent, 50)).to.equal(undefined);
      const own = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
      Object.defineProperty(window, 'indexedDB', { configurable: true, value: undefined });
      let kinds: string[];
      try {
        kinds = (await defaultStores()).map((s) => s.kind);
      } finally {
        Object.defineProperty(window, 'indexedDB', own);
      }
      expect(kinds).to.deep.equal(['localstorage']);
      expect((await defaultStores()).map((s) => s.kind)).to.deep.equal(['indexeddb', 'localstorage']);
    });

    it('localStorage full (a fake Storage at its quota): the write is `false`, never a throw', async () => {
      // (Patching Storage.prototype would break the test runner's own sessionStorage: a fake instead.
      // test/e2e/survey-faults.e2e.mjs fills the real quota.)
      const items = new Map<string, string>();
      const full: Storage = {
        get length() {
          return items.size;
        },
        key: (i) => [...items.keys()][i] ?? null,
        getItem: (k) => items.get(k) ?? null,
        setItem: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        removeItem: (k) => void items.delete(k),
        clear: () => items.clear(),
      };
      const store = localAnswerStore(full);
      expect(await store.put(entry('/a', 'r-full'))).to.equal(false);
      expect(await store.all()).to.deep.equal([]);
      expect(await store.setAside('r-x', 'text')).to.equal(false);
    });
  });

  describe('Queue', () => {
    it('the first store that takes the answer keeps it; the copies elsewhere go', async () => {
      const idb = fakeStore('indexeddb');
      const local = fakeStore('localstorage');
      const queue = new Queue([idb, local]);
      idb.full = true;
      expect(await queue.put(entry('/a', 'r-1'))).to.equal(true);
      expect([idb.values.has('r-1'), local.values.has('r-1')]).to.deep.equal([false, true]);
      // IndexedDB takes it again: the localStorage copy goes.
      idb.full = false;
      expect(await queue.put({ ...entry('/a', 'r-1'), attempts: 1 })).to.equal(true);
      expect([idb.values.has('r-1'), local.values.has('r-1')]).to.deep.equal([true, false]);
      await queue.remove('r-1');
      expect(idb.values.size + local.values.size).to.equal(0);
    });

    it('no store takes it: kept in memory, `false`; an older copy on the device still counts as saved', async () => {
      const idb = fakeStore();
      idb.full = true;
      const queue = new Queue([idb]);
      expect(await queue.put(entry('/a', 'r-mem'))).to.equal(false);
      expect((await queue.list()).entries.map((e) => e.id)).to.deep.equal(['r-mem']);
      expect(await queue.get('r-mem')).to.deep.include({ id: 'r-mem' });
      // A first copy written, then an update refused: the answer is on the device; this page's bookkeeping wins.
      idb.full = false;
      await queue.put(entry('/a', 'r-old'));
      idb.full = true;
      expect(await queue.put({ ...entry('/a', 'r-old'), attempts: 3 })).to.equal(true);
      expect((await queue.get('r-old'))!.attempts).to.equal(3);
    });

    it('null, {}, text and another version’s entries are set aside, reported once, and the good ones still listed', async () => {
      const idb = (await openIndexedDbStore())!;
      const queue = new Queue([idb, localAnswerStore(localStorage)]);
      await inSurveyDb('queue', 'readwrite', (s) => s.put(null, 'r-null'));
      await inSurveyDb('queue', 'readwrite', (s) => s.put({}, 'r-empty'));
      await inSurveyDb('queue', 'readwrite', (s) => s.put(entry('/a', 'r-good'), 'r-good'));
      // An entry under another id's key would be sent and never removed: set aside too.
      await inSurveyDb('queue', 'readwrite', (s) => s.put(entry('/a', 'r-other'), 'r-moved'));
      localStorage.setItem(`${KEY}r-text`, 'not json {');
      localStorage.setItem(`${KEY}r-v0`, JSON.stringify({ version: 0, answer: 9 }));
      const first = await queue.list();
      expect(first.entries.map((e) => e.id)).to.deep.equal(['r-good']);
      expect(first.setAside.sort()).to.deep.equal(['indexeddb:r-empty', 'indexeddb:r-moved', 'indexeddb:r-null', 'localstorage:r-text', 'localstorage:r-v0']);
      // Moved, not deleted: kept for inspection.
      expect(await inSurveyDb('set-aside', 'readonly', (s) => s.getAllKeys())).to.deep.equal(['r-empty', 'r-moved', 'r-null']);
      expect(await inSurveyDb('set-aside', 'readonly', (s) => s.get('r-empty'))).to.deep.equal({});
      expect(localStorage.getItem('omnikpi-survey:set-aside:r-text')).to.equal('not json {');
      expect(localStorage.getItem(`${KEY}r-text`)).to.equal(null);
      // Reported once.
      expect((await queue.list()).setAside).to.deep.equal([]);
    });

    it('an outbox with unreadable entries warns once, sends the others, and nothing reaches the page', async () => {
      const queue = new Queue([fakeStore()]);
      const store = (await queue.stores)[0] as ReturnType<typeof fakeStore>;
      store.values.set('r-null', null);
      store.values.set('r-empty', {});
      store.values.set('r-good', entry('/a', 'r-good'));
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      const sent: string[] = [];
      const box = new Outbox(queue, { transport: async (e) => (sent.push(e.id), { kind: 'sent', status: 201 }) });
      try {
        box.start();
        await until(() => sent.length === 1, 'the good one sent');
        await box.flush(true);
      } finally {
        box.stop();
        console.warn = warn;
      }
      expect(sent).to.deep.equal(['r-good']);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.match(/^omnikpi: 2 unreadable survey queue entries set aside/);
      expect([...store.aside.keys()].sort()).to.deep.equal(['r-empty', 'r-null']);
    });

    it('carries the current version’s localStorage queue into IndexedDB on first load, none lost', async () => {
      // Two answers queued by the localStorage-only version (with its `nextAt`).
      const old = (id: string, queuedAt: number) => ({ ...entry('/a', id), attempts: 2, queuedAt, nextAt: Date.now() + 30_000 });
      localStorage.setItem(`${KEY}r-b`, JSON.stringify(old('r-b', 2000)));
      localStorage.setItem(`${KEY}r-a`, JSON.stringify(old('r-a', 1000)));
      const queue = new Queue(defaultStores());
      const { entries } = await queue.list();
      expect(entries.map((e) => [e.id, e.attempts])).to.deep.equal([['r-a', 2], ['r-b', 2]]);
      expect(localStorage.getItem(`${KEY}r-a`)).to.equal(null);
      expect(localStorage.getItem(`${KEY}r-b`)).to.equal(null);
      expect((await inSurveyDb('queue', 'readonly', (s) => s.getAllKeys())).sort()).to.deep.equal(['r-a', 'r-b']);
    });

    it('IndexedDB refusing the carry-over: the answer stays in localStorage, still listed', async () => {
      localStorage.setItem(`${KEY}r-stay`, JSON.stringify(entry('/a', 'r-stay')));
      const idb = fakeStore();
      idb.full = true;
      const queue = new Queue([idb, localAnswerStore(localStorage)]);
      expect((await queue.list()).entries.map((e) => e.id)).to.deep.equal(['r-stay']);
      expect(localStorage.getItem(`${KEY}r-stay`)).to.contain('r-stay');
    });
  });
});
