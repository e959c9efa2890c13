import { describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../scenario/index';
import type { EngineState, InjectState } from './engine-state';
import { noteInjectReleased, openExpectedFor } from './open-expected-index';

const action = (id: string, role: string, event: string) => ({ id, role, event: { machine: 'ipcr', event } });
// Three injects; B lists its actions in the order EA-2, EA-1, and C has a free-text action.
const scenario = {
  injects: [
    { id: 'A', expectedActions: [action('EA-1', 'presidency', 'ACTIVATE')] },
    {
      id: 'B',
      expectedActions: [action('EA-2', 'presidency', 'ACTIVATE'), action('EA-1', 'presidency', 'ACTIVATE')],
    },
    { id: 'C', expectedActions: [{ id: 'EA-1', role: 'presidency', text: 'logs it' }] },
  ],
} as unknown as ScenarioDocument;

function injectState(id: string, actions: string[]): InjectState {
  return {
    id,
    status: 'waiting',
    dueMs: null,
    releasedMs: null,
    edits: {},
    recipients: {},
    expected: Object.fromEntries(actions.map((actionId) => [actionId, { status: 'open', deadlineMs: null }])),
    adhoc: false,
  };
}

function release(state: EngineState, id: string): void {
  state.injects[id]!.status = 'released';
  noteInjectReleased(state, id);
}

const ACTIVATE = { role: 'presidency', machine: 'ipcr', event: 'ACTIVATE' };
const listed = (state: EngineState, decision = ACTIVATE) =>
  openExpectedFor(state, scenario, decision).map((entry) => `${entry.inject.id}/${entry.action.id}`);

describe('the index of open expected actions', () => {
  it('lists the open actions a decision may meet, in scenario order, as injects are released', () => {
    const state = {
      injects: {
        A: injectState('A', ['EA-1']),
        B: injectState('B', ['EA-2', 'EA-1']),
        C: injectState('C', ['EA-1']),
      },
    } as unknown as EngineState;
    expect(listed(state)).toEqual([]);
    release(state, 'B');
    release(state, 'C');
    expect(listed(state)).toEqual(['B/EA-2', 'B/EA-1']);
    release(state, 'A');
    release(state, 'A'); // heard twice: listed once
    expect(listed(state)).toEqual(['A/EA-1', 'B/EA-2', 'B/EA-1']);
    expect(listed(state, { ...ACTIVATE, role: 'eeas' })).toEqual([]);
  });

  it('drops actions once met or missed, and lists an action again when its inject is released again', () => {
    const state = {
      injects: {
        A: injectState('A', ['EA-1']),
        B: injectState('B', ['EA-2', 'EA-1']),
        C: injectState('C', []),
      },
    } as unknown as EngineState;
    release(state, 'A');
    release(state, 'B');
    expect(listed(state)).toHaveLength(3);
    state.injects.B!.expected['EA-2']!.status = 'met';
    state.injects.A!.expected['EA-1']!.status = 'missed';
    expect(listed(state)).toEqual(['B/EA-1']);
    state.injects.A!.expected['EA-1']!.status = 'open';
    release(state, 'A');
    expect(listed(state)).toEqual(['A/EA-1', 'B/EA-1']);
  });
});
