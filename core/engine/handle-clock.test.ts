import { describe, expect, it } from 'vitest';
import { Harness, HOUR, unitOfWork } from '../../test/fixtures/engine-harness';
import type { EngineCore } from './engine-core';
import {
  endExercise,
  jumpTo,
  jumpToNextInject,
  pauseClock,
  resumeClock,
  setNoPlay,
  setSpeed,
  startExercise,
} from './handle-clock';

/** A unit of work for EXCON on a copy of the harness's state: what a handler emits stays in its batch. */
const excon = (harness: Harness): EngineCore => unitOfWork(harness, { role: 'excon' });

const emitted = (core: EngineCore) => core.batch.map((event) => `${event.type}@${event.scenarioMs / HOUR}h`);
const everyone = ['players', 'control', 'evaluation'];

async function started(): Promise<Harness> {
  const harness = await Harness.create();
  await harness.startAtMaxSpeed();
  return harness;
}

describe('STARTEX, pause, resume and speed', () => {
  it('starts a ready exercise once, telling everyone', async () => {
    const core = unitOfWork(await Harness.create());
    expect(startExercise(core)).toBeNull();
    expect(core.batch).toEqual([expect.objectContaining({ type: 'exercise.started', audience: everyone })]);
    expect(core.state.clock.status).toBe('running');
    expect(startExercise(core)).toEqual({ code: 'not-now', reason: 'the exercise has already started' });
    expect(core.batch).toHaveLength(1);
  });

  it('pauses only a running clock, and resumes only a paused one', async () => {
    const ready = unitOfWork(await Harness.create());
    expect(pauseClock(ready)).toEqual({ code: 'not-now', reason: 'the clock is ready, not running' });
    expect(resumeClock(ready)).toEqual({ code: 'not-now', reason: 'the clock is ready, not paused' });
    const core = unitOfWork(await started());
    expect(resumeClock(core)).toEqual({ code: 'not-now', reason: 'the clock is running, not paused' });
    expect(pauseClock(core)).toBeNull();
    expect(pauseClock(core)).toEqual({ code: 'not-now', reason: 'the clock is paused, not running' });
    expect(resumeClock(core)).toBeNull();
    expect(core.batch.map((event) => [event.type, event.payload])).toEqual([
      ['clock.paused', {}],
      ['clock.resumed', { gapMs: 0, afterRestart: false }],
    ]);
    expect(ready.batch).toEqual([]);
  });

  it('changes the speed, telling everyone', async () => {
    const core = unitOfWork(await started());
    expect(setSpeed(core, { speed: 30 })).toBeNull();
    expect(core.batch).toEqual([
      expect.objectContaining({ type: 'clock.speed-changed', payload: { speed: 30 }, audience: everyone }),
    ]);
    expect(core.state.clock.speed).toBe(30);
  });
});

describe('jumps', () => {
  it('fire every deadline on the way in order, each at its own time, then record the jump', async () => {
    const core = unitOfWork(await started());
    expect(jumpTo(core, { scenarioMs: 13 * HOUR })).toBeNull();
    // mini-scenario.yaml: INJ-1's EA-1 (6 h) is missed, which releases the contingency INJ-2 at 6 h to ms-a;
    // EA-2 (12 h) is missed after it.
    expect(emitted(core)).toEqual([
      'expected-action.missed@6h',
      'inject.triggered@6h',
      'inject.released@6h',
      'inject.delivered@6h',
      'expected-action.missed@12h',
      'clock.jumped@13h',
    ]);
    expect(core.batch.at(-1)?.payload).toEqual({ fromMs: 0, toMs: 13 * HOUR });
  });

  it('never go back in scenario time, nor before STARTEX', async () => {
    const core = unitOfWork(await started());
    jumpTo(core, { scenarioMs: 2 * HOUR });
    expect(jumpTo(core, { scenarioMs: HOUR })).toEqual({
      code: 'not-now',
      reason: 'scenario time never goes backwards',
      field: 'payload.scenarioMs',
    });
    const ready = unitOfWork(await Harness.create());
    const notYet = { code: 'not-now', reason: 'the exercise has not started (STARTEX)' };
    expect(jumpTo(ready, { scenarioMs: HOUR })).toEqual(notYet);
    expect(jumpToNextInject(ready)).toEqual(notYet);
    expect(ready.batch).toEqual([]);
  });

  it('go to the next inject due, or say there is none', async () => {
    const harness = await started();
    // INJ-1 went out at T+0; the others wait on conditions: nothing is scheduled.
    expect(jumpToNextInject(excon(harness))).toEqual({
      code: 'not-now',
      reason: 'no inject is scheduled to be released',
    });
    await harness.send('inject/reschedule', { injectId: 'INJ-3', at: 'T+3h' });
    const core = excon(harness);
    expect(jumpToNextInject(core)).toBeNull();
    expect(emitted(core)).toEqual(['inject.released@3h', 'inject.delivered@3h', 'clock.jumped@3h']);
  });
});

describe('ENDEX and the safety stop', () => {
  it('ends the exercise, telling everyone', async () => {
    const core = unitOfWork(await started());
    expect(endExercise(core)).toBeNull();
    expect(core.batch).toEqual([expect.objectContaining({ type: 'exercise.ended', audience: everyone })]);
    expect(core.state.clock.status).toBe('ended');
  });

  it('pauses a running clock for a safety stop, keeps a paused one paused, and lifts it', async () => {
    const core = unitOfWork(await started());
    expect(setNoPlay(core, { on: true })).toBeNull();
    expect(core.batch.map((event) => [event.type, event.payload])).toEqual([
      ['clock.paused', { cause: 'no-play' }],
      ['no-play.started', { notice: 'Real-world safety stop: no play' }],
    ]);
    expect(setNoPlay(core, { on: true })).toEqual({
      code: 'not-now',
      reason: 'the safety stop is already on',
    });
    expect(resumeClock(core)).toEqual({
      code: 'not-now',
      reason: 'lift the safety stop (no play) before resuming',
    });
    expect(setNoPlay(core, { on: false })).toBeNull();
    expect(setNoPlay(core, { on: false })).toEqual({ code: 'not-now', reason: 'no safety stop is on' });
    expect(setNoPlay(core, { on: true, notice: 'Medical emergency' })).toBeNull();
    expect(core.batch.slice(2).map((event) => [event.type, event.payload])).toEqual([
      ['no-play.lifted', {}],
      ['no-play.started', { notice: 'Medical emergency' }],
    ]);
    expect(core.batch.every((event) => event.audience.join() === everyone.join())).toBe(true);
  });
});
