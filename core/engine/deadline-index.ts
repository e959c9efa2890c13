import type { EngineState, InjectState } from './engine-state';
import { MinHeap } from './min-heap';

/**
 * Everything that happens at a scenario time on its own: scheduled inject releases, mechanism timers and
 * expected-action windows. Fired strictly in order of due time (then kind, then id).
 */
export type Deadline =
  | { kind: 'release'; dueMs: number; id: string }
  | { kind: 'timer'; dueMs: number; id: string }
  | { kind: 'window'; dueMs: number; id: string; injectId: string; actionId: string };

const KIND_ORDER = { release: 0, timer: 1, window: 2 } as const;

export function compareDeadlines(a: Deadline, b: Deadline): number {
  return (
    a.dueMs - b.dueMs || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

type InjectDeadline = Extract<Deadline, { kind: 'release' | 'window' }>;

/**
 * The release and window deadlines of an engine state, ordered by due time, kept as the state changes: the
 * next deadline was found by a scan over every inject at every pulse and every fired deadline, which made
 * a run quadratic in the inject count (issue 19 §4).
 *
 * Entries are never removed when the state moves on; an entry is checked against the state when it
 * reaches the top and dropped if the state no longer holds it (released, held, skipped, rescheduled, met,
 * missed). So the index needs to hear only of the injects that changed (`noteInjectChange`), and a stale
 * or repeated entry can never fire: the answer is always the least deadline the state holds now.
 */
class DeadlineIndex {
  private readonly releases = new MinHeap<InjectDeadline>(compareDeadlines);
  private readonly windows = new MinHeap<InjectDeadline>(compareDeadlines);

  constructor(private readonly state: EngineState) {
    for (const injectId in state.injects) this.add(state.injects[injectId] as InjectState);
  }

  /** Index the deadlines an inject holds now; earlier entries for it are checked when they surface. */
  add(inject: InjectState): void {
    if (inject.status === 'scheduled' && inject.dueMs !== null)
      this.releases.push({ kind: 'release', dueMs: inject.dueMs, id: inject.id });
    for (const actionId in inject.expected) {
      const expected = inject.expected[actionId] as InjectState['expected'][string];
      if (expected.status !== 'open' || expected.deadlineMs === null) continue;
      this.windows.push({
        kind: 'window',
        dueMs: expected.deadlineMs,
        id: `${inject.id}/${actionId}`,
        injectId: inject.id,
        actionId,
      });
    }
  }

  nextRelease(): InjectDeadline | undefined {
    return this.top(this.releases, (entry) => {
      const inject = this.state.injects[entry.id];
      return inject?.status === 'scheduled' && inject.dueMs === entry.dueMs;
    });
  }

  nextWindow(): InjectDeadline | undefined {
    return this.top(this.windows, (entry) => {
      if (entry.kind !== 'window') return false;
      const expected = this.state.injects[entry.injectId]?.expected[entry.actionId];
      return expected?.status === 'open' && expected.deadlineMs === entry.dueMs;
    });
  }

  private top(heap: MinHeap<InjectDeadline>, holds: (entry: InjectDeadline) => boolean) {
    for (let entry = heap.peek(); entry; entry = heap.peek()) {
      if (holds(entry)) return { ...entry };
      heap.pop();
    }
    return undefined;
  }
}

const indexes = new WeakMap<EngineState, DeadlineIndex>();

/** The deadline index of a state, built by one scan the first time it is asked for. */
export function deadlineIndexOf(state: EngineState): DeadlineIndex {
  let index = indexes.get(state);
  if (!index) {
    index = new DeadlineIndex(state);
    indexes.set(state, index);
  }
  return index;
}

/** The fold changed this inject: index what it holds now (nothing to do before the index is first used). */
export function noteInjectChange(state: EngineState, injectId: string): void {
  const inject = state.injects[injectId];
  if (inject) indexes.get(state)?.add(inject);
}
