import { describe, expect, it } from 'vitest';
import { deadlineIndexOf, noteInjectChange } from './deadline-index';
import type { EngineState, InjectState } from './engine-state';

function inject(id: string, fields: Partial<InjectState>): InjectState {
  return {
    id,
    status: 'waiting',
    dueMs: null,
    releasedMs: null,
    edits: {},
    recipients: {},
    expected: {},
    adhoc: false,
    ...fields,
  };
}

function stateWith(injects: InjectState[]): EngineState {
  return { injects: Object.fromEntries(injects.map((entry) => [entry.id, entry])) } as unknown as EngineState;
}

describe('the deadline index', () => {
  it('gives the earliest release and window the state holds, ties broken by id', () => {
    const state = stateWith([
      inject('B', { status: 'scheduled', dueMs: 500 }),
      inject('A', { status: 'scheduled', dueMs: 500 }),
      inject('C', { status: 'released', expected: { 'EA-2': { status: 'open', deadlineMs: 300 } } }),
      inject('D', { status: 'waiting' }),
    ]);
    const index = deadlineIndexOf(state);
    expect(index.nextRelease()).toEqual({ kind: 'release', dueMs: 500, id: 'A' });
    expect(index.nextWindow()).toEqual({
      kind: 'window',
      dueMs: 300,
      id: 'C/EA-2',
      injectId: 'C',
      actionId: 'EA-2',
    });
  });

  it('drops entries the state no longer holds and adds the changes it hears of', () => {
    const state = stateWith([
      inject('A', { status: 'scheduled', dueMs: 100 }),
      inject('B', { status: 'scheduled', dueMs: 200 }),
      inject('W', { status: 'waiting' }),
    ]);
    const index = deadlineIndexOf(state);
    expect(index.nextRelease()?.id).toBe('A');
    // A is released: its entry is stale, and its window now counts.
    Object.assign(state.injects.A!, {
      status: 'released',
      expected: { 'EA-1': { status: 'open', deadlineMs: 900 } },
    });
    noteInjectChange(state, 'A');
    expect(index.nextRelease()?.id).toBe('B');
    expect(index.nextWindow()?.dueMs).toBe(900);
    // B is rescheduled later and W is triggered earlier: the old time of B must not come back.
    state.injects.B!.dueMs = 700;
    noteInjectChange(state, 'B');
    Object.assign(state.injects.W!, { status: 'scheduled', dueMs: 400 });
    noteInjectChange(state, 'W');
    expect(index.nextRelease()).toEqual({ kind: 'release', dueMs: 400, id: 'W' });
    state.injects.W!.status = 'held';
    expect(index.nextRelease()).toEqual({ kind: 'release', dueMs: 700, id: 'B' });
    // The window is met: nothing is left of it.
    state.injects.A!.expected['EA-1']!.status = 'met';
    expect(index.nextWindow()).toBeUndefined();
  });

  it('is kept per state: another state of the same injects has its own', () => {
    const first = stateWith([inject('A', { status: 'scheduled', dueMs: 100 })]);
    const second = stateWith([inject('A', { status: 'scheduled', dueMs: 300 })]);
    expect(deadlineIndexOf(first).nextRelease()?.dueMs).toBe(100);
    expect(deadlineIndexOf(second).nextRelease()?.dueMs).toBe(300);
  });
});
