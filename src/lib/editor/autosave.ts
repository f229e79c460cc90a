/**
 * Keeps the dataset being edited in localStorage, where the page may use it. A sandboxed frame
 * without allow-same-origin, a private window with storage off or a full quota all make storage
 * throw; the editor then says that nothing is kept, instead of failing.
 */
export const KEY = 'sourceline:editor';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type SaveState = 'saved' | 'unavailable' | 'failed';

/** The page's storage, or null when touching it throws (an opaque origin throws on access). */
export function browserStorage(): StorageLike | null {
  try {
    const storage = globalThis.localStorage;
    const probe = `${KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

export class Autosave<T> {
  constructor(private readonly storage: StorageLike | null) {}

  get available(): boolean {
    return this.storage !== null;
  }

  /** The saved value, or null when there is none or it cannot be read. */
  restore(): { value: T; savedAt: string } | null {
    try {
      const text = this.storage?.getItem(KEY);
      if (!text) return null;
      const saved = JSON.parse(text) as { value?: T; savedAt?: string };
      return saved && saved.value !== undefined && typeof saved.savedAt === 'string' ? { value: saved.value, savedAt: saved.savedAt } : null;
    } catch {
      return null;
    }
  }

  save(value: T, now = new Date()): SaveState {
    if (!this.storage) return 'unavailable';
    try {
      this.storage.setItem(KEY, JSON.stringify({ value, savedAt: now.toISOString() }));
      return 'saved';
    } catch {
      return 'failed';
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(KEY);
    } catch {
      // nothing kept, nothing to clear
    }
  }
}
