import { describe, expect, it } from 'vitest';
import type { SettlingEvent } from './expected-status';
import { EXPECTED_STATUSES, expectedStatusAfter, isMetStatus, isUnmetStatus } from './expected-status';

/** A settling event as the engine logs it, with only what the status depends on filled in. */
function settling(type: SettlingEvent['type'], met?: boolean): SettlingEvent {
  const envelope = {
    v: 1,
    seq: 1,
    exerciseId: 'ex-1',
    scenarioMs: 0,
    wallMs: 0,
    commandId: null,
    actor: null,
    marking: null,
    audience: ['control' as const],
  };
  const action = { injectId: 'INJ-1', actionId: 'EA-1' };
  switch (type) {
    case 'expected-action.met':
      return { ...envelope, type, payload: { ...action, decisionId: 'D-1', role: 'ms-a' } };
    case 'expected-action.missed':
      return { ...envelope, type, payload: action };
    case 'expected-action.marked':
      return { ...envelope, type, payload: { ...action, met: met ?? false } };
  }
}

describe('expected-action statuses', () => {
  it.each([
    ['expected-action.met', undefined, 'met'],
    ['expected-action.missed', undefined, 'missed'],
    ['expected-action.marked', true, 'marked-met'],
    ['expected-action.marked', false, 'marked-unmet'],
  ] as const)('%s (met: %s) settles as %s', (type, met, status) => {
    expect(expectedStatusAfter(settling(type, met))).toBe(status);
  });

  it('counts met and marked-met as achieved, missed and marked-unmet as not, and open as neither', () => {
    const table = EXPECTED_STATUSES.map((status) => [status, isMetStatus(status), isUnmetStatus(status)]);
    expect(table).toEqual([
      ['open', false, false],
      ['met', true, false],
      ['missed', false, true],
      ['marked-met', true, false],
      ['marked-unmet', false, true],
    ]);
  });
});
