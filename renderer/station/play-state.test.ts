import { describe, expect, it } from 'vitest';
import type { StationEvent } from '../../core/index';
import { hasStarted } from './play-state';

const event = (type: string) => ({ type }) as unknown as StationEvent;
const clock = (status: string) => ({ status, speed: 1, scenarioMs: 0, wallMs: 0 });

describe('hasStarted', () => {
  it('follows the host’s clock when there is one', () => {
    expect(hasStarted({ clock: clock('ready'), events: [] })).toBe(false);
    for (const status of ['running', 'paused', 'ended'])
      expect(hasStarted({ clock: clock(status), events: [] })).toBe(true);
  });

  it('believes the stream’s start before the next clock message says so', () => {
    expect(hasStarted({ clock: clock('ready'), events: [event('exercise.started')] })).toBe(true);
  });

  it('reads the copy when the host has not sent a clock', () => {
    expect(hasStarted({ clock: null, events: [] })).toBe(false);
    expect(hasStarted({ clock: null, events: [event('exercise.created')] })).toBe(false);
    expect(hasStarted({ clock: null, events: [event('exercise.created'), event('exercise.started')] })).toBe(
      true,
    );
    expect(hasStarted({ clock: null, events: [event('exercise.ended')] })).toBe(true);
  });
});
