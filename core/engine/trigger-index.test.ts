import { describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../scenario/index';
import type { EngineState } from './engine-state';
import { decisionTriggerKey, missedTriggerKey, waitingOn } from './trigger-index';

const scenario = {
  injects: [
    { id: 'A', at: 'T+0' },
    { id: 'B', when: { decision: { machine: 'ipcr', event: 'ACTIVATE' } } },
    { id: 'C', when: { state: { machine: 'ipcr', state: 'full' } } },
    { id: 'D', when: { missed: { inject: 'A', action: 'EA-1' } } },
    { id: 'E', when: { decision: { machine: 'ipcr', event: 'ACTIVATE', role: 'presidency' } } },
    { id: 'F', when: { decision: { machine: 'ipcr', event: 'DEACTIVATE' } } },
  ],
} as unknown as ScenarioDocument;

function stateWaiting(ids: string[]): EngineState {
  const injects = Object.fromEntries(
    scenario.injects.map((inject) => [
      inject.id,
      { status: ids.includes(inject.id) ? 'waiting' : 'scheduled' },
    ]),
  );
  return { injects } as unknown as EngineState;
}

const ids = (injects: readonly { id: string }[]) => injects.map((inject) => inject.id);

describe('the trigger index', () => {
  it('lists the injects waiting on each trigger, in scenario order', () => {
    const state = stateWaiting(['B', 'C', 'D', 'E', 'F']);
    expect(ids(waitingOn(state, scenario, 'decision', decisionTriggerKey('ipcr', 'ACTIVATE')))).toEqual([
      'B',
      'E',
    ]);
    expect(ids(waitingOn(state, scenario, 'state', 'ipcr'))).toEqual(['C']);
    expect(ids(waitingOn(state, scenario, 'missed', missedTriggerKey('A', 'EA-1')))).toEqual(['D']);
    expect(waitingOn(state, scenario, 'missed', missedTriggerKey('A', 'EA-2'))).toEqual([]);
    expect(waitingOn(state, scenario, 'state', 'argus')).toEqual([]);
  });

  it('drops injects that no longer wait, per state', () => {
    const state = stateWaiting(['B', 'E']);
    const other = stateWaiting(['B', 'E']);
    const key = decisionTriggerKey('ipcr', 'ACTIVATE');
    expect(ids(waitingOn(state, scenario, 'decision', key))).toEqual(['B', 'E']);
    state.injects.B!.status = 'scheduled';
    expect(ids(waitingOn(state, scenario, 'decision', key))).toEqual(['E']);
    expect(ids(waitingOn(other, scenario, 'decision', key))).toEqual(['B', 'E']);
  });
});
