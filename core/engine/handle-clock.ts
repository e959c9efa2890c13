import type { CommandPayload } from './command-schemas';
import { reject, type Rejection } from './command-rejection';
import { advanceTo, nextRelease } from './deadlines';
import type { EngineCore } from './engine-core';
import { EVERYONE } from './visibility';

/** STARTEX, pause, resume, speed, jumps, ENDEX and the real-world safety stop. */

const everyone = { audience: EVERYONE };

/** While the safety stop stands, scenario time does not move: neither by resuming nor by a jump. */
function stopped(core: EngineCore): Rejection | null {
  return core.state.noPlay
    ? reject('no-play', 'lift the safety stop (NO PLAY) before moving the clock')
    : null;
}

export function startExercise(core: EngineCore): Rejection | null {
  if (core.state.clock.status !== 'ready') return reject('not-now', 'the exercise has already started');
  const refused = stopped(core);
  if (refused) return refused;
  core.emit('exercise.started', {}, everyone);
  // STARTEX releases what is due at T+0, in the same batch: nothing could fall due before it.
  advanceTo(core, core.now);
  return null;
}

export function pauseClock(core: EngineCore): Rejection | null {
  const status = core.state.clock.status;
  if (status !== 'running') return reject('not-now', `the clock is ${status}, not running`);
  core.emit('clock.paused', {}, everyone);
  return null;
}

export function resumeClock(core: EngineCore): Rejection | null {
  const status = core.state.clock.status;
  if (status !== 'paused') return reject('not-now', `the clock is ${status}, not paused`);
  const refused = stopped(core);
  if (refused) return refused;
  core.emit('clock.resumed', { gapMs: 0, afterRestart: false }, everyone);
  return null;
}

export function setSpeed(core: EngineCore, payload: CommandPayload<'exercise/speed'>): Rejection | null {
  core.emit('clock.speed-changed', { speed: payload.speed }, everyone);
  return null;
}

export function jumpToNextInject(core: EngineCore): Rejection | null {
  if (core.state.clock.status === 'ready') return reject('not-now', 'the exercise has not started (STARTEX)');
  const refused = stopped(core);
  if (refused) return refused;
  const next = nextRelease(core.state);
  if (!next) return reject('not-now', 'no inject is scheduled to be released');
  jump(core, next.dueMs);
  return null;
}

export function jumpTo(core: EngineCore, payload: CommandPayload<'exercise/jump-to'>): Rejection | null {
  if (core.state.clock.status === 'ready') return reject('not-now', 'the exercise has not started (STARTEX)');
  const refused = stopped(core);
  if (refused) return refused;
  if (payload.scenarioMs < core.now)
    return reject('not-now', 'scenario time never goes backwards', 'payload.scenarioMs');
  jump(core, payload.scenarioMs);
  return null;
}

export function endExercise(core: EngineCore): Rejection | null {
  core.emit('exercise.ended', {}, everyone);
  return null;
}

export function setNoPlay(core: EngineCore, payload: CommandPayload<'exercise/no-play'>): Rejection | null {
  if (payload.on && (payload.notice ?? '').trim() === '') {
    return reject(
      'invalid-command',
      'say why play stops: every station shows this notice, and it cannot be empty',
      'payload.notice',
    );
  }
  if (payload.on === core.state.noPlay) {
    return reject('not-now', core.state.noPlay ? 'the safety stop is already on' : 'no safety stop is on');
  }
  if (payload.on) {
    if (core.state.clock.status === 'running') core.emit('clock.paused', { cause: 'no-play' }, everyone);
    core.emit('no-play.started', { notice: (payload.notice ?? '').trim() }, everyone);
  } else {
    core.emit('no-play.lifted', {}, everyone);
  }
  return null;
}

/** Fire every deadline up to the target in order, then record the jump itself. */
function jump(core: EngineCore, targetMs: number): void {
  const fromMs = core.now;
  advanceTo(core, targetMs);
  core.emit('clock.jumped', { fromMs, toMs: targetMs }, everyone);
}
