import { describe, expect, it } from 'vitest';
import type { ExerciseView } from '../../core/index';
import { translate, type MessageKey } from '../i18n/index';
import { beforeStartex, playLock } from './play-lock';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
type Clock = ExerciseView['state']['clock'];

function viewAt(status: Clock['status'], readOnly = false) {
  const clock = { status, speed: 1, anchorScenarioMs: 0, anchorWallMs: 0 } as Clock;
  return {
    readOnly,
    readOnlyReason: readOnly ? 'the exercise host is not reachable' : null,
    state: { clock } as ExerciseView['state'],
  };
}

describe('the console’s play lock', () => {
  it('leaves play controls free before STARTEX, while running and while paused', () => {
    expect(playLock(viewAt('ready'), t)).toBeNull();
    expect(playLock(viewAt('running'), t)).toBeNull();
    expect(playLock(viewAt('paused'), t)).toBeNull();
  });

  it('locks them after ENDEX, saying so', () => {
    expect(playLock(viewAt('ended'), t)).toBe(
      'The exercise has ended (ENDEX): play can no longer be changed.',
    );
  });

  it('locks them while the host is out of reach, with the reason the console has', () => {
    expect(playLock(viewAt('running', true), t)).toBe('Read-only: the exercise host is not reachable');
  });

  it('knows the time before STARTEX, and only that', () => {
    expect(beforeStartex(viewAt('ready'))).toBe(true);
    for (const status of ['running', 'paused', 'ended'] as const)
      expect(beforeStartex(viewAt(status))).toBe(false);
  });
});
