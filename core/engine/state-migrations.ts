import { stepsBetween } from '../documents/index';
import type { EngineSnapshot } from '../ports/index';
import type { EngineState } from './engine-state';

/**
 * Snapshots are folds of the log saved to open long exercises quickly; they are stored beside the journal
 * (and in IndexedDB), so a snapshot written by an earlier version must still open. `v` is the version of the
 * engine state a snapshot holds; a snapshot without one is v1. Each step is named, takes the state of
 * version `from` (a plain-JSON copy the caller owns) and returns that of `from + 1`.
 */
export const ENGINE_STATE_VERSION = 4;

export interface StateMigration {
  from: number;
  name: string;
  migrate(state: Record<string, unknown>): Record<string, unknown>;
}

type StoredInject = { expected?: Record<string, { status?: string }> };

export const STATE_MIGRATIONS: readonly StateMigration[] = [
  {
    from: 1,
    name: "expected actions: 'pending' becomes 'open' (the one status vocabulary)",
    migrate(state) {
      const injects = (state.injects ?? {}) as Record<string, StoredInject>;
      for (const inject of Object.values(injects))
        for (const expected of Object.values(inject.expected ?? {}))
          if (expected.status === 'pending') expected.status = 'open';
      return state;
    },
  },
  {
    from: 2,
    name: 'the improvement plan: no corrective actions yet',
    // v3 keeps the corrective actions' ids (issue 22); a state of v2 was folded from a log that had none.
    migrate: (state) => ({ ...state, correctiveActions: {} }),
  },
  {
    from: 3,
    name: 'what-if branches: not a branch',
    // v4 keeps a branch's name and origin (issue 23); a state of v3 was folded from a log with no branch point.
    migrate: (state) => ({ ...state, branch: null }),
  },
];

/** A snapshot that cannot be used: written by a newer version, or with no path from its version. */
export class SnapshotVersionError extends Error {}

/**
 * The engine state a stored snapshot holds, brought to this version. The snapshot must be the caller's own
 * copy (stores parse a fresh one on every read): the steps change it in place.
 */
export function snapshotState(
  snapshot: EngineSnapshot,
  steps: readonly StateMigration[] = STATE_MIGRATIONS,
  current = ENGINE_STATE_VERSION,
): EngineState {
  const version = snapshot.v ?? 1;
  if (version > current)
    throw new SnapshotVersionError(
      `the snapshot at event ${snapshot.seq} of exercise ${snapshot.exerciseId} was written by a newer version of the app (engine state v${version}; this version reads up to v${current}): open the exercise with that version or a later one`,
    );
  const path = stepsBetween(version, current, steps);
  if (!path.ok)
    throw new SnapshotVersionError(
      `no migration step from engine state v${path.missing} to v${path.missing + 1}`,
    );
  let state = snapshot.state as Record<string, unknown>;
  for (const step of path.steps) state = step.migrate(state);
  // Checked for its version and migrated: the state as this version folds it.
  return state as unknown as EngineState;
}
