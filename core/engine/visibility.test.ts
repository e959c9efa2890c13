import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook } from '../../test/fixtures/fixtures';
import type { AudienceEntry } from '../ports/index';
import type { EngineRole } from './roles';
import { canRoleSee, CONTROL_ONLY, EVERYONE, toRole } from './visibility';

const playbook = loadMiniPlaybook();

const role = (id: string, audience: EngineRole['audience'], clearance: string[]): EngineRole => ({
  id,
  title: id,
  audience,
  clearance,
  groups: [],
  local: false,
});

/** The mini playbook's clearances: ms-c is EU only, nac NATO only; control and evaluation hold none here. */
const ROLES = {
  msC: role('ms-c', 'players', ['eu']),
  nac: role('nac', 'players', ['nato']),
  observer: role('observer', 'observers', ['eu']),
  evaluator: role('evaluator', 'evaluation', []),
  excon: role('excon', 'control', []),
};

const everyone: AudienceEntry[] = ['players', 'control', 'evaluation'];
const controlOnly: AudienceEntry[] = ['control', 'evaluation'];
const toMsC: AudienceEntry[] = ['role:ms-c', 'control', 'evaluation'];
const toNac: AudienceEntry[] = ['role:nac', 'control', 'evaluation'];

// Both axes by hand (docs/event-log.md, "audience"): a player or observer needs the event addressed to players
// or to its own role, and a clearance the marking is releasable to (PUBLIC to everyone); control and
// evaluation see everything, whatever the marking.
// Columns: audience, marking, then whether ms-c, nac, the observer, the evaluator and EXCON see it.
const TABLE: [AudienceEntry[], string | null, boolean, boolean, boolean, boolean, boolean][] = [
  [everyone, 'PUBLIC', true, true, true, true, true],
  [everyone, null, true, true, true, true, true],
  [everyone, 'EU-ONLY', true, false, true, true, true],
  [everyone, 'NATO-ONLY', false, true, false, true, true],
  [everyone, 'REL-EU-NATO', true, true, true, true, true],
  [everyone, 'NO-SUCH-MARKING', false, false, false, true, true],
  [controlOnly, null, false, false, false, true, true],
  [controlOnly, 'PUBLIC', false, false, false, true, true],
  [toMsC, 'EU-ONLY', true, false, false, true, true],
  [toMsC, 'NATO-ONLY', false, false, false, true, true],
  [toNac, 'EU-ONLY', false, false, false, true, true],
  [toNac, 'PUBLIC', false, true, false, true, true],
];

describe('who may see an event', () => {
  it.each(TABLE)(
    'audience %j, marking %s: ms-c %s, nac %s, observer %s, evaluator %s, excon %s',
    (audience, marking, ...seen) => {
      const who = [ROLES.msC, ROLES.nac, ROLES.observer, ROLES.evaluator, ROLES.excon];
      expect(who.map((viewer) => canRoleSee(playbook, viewer, { audience, marking }))).toEqual(seen);
    },
  );

  it('writes the audiences the engine stamps on its events', () => {
    expect(EVERYONE).toEqual(['players', 'control', 'evaluation']);
    expect(CONTROL_ONLY).toEqual(['control', 'evaluation']);
    expect(toRole('ms-c')).toEqual(['role:ms-c', 'control', 'evaluation']);
  });
});
