import { canonicalJson, decodeJournal, eventDigest, type ExerciseEvent } from '../../core/index';
import { findJournal, restoreBackup } from '../host/index';
import type { BrowserExercises } from '../storage/index';

/** What became of an exercise recorded in this browser that was offered to the exercise host. */
export type UploadOutcome =
  /** The host restored it: this browser's log is now its copy of the host's exercise. */
  | { kind: 'moved'; events: number }
  /**
   * The host already held it: its journal has this browser's last event, the same (eventDigest), and
   * `moreOnHost` recorded there since. Marked as moved: nothing of this browser's is missing on the host.
   */
  | { kind: 'already-there'; events: number; moreOnHost: number }
  /**
   * The host holds an exercise with this id that is not this browser's: the two agree on their first
   * `sameUpTo` events only. Nothing changed on either side.
   */
  | { kind: 'differs'; hostEvents: number; ownEvents: number; sameUpTo: number }
  /** The host refused the log, with its reason (a damaged line is named); nothing changed on either side. */
  | { kind: 'refused'; reason: string };

export interface UploadContext {
  store: BrowserExercises;
  /** The console's token, for the host's restore and journal endpoints. */
  token: string;
  now: () => number;
  fetcher?: typeof fetch;
}

/**
 * Offer an exercise recorded in this browser before the host to the host, as the journal of its whole log.
 * The host checks it line by line as any backup. When it refuses, the host's journal of that id (if any) is
 * compared with this browser's log, so an exercise that already went there is marked moved rather than
 * offered for ever, and one that differs is never merged or overwritten.
 */
export async function uploadBrowserExercise(
  exerciseId: string,
  { store, token, now, fetcher = fetch }: UploadContext,
): Promise<UploadOutcome> {
  const journal = await store.journal(exerciseId);
  const restored = await restoreBackup(journal.fileName, journal.text, token, fetcher);
  if (restored.ok) {
    await store.markMoved(exerciseId, now(), restored.record.eventCount);
    return { kind: 'moved', events: restored.record.eventCount };
  }
  const hosts = await findJournal(exerciseId, token, fetcher);
  if (hosts === null) return { kind: 'refused', reason: restored.reason };
  const hostEvents = decodeJournal(hosts.text, { trusted: true }).events;
  // Read back through the codec as the host read it, so both sides are at the same event version.
  const ownEvents = decodeJournal(journal.text, { trusted: true }).events;
  // The protocol's test of a copy that continues the host's journal (console-protocol.ts, `open`): the host
  // holds an event with this browser's last seq, and it is the same event.
  const ownLast = ownEvents.at(-1);
  const hostAtOwnLast = ownLast ? hostEvents[ownLast.seq - 1] : undefined;
  if (!ownLast || !hostAtOwnLast || eventDigest(hostAtOwnLast) !== eventDigest(ownLast)) {
    const sameUpTo = agreeingPrefix(ownEvents, hostEvents);
    return { kind: 'differs', hostEvents: hostEvents.length, ownEvents: ownEvents.length, sameUpTo };
  }
  await store.markMoved(exerciseId, now(), hostEvents.length);
  return {
    kind: 'already-there',
    events: ownEvents.length,
    moreOnHost: hostEvents.length - ownEvents.length,
  };
}

/** How many leading events two logs share, compared as their canonical JSON (what the journal holds). */
function agreeingPrefix(own: readonly ExerciseEvent[], hosts: readonly ExerciseEvent[]): number {
  const length = Math.min(own.length, hosts.length);
  for (let index = 0; index < length; index++)
    if (canonicalJson(own[index]) !== canonicalJson(hosts[index])) return index;
  return length;
}
