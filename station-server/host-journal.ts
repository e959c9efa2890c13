import type { EventStore } from '../core/index';
import { JournalEventStore, type JournalRecovery } from '../node-adapters/index';

/** An exercise's journal as the host uses it: `writeRefusal` says why it takes no more writes, if so. */
export type HostJournal = EventStore & { readonly writeRefusal?: string | null };

/** Opens the journal of an exercise: node-adapters' file store, or a test's store that fails on demand. */
export type OpenJournal = (
  journal: string,
  exerciseId: string,
) => Promise<{ store: HostJournal; recovery: JournalRecovery }>;

export const openJournalStore: OpenJournal = (journal, exerciseId) =>
  JournalEventStore.open(journal, exerciseId);

/**
 * Opens a journal the host has just restored with the canonical lines the restore checked and wrote, so
 * the console's first open does not read and decode the whole file again (JournalEventStore.adopt).
 */
export function adoptingRestored(written: { lines: string[]; byteLength: number }): OpenJournal {
  return (journal, exerciseId) => JournalEventStore.adopt(journal, exerciseId, written);
}
