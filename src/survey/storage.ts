/** The survey's own keys in `localStorage` (never cookies). Storage can be missing or throw (sandboxed frames, full disk): callers get `undefined` and degrade to memory. */
export const PREFIX = 'omnikpi-survey:';

export function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

/** Whether the value was stored. */
export function write(storage: Storage | undefined, key: string, value: string): boolean {
  try {
    storage!.setItem(PREFIX + key, value);
    return true;
  } catch {
    return false;
  }
}

export function remove(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(PREFIX + key);
  } catch {
    // Nothing to undo: a key that cannot be removed was never readable either.
  }
}

/** Every key under `PREFIX + sub`, without the prefix. */
export function keys(storage: Storage | undefined, sub: string): string[] {
  const out: string[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(PREFIX + sub)) out.push(k.slice(PREFIX.length));
    }
  } catch {
    // Unreadable storage has no keys.
  }
  return out;
}
