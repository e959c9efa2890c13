import { EVENT_ENVELOPE_VERSION, type ActorRef, type EventOf, type ExerciseEvent } from '../ports/index';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

/**
 * What-if branches (issue 23, docs/adr/0009-what-if-branches.md). A branch is an exercise of its own whose
 * log starts with its origin's first `atSeq` events, copied under the branch's id, followed by
 * `exercise.branched`: so replaying a branch needs only its own journal, and the copied part can be checked
 * against the origin whenever the origin is at hand. Logs are never edited: the origin is only read.
 */

/** An event as both logs hold it: everything but the exercise id, which is the one thing a copy changes. */
function eventIdentity(event: ExerciseEvent): string {
  const { exerciseId: _exerciseId, ...rest } = event;
  return canonicalJson(rest);
}

/**
 * The hash chain of a log's first events: link k is the SHA-256 of link k−1, a newline and event k's identity,
 * so it is computed in one pass over a journal read as a stream, and a copy of a prefix hashes as its original
 * does. `links[k - 1]` is the hash of the first k events; the first link that differs between two logs is
 * their first event that differs.
 */
export class PrefixChain {
  readonly links: string[] = [];

  add(event: ExerciseEvent): void {
    this.links.push(sha256Hex(`${this.links.at(-1) ?? ''}\n${eventIdentity(event)}`));
  }
}

/** The hash of a log's first events: the last link of their chain ('' for none). */
export function logPrefixHash(events: Iterable<ExerciseEvent>): string {
  const chain = new PrefixChain();
  for (const event of events) chain.add(event);
  return chain.links.at(-1) ?? '';
}

/** A branch cannot be made: the message says why, in words for the controller. */
export class BranchError extends Error {
  override readonly name = 'BranchError';
}

export interface BranchOptions {
  exerciseId: string;
  name: string;
  /** The host's wall clock when the branch is made. */
  wallMs: number;
  /** Who made it: the controller. */
  actor: ActorRef;
}

/**
 * The log a branch starts with: the origin's events up to `prefix.at(-1)` (its first `atSeq` events, in
 * order, from 1), copied under the branch's id, then `exercise.branched`, which stops the clock where the
 * origin stood. Throws BranchError for a point the branch cannot start from.
 */
export function branchLog(
  prefix: readonly ExerciseEvent[],
  origin: { name: string },
  options: BranchOptions,
): ExerciseEvent[] {
  const last = prefix.at(-1);
  if (!last || prefix[0]?.type !== 'exercise.created')
    throw new BranchError('a branch starts after the exercise was created: choose a later point');
  prefix.forEach((event, index) => {
    if (event.seq !== index + 1)
      throw new BranchError(`the origin's log is not whole before the branch point (event ${index + 1})`);
  });
  const ended = prefix.find((event) => event.type === 'exercise.ended');
  if (ended)
    throw new BranchError(
      `the origin had ended (ENDEX) by event ${ended.seq}: branch at a point before ENDEX to play on`,
    );
  const copies = prefix.map((event) => ({ ...event, exerciseId: options.exerciseId }) as ExerciseEvent);
  const branched: EventOf<'exercise.branched'> = {
    v: EVENT_ENVELOPE_VERSION,
    seq: last.seq + 1,
    exerciseId: options.exerciseId,
    type: 'exercise.branched',
    scenarioMs: last.scenarioMs,
    // Wall time never runs back in a log, whatever the laptop's clock says.
    wallMs: Math.max(options.wallMs, last.wallMs),
    commandId: null,
    actor: options.actor,
    marking: null,
    audience: ['control', 'evaluation'],
    payload: {
      name: options.name,
      origin: { exerciseId: last.exerciseId, name: origin.name },
      atSeq: last.seq,
      prefixSha256: logPrefixHash(prefix),
    },
  };
  return [...copies, branched];
}

/**
 * What a check of a branch's copied part found:
 * - matches: the copy is the origin's first `atSeq` events, event for event;
 * - differs: the origin's event `seq` is not the branch's (or the origin's log is shorter);
 * - copy-altered: the copy no longer hashes to the `prefixSha256` the branch recorded;
 * - origin-absent: the copy hashes as recorded, and the origin is not at hand to compare with.
 */
export type BranchCheck =
  | { kind: 'matches'; atSeq: number }
  | { kind: 'differs'; atSeq: number; seq: number }
  | { kind: 'copy-altered'; atSeq: number }
  | { kind: 'origin-absent'; atSeq: number };

/**
 * Checks a branch's first `atSeq` events: against the hash its `exercise.branched` recorded, and, with the
 * origin's log, event for event against it. Null when the log is not a branch.
 */
export function checkBranchPrefix(
  branch: readonly ExerciseEvent[],
  origin: readonly ExerciseEvent[] | null,
): BranchCheck | null {
  const branched = branch.find((event) => event.type === 'exercise.branched');
  if (!branched || branched.type !== 'exercise.branched') return null;
  const { atSeq } = branched.payload;
  const chainOf = (events: readonly ExerciseEvent[]) => {
    const chain = new PrefixChain();
    for (const event of events.slice(0, atSeq)) chain.add(event);
    return chain.links;
  };
  return checkBranchChains(chainOf(branch), branched.payload, origin ? chainOf(origin) : null);
}

/**
 * The same check from the chains of the two logs (a reader that streams a journal keeps its links, not its
 * events): the branch's links and what its `exercise.branched` recorded, and the origin's links or null.
 */
export function checkBranchChains(
  branchLinks: readonly string[],
  recorded: { atSeq: number; prefixSha256: string },
  originLinks: readonly string[] | null,
): BranchCheck {
  const { atSeq, prefixSha256 } = recorded;
  if (branchLinks.length < atSeq || branchLinks[atSeq - 1] !== prefixSha256)
    return { kind: 'copy-altered', atSeq };
  if (!originLinks) return { kind: 'origin-absent', atSeq };
  for (let index = 0; index < atSeq; index++)
    if (originLinks[index] !== branchLinks[index]) return { kind: 'differs', atSeq, seq: index + 1 };
  return { kind: 'matches', atSeq };
}
