import { describe, expect, it } from 'vitest';
import { Harness, WALL_START } from '../../test/fixtures/engine-harness';
import type { ExerciseCommand } from '../ports/index';
import { EngineCore } from './engine-core';
import type { EngineState } from './engine-state';

const command: ExerciseCommand = {
  commandId: 'cmd-7',
  type: 'exercise/no-play',
  issuedBy: { role: 'excon', station: 'console' },
  payload: { on: true },
};

/** A unit of work on a copy of the mini exercise's state, as created: its last event at WALL_START. */
async function unitOfWork(wallMs: number, by: ExerciseCommand | null) {
  const { engine } = await Harness.create();
  const state = structuredClone(engine.state) as EngineState;
  const { playbook, scenario } = engine.content;
  return { state, core: new EngineCore(state, playbook, scenario, engine.roles, wallMs, by) };
}

describe('one unit of work on the engine state', () => {
  it('stamps each event with the next seq, the time, the command and its actor, and applies it at once', async () => {
    const { state, core } = await unitOfWork(WALL_START + 5_000, command);
    const lastSeq = state.lastSeq;
    core.now = 90_000;
    const started = core.emit(
      'no-play.started',
      { notice: 'Fire alarm' },
      { audience: ['players', 'control'] },
    );
    expect(started).toEqual({
      v: 5,
      seq: lastSeq + 1,
      exerciseId: 'mini-1',
      type: 'no-play.started',
      scenarioMs: 90_000,
      wallMs: WALL_START + 5_000,
      commandId: 'cmd-7',
      actor: { role: 'excon', station: 'console', actingAs: null },
      marking: null,
      audience: ['players', 'control'],
      payload: { notice: 'Fire alarm' },
    });
    // Applied as it is emitted: later logic in the same unit sees it.
    expect(state).toMatchObject({ noPlay: true, lastSeq: lastSeq + 1, lastScenarioMs: 90_000 });
    const lifted = core.emit(
      'no-play.lifted',
      {},
      { audience: ['control'], marking: 'EU-ONLY', actor: null },
    );
    expect(lifted).toMatchObject({ seq: lastSeq + 2, actor: null, marking: 'EU-ONLY' });
    expect(state.noPlay).toBe(false);
    expect(core.batch).toEqual([started, lifted]);
  });

  it('never stamps a wall time earlier than the last event’s', async () => {
    const { state, core } = await unitOfWork(WALL_START - 60_000, null);
    expect(state.lastWallMs).toBe(WALL_START);
    expect(core.emit('clock.paused', {}, { audience: ['control'] }).wallMs).toBe(WALL_START);
  });

  it('starts at the scenario time of the last event, and leaves a tick’s events without command or actor', async () => {
    const { state, core } = await unitOfWork(WALL_START, null);
    state.lastScenarioMs = 7_200_000;
    const late = new EngineCore(state, core.playbook, core.scenario, core.roles, WALL_START, null);
    expect(late.now).toBe(7_200_000);
    expect(late.emit('clock.paused', {}, { audience: ['control'] })).toMatchObject({
      commandId: null,
      actor: null,
      scenarioMs: 7_200_000,
    });
  });

  it('acts for the role control plays, else for the sender, and for nobody in a tick', async () => {
    expect((await unitOfWork(WALL_START, command)).core.actingRole).toBe('excon');
    const acting = { ...command, issuedBy: { role: 'simcell', station: 'agent' }, actingAs: 'ms-c' };
    const { core } = await unitOfWork(WALL_START, acting);
    expect(core.actingRole).toBe('ms-c');
    expect(core.emit('clock.paused', {}, { audience: ['control'] }).actor).toEqual({
      role: 'simcell',
      station: 'agent',
      actingAs: 'ms-c',
    });
    expect((await unitOfWork(WALL_START, null)).core.actingRole).toBeNull();
  });
});
