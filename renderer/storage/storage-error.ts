import Dexie, { type DexieOptions } from 'dexie';

/**
 * A storage failure (quota, a closed or blocked database, a failed transaction). Nothing of the operation
 * was stored; `originalName` is the IndexedDB or Dexie error behind it, e.g. 'QuotaExceededError'.
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    message: string,
    readonly originalName: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * A Dexie database that remembers when another tab blocked its upgrade. Dexie would otherwise wait for that
 * tab forever; closing instead makes every operation fail at once, with advice the user can act on.
 */
export class BlockableDatabase extends Dexie {
  upgradeBlocked = false;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.on('blocked', () => {
      this.upgradeBlocked = true;
      this.close();
    });
  }
}

/** Run a storage operation; any failure that is not already a StorageError becomes one, with advice. */
export async function guardStorage<T>(
  operation: string,
  db: BlockableDatabase,
  body: () => Promise<T>,
  passThrough: (error: unknown) => boolean = () => false,
): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof StorageError || passThrough(error)) throw error;
    throw storageFailure(operation, db, error);
  }
}

/** "<operation> failed: <what to do>; nothing was stored", naming the error behind it. */
export function storageFailure(operation: string, db: BlockableDatabase, error: unknown): StorageError {
  const root = rootCause(error);
  let advice = root.message;
  // Once the other tab has gone the pending open completes and the database works again.
  if (db.upgradeBlocked && !db.isOpen()) {
    advice =
      'the database upgrade is blocked by another tab of this app that is still open: close it and reload';
  } else if (root.name === 'QuotaExceededError') {
    advice =
      "the browser's storage quota is full: free disk space, or download the backups of finished exercises and delete them";
  } else if (root.name === Dexie.errnames.DatabaseClosed) {
    advice = 'the database was closed (another tab may have upgraded it): reload the app';
  }
  return new StorageError(`${operation} failed: ${advice}; nothing was stored`, root.name, { cause: error });
}

/**
 * The error that actually happened. Dexie wraps it: a QuotaExceededError "may occur as the inner exception of
 * an AbortError" (dexie.org/docs/DexieErrors/Dexie.QuotaExceededError), and bulkAdd reports a BulkError
 * whose `failures` hold the per-row causes.
 */
function rootCause(error: unknown): { name: string; message: string } {
  let current: unknown = error;
  for (let depth = 0; depth < 5; depth++) {
    const candidate = current as { inner?: unknown; failures?: unknown[] } | null;
    const next = candidate?.inner ?? candidate?.failures?.[0];
    if (next === undefined || next === null) break;
    current = next;
  }
  if (current instanceof Error || (typeof current === 'object' && current !== null && 'name' in current)) {
    const { name, message } = current as { name: string; message?: string };
    return { name, message: message ?? name };
  }
  return { name: 'Error', message: String(current) };
}
