import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook } from '../../test/fixtures/fixtures';
import { agentStation, creditIn, creditOf, isAgentStation } from './actor-credit';

const CONTROL = new Set(['excon', 'simcell', 'nato-white-cell']);
const isControl = (role: string) => CONTROL.has(role);

describe('creditOf', () => {
  // A hand-built log's actors, each with the credit a reader of the log would give it.
  const cases = [
    {
      what: 'a timer or a route',
      actor: null,
      credit: { kind: 'engine', role: null, through: null, policy: null },
    },
    {
      what: 'a player at its own station',
      actor: { role: 'ms-affected', station: 'station-6af', actingAs: null },
      credit: { kind: 'person', role: 'ms-affected', through: null, policy: null },
    },
    {
      what: 'an evaluator at the evaluator station',
      actor: { role: 'lead-evaluator', station: 'station-evaluator', actingAs: null },
      credit: { kind: 'person', role: 'lead-evaluator', through: null, policy: null },
    },
    {
      what: 'EXCON releasing an inject at the console',
      actor: { role: 'excon', station: 'console', actingAs: null },
      credit: { kind: 'control', role: 'excon', through: null, policy: null },
    },
    {
      what: 'the white cell acting by hand for a body not in play',
      actor: { role: 'nato-white-cell', station: 'station-nato-white-cell', actingAs: 'nac' },
      credit: { kind: 'control', role: 'nac', through: 'nato-white-cell', policy: null },
    },
    {
      what: 'an automated role sending through EXCON',
      actor: { role: 'excon', station: 'agent:doctrine', actingAs: 'eu-sitroom' },
      credit: { kind: 'automated', role: 'eu-sitroom', through: 'excon', policy: 'doctrine' },
    },
    {
      what: 'an automated marker in the evaluator’s name',
      actor: { role: 'lead-evaluator', station: 'agent:late', actingAs: null },
      credit: { kind: 'automated', role: 'lead-evaluator', through: null, policy: 'late' },
    },
  ] as const;

  for (const { what, actor, credit } of cases) {
    it(`credits ${what}`, () => {
      expect(creditOf(actor, isControl)).toEqual(credit);
    });
  }

  it('never credits an automated role to the control role it sends through', () => {
    const credit = creditOf({ role: 'excon', station: 'agent:random', actingAs: 'psc' }, isControl);
    expect(credit.kind).not.toBe('control');
    expect(credit.role).toBe('psc');
  });
});

describe('agent stations', () => {
  it('names the station of a policy and recognises only those', () => {
    expect(agentStation('doctrine')).toBe('agent:doctrine');
    expect(isAgentStation('agent:doctrine')).toBe(true);
    expect(isAgentStation('console')).toBe(false);
    expect(isAgentStation('station-agent')).toBe(false);
    expect(isAgentStation(null)).toBe(false);
  });
});

describe('creditIn', () => {
  // The mini playbook's roles.yaml: excon and simcell have the control audience, ms-a is a player.
  const playbook = loadMiniPlaybook();

  it('takes the control roles from the playbook', () => {
    expect(creditIn(playbook, { role: 'simcell', station: 'console', actingAs: null }).kind).toBe('control');
    expect(creditIn(playbook, { role: 'ms-a', station: 'station-1', actingAs: null }).kind).toBe('person');
    expect(creditIn(playbook, { role: 'excon', station: 'agent:doctrine', actingAs: 'ms-a' })).toEqual({
      kind: 'automated',
      role: 'ms-a',
      through: 'excon',
      policy: 'doctrine',
    });
  });
});
