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
  it('starts a ready exercise once, telling everyone, and releases what is due at T+0 with it', async () => {
    const core = unitOfWork(await Harness.create());
    expect(startExercise(core)).toBeNull();
    expect(core.batch[0]).toEqual(expect.objectContaining({ type: 'exercise.started', audience: everyone }));
    // INJ-1 of the mini scenario is due at T+0, to ms-a and ms-c (mini-scenario.yaml).
    expect(emitted(core)).toEqual([
      'exercise.started@0h',
      'inject.released@0h',
      'inject.delivered@0h',
      'inject.delivered@0h',
    ]);
    expect(core.state.clock.status).toBe('running');
    expect(startExercise(core)).toEqual({ code: 'not-now', reason: 'the exercise has already started' });
    expect(core.batch).toHaveLength(4);
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
    expect(setNoPlay(core, { on: true, notice: '  Fire alarm in building B ' })).toBeNull();
    expect(core.batch.map((event) => [event.type, event.payload])).toEqual([
      ['clock.paused', { cause: 'no-play' }],
      ['no-play.started', { notice: 'Fire alarm in building B' }],
    ]);
    expect(setNoPlay(core, { on: true, notice: 'Again' })).toEqual({
      code: 'not-now',
      reason: 'the safety stop is already on',
    });
    const stopped = { code: 'no-play', reason: 'lift the safety stop (NO PLAY) before moving the clock' };
    expect(resumeClock(core)).toEqual(stopped);
    expect(jumpTo(core, { scenarioMs: 5 * HOUR })).toEqual(stopped);
    expect(jumpToNextInject(core)).toEqual(stopped);
    expect(core.batch).toHaveLength(2);
    expect(setNoPlay(core, { on: false })).toBeNull();
    expect(setNoPlay(core, { on: false })).toEqual({ code: 'not-now', reason: 'no safety stop is on' });
    expect(setNoPlay(core, { on: true, notice: 'Medical emergency' })).toBeNull();
    expect(core.batch.slice(2).map((event) => [event.type, event.payload])).toEqual([
      ['no-play.lifted', {}],
      ['no-play.started', { notice: 'Medical emergency' }],
    ]);
    expect(core.batch.every((event) => event.audience.join() === everyone.join())).toBe(true);
  });

  it('refuses a safety stop that does not say why, since every station shows its notice', async () => {
    const core = unitOfWork(await started());
    const blank = {
      code: 'invalid-command',
      reason: 'say why play stops: every station shows this notice, and it cannot be empty',
      field: 'payload.notice',
    };
    expect(setNoPlay(core, { on: true })).toEqual(blank);
    expect(setNoPlay(core, { on: true, notice: '' })).toEqual(blank);
    expect(setNoPlay(core, { on: true, notice: ' \n\t ' })).toEqual(blank);
    expect(core.batch).toEqual([]);
  });

  it('does not start the exercise while a safety stop called before STARTEX stands', async () => {
    const harness = await Harness.create();
    const core = unitOfWork(harness);
    expect(setNoPlay(core, { on: true, notice: 'Briefing overran' })).toBeNull();
    expect(startExercise(core)).toEqual({
      code: 'no-play',
      reason: 'lift the safety stop (NO PLAY) before moving the clock',
    });
    expect(setNoPlay(core, { on: false })).toBeNull();
    expect(startExercise(core)).toBeNull();
  });
});
