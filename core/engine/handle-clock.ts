import type { CommandType } from './command-schemas';
import { reject, type Rejection } from './command-rejection';
import { advanceTo, nextRelease } from './deadlines';
import type { EngineCore } from './engine-core';
import { EVERYONE } from './visibility';

/** STARTEX, pause, resume, speed, jumps, ENDEX and the real-world safety stop. */
export function handleClockCommand(
  core: EngineCore,
  type: CommandType,
  payload: Record<string, unknown>,
): Rejection | null {
  const status = core.state.clock.status;
  const everyone = { audience: EVERYONE };
  switch (type) {
    case 'exercise/start':
      if (status !== 'ready') return reject('not-now', 'the exercise has already started');
      core.emit('exercise.started', {}, everyone);
      return null;
    case 'exercise/pause':
      if (status !== 'running') return reject('not-now', `the clock is ${status}, not running`);
      core.emit('clock.paused', {}, everyone);
      return null;
    case 'exercise/resume':
      if (status !== 'paused') return reject('not-now', `the clock is ${status}, not paused`);
      if (core.state.noPlay) return reject('not-now', 'lift the safety stop (no play) before resuming');
      core.emit('clock.resumed', { gapMs: 0, afterRestart: false }, everyone);
      return null;
    case 'exercise/speed':
      core.emit('clock.speed-changed', { speed: payload.speed }, everyone);
      return null;
    case 'exercise/jump-next': {
      if (status === 'ready') return reject('not-now', 'the exercise has not started (STARTEX)');
      const next = nextRelease(core.state);
      if (!next) return reject('not-now', 'no inject is scheduled to be released');
      jump(core, next.dueMs);
      return null;
    }
    case 'exercise/jump-to': {
      if (status === 'ready') return reject('not-now', 'the exercise has not started (STARTEX)');
      const target = payload.scenarioMs as number;
      if (target < core.now)
        return reject('not-now', 'scenario time never goes backwards', 'payload.scenarioMs');
      jump(core, target);
      return null;
    }
    case 'exercise/end':
      core.emit('exercise.ended', {}, everyone);
      return null;
    case 'exercise/no-play':
      if (payload.on === core.state.noPlay) {
        return reject(
          'not-now',
          core.state.noPlay ? 'the safety stop is already on' : 'no safety stop is on',
        );
      }
      if (payload.on) {
        if (status === 'running') core.emit('clock.paused', { cause: 'no-play' }, everyone);
        core.emit(
          'no-play.started',
          { notice: payload.notice ?? 'Real-world safety stop: no play' },
          everyone,
        );
      } else {
        core.emit('no-play.lifted', {}, everyone);
      }
      return null;
    default:
      return reject('unknown-command', `unknown command "${type}"`, 'type');
  }
}

/** Fire every deadline up to the target in order, then record the jump itself. */
function jump(core: EngineCore, targetMs: number): void {
  const fromMs = core.now;
  advanceTo(core, targetMs);
  core.emit('clock.jumped', { fromMs, toMs: targetMs }, { audience: EVERYONE });
}
