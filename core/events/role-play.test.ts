import { describe, expect, it } from 'vitest';
import { agentPolicyNamed, AGENT_POLICIES, ROLE_PLAYS } from './role-play';

describe('how roles are played', () => {
  it('names the three policies, and the two ways people play besides them', () => {
    expect(AGENT_POLICIES).toEqual(['doctrine', 'late', 'random']);
    expect(ROLE_PLAYS).toEqual(['station', 'by-hand', 'doctrine', 'late', 'random']);
  });

  it('reads a policy from text, and nothing else as one', () => {
    expect(
      ['doctrine', 'late', 'random', 'station', 'Doctrine', '', null, undefined].map(agentPolicyNamed),
    ).toEqual(['doctrine', 'late', 'random', null, null, null, null, null]);
  });
});
