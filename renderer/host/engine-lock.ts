export interface HeldLock {
  held: boolean;
  release: () => void;
}

export type AcquireLock = (name: string) => Promise<HeldLock>;

/**
 * The exercise's Web Lock: held by the one tab that runs its engine for as long as that tab lives; any
 * other tab asking gets `held: false` at once and opens read-only (docs/architecture.md §3).
 */
export const acquireEngineLock: AcquireLock = (name) => {
  const locks = globalThis.navigator?.locks;
  if (!locks) return Promise.resolve({ held: true, release: () => undefined });
  return new Promise((resolve) => {
    void locks.request(name, { ifAvailable: true }, (lock) => {
      if (!lock) {
        resolve({ held: false, release: () => undefined });
        return undefined;
      }
      // Keep the lock until released: the callback's promise settles only then.
      return new Promise<void>((release) => resolve({ held: true, release: () => release() }));
    });
  });
};
