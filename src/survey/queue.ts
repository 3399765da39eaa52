/**
 * The queue of answers not yet accepted by their `action`. Every answer is
 * written here *before* it is sent, so closing the tab mid-request loses
 * nothing. Stores are tried in order (IndexedDB, then `localStorage`); an
 * answer no store takes is kept in memory for this page, and the caller is
 * told (`put` resolves `false`) so the person can be told too.
 */
import { localAnswerStore, type AnswerStore } from './answer-store.js';
import { readEntry, type QueuedAnswer } from './entry.js';
import { openIndexedDbStore } from './indexeddb-store.js';
import { localStore } from './storage.js';

export interface QueueListing {
  /** Oldest first. */
  entries: QueuedAnswer[];
  /** Values found unreadable (corrupt, another version's) for the first time, and set aside. */
  setAside: string[];
}

/** IndexedDB where the browser has it, then `localStorage`. */
export async function defaultStores(): Promise<AnswerStore[]> {
  const local = localStore();
  const stores = [await openIndexedDbStore(), local && localAnswerStore(local)];
  return stores.filter((s): s is AnswerStore => !!s);
}

export class Queue {
  readonly stores: Promise<AnswerStore[]>;
  /** Answers no store would take, with this page's bookkeeping. */
  readonly #memory = new Map<string, QueuedAnswer>();
  /** Unreadable keys already reported. */
  readonly #reported = new Set<string>();

  constructor(stores: AnswerStore[] | Promise<AnswerStore[]> = defaultStores()) {
    this.stores = Promise.resolve(stores);
  }

  /**
   * Writes the entry to the first store that takes it, and drops its copies
   * elsewhere. Resolves whether a copy of the answer is on this device: the
   * one written, or an earlier one (only its bookkeeping is older).
   */
  async put(entry: QueuedAnswer): Promise<boolean> {
    const stores = await this.stores;
    for (const store of stores) {
      if (!(await store.put(entry))) continue;
      this.#memory.delete(entry.id);
      for (const other of stores) if (other !== store) await other.delete(entry.id);
      return true;
    }
    this.#memory.set(entry.id, entry);
    for (const store of stores) if (readEntry(await store.get(entry.id))?.id === entry.id) return true;
    return false;
  }

  async get(id: string): Promise<QueuedAnswer | undefined> {
    const kept = this.#memory.get(id);
    if (kept) return kept;
    for (const store of await this.stores) {
      const entry = readEntry(await store.get(id));
      if (entry?.id === id) return entry;
    }
    return undefined;
  }

  async remove(id: string): Promise<void> {
    this.#memory.delete(id);
    for (const store of await this.stores) await store.delete(id);
  }

  /**
   * Every answer queued on this device. A value that is no entry (corrupt, or
   * another version's) is set aside and reported once, never thrown and never
   * in the way of the others. Entries found in a later store (the current
   * version's `localStorage` queue, or a write IndexedDB once refused) are
   * carried over into the first one.
   */
  async list(): Promise<QueueListing> {
    const stores = await this.stores;
    const found = new Map<string, QueuedAnswer>();
    const setAside: string[] = [];
    for (const [i, store] of stores.entries()) {
      for (const [key, value] of await store.all()) {
        const entry = readEntry(value);
        if (entry?.id !== key) {
          await store.setAside(key, value);
          const name = `${store.kind}:${key}`;
          if (!this.#reported.has(name)) setAside.push(name);
          this.#reported.add(name);
          continue;
        }
        if (found.has(key)) continue;
        found.set(key, entry);
        if (i > 0 && (await stores[0]!.put(entry))) await store.delete(key);
      }
    }
    for (const [id, entry] of this.#memory) found.set(id, entry);
    return { entries: [...found.values()].sort((a, b) => a.queuedAt - b.queuedAt), setAside };
  }
}
