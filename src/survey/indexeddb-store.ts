/**
 * The queue in IndexedDB: database `omnikpi-survey`, object store `queue`
 * (values keyed by response id), and `set-aside` for unreadable values. Every
 * call is one transaction; a write counts only once its transaction has
 * committed with strict durability (on disk, not in a cache).
 */
import type { AnswerStore } from './answer-store.js';

const DB = 'omnikpi-survey';
const QUEUE = 'queue';
const ASIDE = 'set-aside';

/** Resolves when the transaction commits, with what `work` asked for; rejects when it fails or aborts (quota, closed database). */
function transact<T>(db: IDBDatabase, stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => IDBRequest<T> | void): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    // `transaction()` itself throws on a closing database: inside the executor, that is a rejection.
    const tx = db.transaction(stores, mode, { durability: 'strict' });
    const request = work(tx);
    tx.oncomplete = () => resolve(request?.result);
    tx.onerror = tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
  });
}

/**
 * Opens the queue's database; `undefined` when IndexedDB is missing, refuses
 * to open (private modes, disabled storage) or does not answer within
 * `waitMs` (another tab blocking an upgrade): the caller falls back.
 */
export function openIndexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB, waitMs = 3000): Promise<AnswerStore | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), waitMs);
    const done = (store: AnswerStore | undefined) => {
      clearTimeout(timer);
      resolve(store);
    };
    try {
      const request = factory!.open(DB, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(QUEUE);
        request.result.createObjectStore(ASIDE);
      };
      request.onsuccess = () => {
        const db = request.result;
        // A newer version in another tab must not wait on this one: close, and later calls fail (and fall back).
        db.onversionchange = () => db.close();
        done(storeOn(db));
      };
      request.onerror = () => done(undefined);
    } catch {
      done(undefined);
    }
  });
}

function storeOn(db: IDBDatabase): AnswerStore {
  const attempt = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await work();
    } catch {
      return fallback;
    }
  };
  return {
    kind: 'indexeddb',
    put: (entry) => attempt(() => transact(db, [QUEUE], 'readwrite', (tx) => tx.objectStore(QUEUE).put(entry, entry.id)).then(() => true), false),
    get: (id) => attempt(() => transact(db, [QUEUE], 'readonly', (tx) => tx.objectStore(QUEUE).get(id)), undefined),
    delete: (id) => attempt(() => transact(db, [QUEUE], 'readwrite', (tx) => void tx.objectStore(QUEUE).delete(id)), undefined),
    all: () =>
      attempt(async () => {
        let keys: IDBValidKey[] = [];
        const values = await transact(db, [QUEUE], 'readonly', (tx) => {
          const store = tx.objectStore(QUEUE);
          store.getAllKeys().onsuccess = (e) => (keys = (e.target as IDBRequest<IDBValidKey[]>).result);
          return store.getAll();
        });
        return keys.map((key, i) => [String(key), values?.[i]] as [string, unknown]);
      }, []),
    // Both in one transaction: the value is never in both stores, nor in neither.
    setAside: (key, value) =>
      attempt(
        () =>
          transact(db, [QUEUE, ASIDE], 'readwrite', (tx) => {
            tx.objectStore(ASIDE).put(value, key);
            tx.objectStore(QUEUE).delete(key);
          }).then(() => true),
        false,
      ),
  };
}
