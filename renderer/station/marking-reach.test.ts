import { describe, expect, it } from 'vitest';
import type { StationRoster } from '../../core/index';
import { recipientsNotCleared } from './marking-reach';

const role = (id: string, clearance: string[]) => ({
  id,
  title: id,
  organisation: id,
  side: 'eu' as const,
  clearance,
  audience: 'players' as const,
  local: false,
  simulated: false,
});

// A roster as the host sends it: the roles' clearances, and the tags each marking is releasable to.
const roster: StationRoster = {
  exerciseId: 'ex-1',
  role: 'eu-liaison',
  roles: [role('ms-a', ['eu']), role('nac', ['nato']), role('liaison', ['eu', 'nato'])],
  recipients: ['ms-a', 'nac', 'liaison'],
  markings: [
    { id: 'PUBLIC', title: 'Public', releasableTo: [] },
    { id: 'EU-ONLY', title: 'EU only', releasableTo: ['eu'] },
    { id: 'REL-EU-NATO', title: 'EU and NATO', releasableTo: ['eu', 'nato'] },
  ],
  mechanisms: [],
};

describe('recipientsNotCleared', () => {
  it('names the recipients whose clearance the marking does not reach', () => {
    expect(recipientsNotCleared(roster, 'EU-ONLY', ['ms-a', 'nac', 'liaison'])).toEqual(['nac']);
    expect(recipientsNotCleared(roster, 'REL-EU-NATO', ['ms-a', 'nac', 'liaison'])).toEqual([]);
    expect(recipientsNotCleared(roster, 'PUBLIC', ['nac'])).toEqual([]);
  });

  it('claims nothing without a roster, or with one stored before markings carried their tags', () => {
    expect(recipientsNotCleared(null, 'EU-ONLY', ['nac'])).toBeNull();
    const older = { ...roster, markings: [{ id: 'EU-ONLY', title: 'EU only' }] };
    expect(recipientsNotCleared(older, 'EU-ONLY', ['nac'])).toBeNull();
  });
});
