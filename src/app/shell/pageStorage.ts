/** Storage kept in memory for this page only: what the app uses when the browser blocks its own. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

/** The browser's storage, or null when reading it throws (site data blocked, some embedded frames). */
function usable(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    const storage = globalThis[name];
    void storage.length;
    return storage;
  } catch {
    return null;
  }
}

const local = usable('localStorage');
const session = usable('sessionStorage');

/**
 * localStorage and sessionStorage as the app uses them. A browser that
 * blocks site data throws on the mere mention of `localStorage`; the app then
 * keeps its draft, settings and layout in memory for this page instead of
 * stopping, and says so (`blocked`).
 */
export const pageStorage: { readonly local: Storage; readonly session: Storage; readonly blocked: boolean } = {
  local: local ?? new MemoryStorage(),
  session: session ?? new MemoryStorage(),
  blocked: local === null || session === null,
};
