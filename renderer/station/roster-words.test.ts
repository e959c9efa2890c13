import { describe, expect, it } from 'vitest';
import type { StationRoster } from '../../core/index';
import { decisionTitle, markingChoices, playerChoices, recipientChoices } from './roster-words';

type RosterRole = StationRoster['roles'][number];

const role = (id: string, title: string, audience: RosterRole['audience']): RosterRole => ({
  id,
  title,
  organisation: 'EU',
  side: 'eu',
  clearance: [],
  audience,
  local: false,
  simulated: false,
});

const roster: StationRoster = {
  exerciseId: 'ex-1',
  role: 'ms-a',
  roles: [
    role('ms-a', 'Member State A', 'players'),
    role('excon', 'Exercise Control', 'control'),
    role('ms-b', 'Member State B', 'players'),
    role('eval', 'Evaluator', 'evaluation'),
  ],
  // A recipient the roster has no title for keeps its id.
  recipients: ['ms-b', 'press-office'],
  markings: [
    { id: 'PUBLIC', title: 'Public' },
    { id: 'EU-ONLY', title: 'EU only' },
  ],
  mechanisms: [
    {
      id: 'ipcr',
      title: 'IPCR',
      caseLabel: null,
      decisions: [{ event: 'ACTIVATE_FULL', title: 'Activate in full mode' }],
    },
  ],
};

describe('roster words', () => {
  it('lists recipients with their titles, an unknown one by its id', () => {
    expect(recipientChoices(roster)).toEqual([
      { id: 'ms-b', title: 'Member State B' },
      { id: 'press-office', title: 'press-office' },
    ]);
  });

  it('offers only player roles, this one included, for a decision’s role field', () => {
    expect(playerChoices(roster)).toEqual([
      { id: 'ms-a', title: 'Member State A' },
      { id: 'ms-b', title: 'Member State B' },
    ]);
  });

  it('offers the roster’s markings as they are', () => {
    expect(markingChoices(roster)).toEqual([
      { id: 'PUBLIC', title: 'Public' },
      { id: 'EU-ONLY', title: 'EU only' },
    ]);
  });

  it('titles a decision by mechanism and event, falling back to the event name', () => {
    expect(decisionTitle(roster, 'ipcr', 'ACTIVATE_FULL')).toBe('Activate in full mode');
    expect(decisionTitle(roster, 'ipcr', 'DEACTIVATE')).toBe('DEACTIVATE');
    expect(decisionTitle(roster, 'ucpm', 'ACTIVATE_FULL')).toBe('ACTIVATE_FULL');
  });

  it('has empty lists and ids for words before any roster arrived', () => {
    expect(recipientChoices(null)).toEqual([]);
    expect(playerChoices(null)).toEqual([]);
    expect(markingChoices(null)).toEqual([]);
    expect(decisionTitle(null, 'ipcr', 'ACTIVATE_FULL')).toBe('ACTIVATE_FULL');
  });
});
