/**
 * Where queued answers are kept. Two stores share one small interface:
 * IndexedDB (src/survey/indexeddb-store.ts) first, for its quota and
 * transactions; `localStorage` (here) where IndexedDB is missing or refuses a
 * write. Both keep values as written and read them back unchecked: the queue
 * checks them (`readEntry`) and sets aside what it cannot read.
 */
import type { QueuedAnswer } from './entry.js';
import { keys, read, remove, write } from './storage.js';

export interface AnswerStore {
  readonly kind: 'indexeddb' | 'localstorage';
  /** Writes (or replaces) the entry under its id; `false` when the storage refused it (full, gone, blocked). Never throws. */
  put(entry: QueuedAnswer): Promise<boolean>;
  /** The value stored under `id`, unchecked; `undefined` when there is none or it cannot be read. */
  get(id: string): Promise<unknown>;
  delete(id: string): Promise<void>;
  /** Every value in the queue by its key, unchecked. */
  all(): Promise<Array<[key: string, value: unknown]>>;
  /** Moves the value under `key` out of the queue, kept apart for inspection (`false` if it could not be moved). */
  setAside(key: string, value: unknown): Promise<boolean>;
}

/** The current version's keys: one per answer (`omnikpi-survey:q:<id>`), so tabs never rewrite each other's entries. */
const QUEUE = 'q:';
/** Unreadable entries, kept for inspection: `omnikpi-survey:set-aside:<id>`. */
const ASIDE = 'set-aside:';

export function localAnswerStore(storage: Storage): AnswerStore {
  return {
    kind: 'localstorage',
    put: async (entry) => write(storage, QUEUE + entry.id, JSON.stringify(entry)),
    get: async (id) => read(storage, QUEUE + id) ?? undefined,
    delete: async (id) => remove(storage, QUEUE + id),
    all: async () => keys(storage, QUEUE).map((key) => [key.slice(QUEUE.length), read(storage, key)]),
    async setAside(key, value) {
      // The raw text as it was found (a value that is no text is kept as its JSON).
      const text = typeof value === 'string' ? value : String(JSON.stringify(value));
      if (!write(storage, ASIDE + key, text)) return false;
      remove(storage, QUEUE + key);
      return true;
    },
  };
}
