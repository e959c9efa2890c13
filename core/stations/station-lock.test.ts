import { describe, expect, it } from 'vitest';
import { stationEvent } from '../../test/fixtures/station-events';
import { COMMAND_AUTHORITY, type CommandType } from '../engine/index';
import { commandLock, hasEnded, lockReason, type LockInputs } from './station-lock';

const online: LockInputs = { copy: null, unhosted: null, clock: null, events: [] };
const endex = stationEvent('exercise.ended', {}, { streamSeq: 9 });
const later = stationEvent(
  'observation.recorded',
  { observationId: 'OBS-1', text: 'Hot wash note' },
  { streamSeq: 10 },
);
const clock = (status: string) => ({ status, speed: 1, scenarioMs: 0, wallMs: 0 });

// The engine's own table says which commands stay open after ENDEX (handle-command.ts): the oracle here.
const byAuthority = (authority: string) =>
  (Object.keys(COMMAND_AUTHORITY) as CommandType[]).filter((type) => COMMAND_AUTHORITY[type] === authority);

describe('whether the exercise has ended', () => {
  it('reads the host’s clock, or ENDEX anywhere in the stream (a copy opened without a host has no clock)', () => {
    expect(hasEnded(online)).toBe(false);
    expect(hasEnded({ clock: clock('ended'), events: [] })).toBe(true);
    expect(hasEnded({ clock: null, events: [endex, later] })).toBe(true);
    expect(hasEnded({ clock: clock('running'), events: [later] })).toBe(false);
  });
});

describe('the lock on a station’s commands', () => {
  it('is none while the exercise runs, whether or not the host answers now (commands queue)', () => {
    for (const type of [...byAuthority('player'), ...byAuthority('evaluation')])
      expect(commandLock(online, type)).toBeNull();
  });

  it('after ENDEX closes every player command and leaves evaluation open', () => {
    const ended = { ...online, events: [endex] };
    for (const type of byAuthority('player')) expect(commandLock(ended, type)).toEqual({ kind: 'ended' });
    for (const type of byAuthority('evaluation')) expect(commandLock(ended, type)).toBeNull();
  });

  it('names a copy ahead of the host before anything else, then a refused channel', () => {
    const everything: LockInputs = {
      copy: { kind: 'ahead', held: 12, hostLast: 7 },
      unhosted: 'no such exercise',
      clock: clock('ended'),
      events: [endex],
    };
    expect(commandLock(everything, 'observation/record')).toEqual({ kind: 'ahead', held: 12, hostLast: 7 });
    expect(commandLock({ ...everything, copy: { kind: 'rebuilt', received: 3 } }, 'rating/give')).toEqual({
      kind: 'not-found',
      reason: 'no such exercise',
    });
    expect(lockReason({ kind: 'ahead', held: 12, hostLast: 7 })).toContain('items 8–12');
    expect(lockReason({ kind: 'not-found', reason: 'no such exercise' })).toContain('no such exercise');
  });
});
