// Snapshots written by earlier versions still open: each step of core/engine/state-migrations.ts, and a newer
// snapshot refused with a message that says what to do.
import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import type { EngineSnapshot } from '../ports/index';
import { MemoryEventStore } from '../stores/index';
import { snapshotOf } from './engine-state';
import { ExerciseEngine } from './exercise-engine';
import { ENGINE_STATE_VERSION, snapshotState, SnapshotVersionError } from './state-migrations';

/** What version 1 wrote: no `v`, and an expected action still in its window said 'pending'. */
function asVersion1(snapshot: EngineSnapshot): EngineSnapshot {
  const text = JSON.stringify(snapshot.state).replaceAll('"status":"open"', '"status":"pending"');
  return { exerciseId: snapshot.exerciseId, seq: snapshot.seq, state: JSON.parse(text) };
}

/** The mini exercise at T+2h: INJ-1 released with EA-1 met and EA-2 (free text, 12 h window) open. */
async function playedToTwoHours(store = new MemoryEventStore('mini-1')) {
  const harness = await Harness.create(undefined, store);
  await harness.startAtMaxSpeed();
  await harness.jumpTo(2 * HOUR);
  await harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
  return harness;
}

describe('engine state versions', () => {
  it("v1 → v2: an expected action still in its window, 'pending' then, is 'open' now", async () => {
    const { engine } = await playedToTwoHours();
    const current = snapshotOf(engine.state);
    expect(current.v).toBe(ENGINE_STATE_VERSION);
    const old = asVersion1(current);
    // Proof the v1 form differs where the step must act.
    expect(JSON.stringify(old.state)).toContain('"status":"pending"');
    expect(snapshotState(old)).toEqual(engine.state);
    expect(snapshotState(asVersion1(current)).injects['INJ-1']?.expected).toEqual({
      'EA-1': { status: 'met', deadlineMs: 6 * HOUR }, // its window is 6h (mini-scenario.yaml)
      'EA-2': { status: 'open', deadlineMs: 12 * HOUR },
    });
  });

  it('v2 → v3: a state folded before the improvement plan existed has no corrective actions', async () => {
    const { engine } = await playedToTwoHours();
    const current = snapshotOf(engine.state);
    const { correctiveActions, ...before } = current.state as unknown as Record<string, unknown>;
    expect(correctiveActions).toEqual({});
    const v2: EngineSnapshot = { ...current, v: 2, state: before as never };
    expect(snapshotState(v2)).toEqual(engine.state);
  });

  it('v3 → v4: a state folded before what-if branches existed is not a branch', async () => {
    const { engine } = await playedToTwoHours();
    const current = snapshotOf(engine.state);
    const { branch, ...before } = current.state as unknown as Record<string, unknown>;
    expect(branch).toBeNull();
    const v3: EngineSnapshot = { ...current, v: 3, state: before as never };
    expect(snapshotState(v3)).toEqual(engine.state);
    expect(snapshotState({ ...current, v: 3, state: structuredClone(before) as never }).branch).toBeNull();
  });

  it('an exercise whose latest snapshot a v1 app wrote opens quickly and its open window still closes', async () => {
    const store = new MemoryEventStore('mini-1');
    const { engine } = await playedToTwoHours(store);
    await store.saveSnapshot(asVersion1(snapshotOf(engine.state)));
    const reopened = await ExerciseEngine.open(store);
    expect(reopened.state).toEqual(engine.state);
    // The window of INJ-1/EA-2 closes at T+12h: the reopened engine still knows it is open, and misses it.
    await reopened.execute(
      {
        commandId: 'jump',
        type: 'exercise/jump-to',
        issuedBy: { role: 'excon', station: 't' },
        payload: { scenarioMs: 13 * HOUR },
      },
      engine.state.lastWallMs + 1000,
    );
    expect(
      reopened.events
        .filter((event) => event.type === 'expected-action.missed')
        .map((event) => event.payload),
    ).toEqual([{ injectId: 'INJ-1', actionId: 'EA-2' }]);
  });

  it('refuses a snapshot written by a newer version, saying which and what to do', async () => {
    const { engine } = await playedToTwoHours();
    const newer = { ...snapshotOf(engine.state), v: ENGINE_STATE_VERSION + 1 };
    expect(() => snapshotState(newer)).toThrow(SnapshotVersionError);
    expect(() => snapshotState(newer)).toThrow(
      `written by a newer version of the app (engine state v${ENGINE_STATE_VERSION + 1}; this version reads up to v${ENGINE_STATE_VERSION})`,
    );
  });

  it('names a missing step rather than using a state it cannot read', () => {
    const old = { exerciseId: 'x', seq: 1, state: {} };
    expect(() => snapshotState(old, [], 2)).toThrow('no migration step from engine state v1 to v2');
  });
});
