import { eventDigest, QUICK_OPEN_AFTER_EVENTS, type ExerciseEvent } from '../core/index';

/**
 * How the host answers a console's `open` and `history` (core/stations/console-protocol.ts), decided from
 * what the console says it holds and what the journal holds. The words are the controller's: they say what
 * happened to the journal, not which check failed.
 */

/** What a console's `open` says of its copy: its last `seq`, and `eventDigest` of that event. */
export interface HeldCopy {
  since: number;
  digest?: string | undefined;
}

const count = (seq: number) => seq.toLocaleString('en-US');

/** Events `from`…`to` in words: "event 7" or "events 5,001–5,210". */
function eventRange(from: number, to: number): string {
  return from === to ? `event ${count(from)}` : `events ${count(from)}–${count(to)}`;
}

const CAUSE = 'the journal was restored from an older backup or replaced';

/**
 * Why the console's copy does not continue the host's journal, or null when it does. `hostEvent` is the
 * journal's event `copy.since` (absent when the journal is shorter). A copy that names no digest is taken at
 * its word: only `since` is checked.
 */
export function divergenceOf(
  copy: HeldCopy,
  hostLastSeq: number,
  hostEvent: ExerciseEvent | undefined,
): string | null {
  if (copy.since > hostLastSeq)
    return `this browser's copy holds ${eventRange(hostLastSeq + 1, copy.since)} that the exercise host's journal does not: ${CAUSE}`;
  if (copy.since === 0 || copy.digest === undefined) return null;
  if (hostEvent === undefined || eventDigest(hostEvent) !== copy.digest)
    return `this browser's copy differs from the exercise host's journal at event ${count(copy.since)} of ${count(hostLastSeq)}: ${CAUSE}`;
  return null;
}

/** Far enough behind that the host's snapshot and the events after it beat sending every event. */
export function opensQuickly(since: number, hostLastSeq: number): boolean {
  return hostLastSeq - since > QUICK_OPEN_AFTER_EVENTS;
}

/**
 * Why a `history` request for events `from`…`to` cannot be answered from a journal ending at `lastSeq`, or
 * null when it can (a range that runs past the end is answered up to the end).
 */
export function historyRefusal(exerciseId: string, from: number, to: number, lastSeq: number): string | null {
  if (from <= lastSeq) return null;
  const are = from === to ? 'is' : 'are';
  return `history refused: ${eventRange(from, to)} of ${exerciseId} ${are} past the end of its journal (its last event is ${count(lastSeq)})`;
}
