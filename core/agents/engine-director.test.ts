import { describe, expect, it } from 'vitest';
import type { EngineRole } from '../engine/index';
import { agentIssuers } from './engine-director';

const role = (id: string, audience: EngineRole['audience']): [string, EngineRole] => [
  id,
  { id, title: id, audience, clearance: [], groups: [], local: false },
];

describe('who the agents issue their commands through', () => {
  it('is EXCON for control, and an evaluator for free-text marks when there is one', () => {
    const roles = new Map([role('ms-a', 'players'), role('simcell', 'control'), role('excon', 'control')]);
    expect(agentIssuers(roles)).toEqual({ controlRole: 'excon', markerRole: 'excon' });
    roles.set(...role('lead-evaluator', 'evaluation'));
    expect(agentIssuers(roles)).toEqual({ controlRole: 'excon', markerRole: 'lead-evaluator' });
  });

  it('is another control role without EXCON, and nobody without any', () => {
    expect(agentIssuers(new Map([role('ms-a', 'players'), role('white-cell', 'control')]))).toEqual({
      controlRole: 'white-cell',
      markerRole: 'white-cell',
    });
    expect(agentIssuers(new Map([role('ms-a', 'players'), role('observer', 'observers')]))).toBeNull();
  });
});
