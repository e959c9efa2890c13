import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';
import { snapshotOf, type EngineState } from './engine-state';

describe('a snapshot of the engine state', () => {
  it('is stamped with the exercise, the seq of its last event and version 4 of the state (docs/event-log.md)', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const state = harness.engine.state;
    const snapshot = snapshotOf(state);
    expect(snapshot).toMatchObject({ exerciseId: 'mini-1', seq: harness.engine.events.length, v: 4 });
    expect(snapshot.state).toEqual(state);
  });

  it('is a plain-JSON copy: later changes to the state cannot reach it, nor its changes the state', async () => {
    const harness = await Harness.create();
    const state = structuredClone(harness.engine.state) as EngineState;
    const snapshot = snapshotOf(state);
    state.noPlay = true;
    state.autoPlay.nac = 'doctrine';
    expect(snapshot.state).toMatchObject({ noPlay: false, autoPlay: {} });
    (snapshot.state as EngineState).injects['INJ-1']!.status = 'skipped';
    expect(state.injects['INJ-1']?.status).toBe('scheduled');
  });
});
