import { describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../../core/index';
import { portBlast, stationEvent } from '../../test/fixtures/station-events';
import { linkOptions } from './observation-links';

// Only what linkOptions reads of a scenario: its injects' ids and titles, and the roles in play.
const scenario = {
  injects: [{ id: 'INJ-1', title: 'Explosion in the port (scenario title)' }],
  roles: { play: ['ms-a', 'ms-b'] },
} as unknown as ScenarioDocument;

const decision = (decisionId: string, actingAs: string | null) =>
  stationEvent(
    'decision.taken',
    {
      decisionId,
      actorKey: 'crisis',
      machine: 'ipcr',
      instance: null,
      event: 'ACTIVATE_FULL',
      fields: {},
      rationale: null,
    },
    { actingAs },
  );

const events = [
  stationEvent('inject.released', {
    injectId: 'INJ-1',
    content: portBlast(),
    deadlines: {},
    cause: 'schedule',
    adhoc: false,
  }),
  decision('D-1', 'ms-a'),
  // An inject the scenario does not list (added during play) keeps the title it was released with.
  stationEvent('inject.released', {
    injectId: 'ADHOC-1',
    content: portBlast({ title: 'Ad hoc rumour' }),
    deadlines: {},
    cause: 'adhoc',
    adhoc: true,
  }),
  decision('D-2', null),
  stationEvent('inject.delivered', { injectId: 'INJ-1', role: 'ms-a', content: portBlast() }),
];

const ROLES: Record<string, string> = { 'ms-a': 'Member State A', 'ms-b': 'Member State B' };
const words = {
  role: (id: string) => ROLES[id] ?? `??${id}`,
  decision: (machine: string, event: string) => `${machine.toUpperCase()}: ${event.toLowerCase()}`,
};

describe('linkOptions', () => {
  it('offers released injects in order with the scenario’s titles, decisions newest first, roles in play', () => {
    // In words: the ids are only the values (the fixture's events fall at T+1s, T+2s, …).
    expect(linkOptions(events, scenario, words)).toEqual({
      injects: [
        { value: 'INJ-1', label: 'Explosion in the port (scenario title)' },
        { value: 'ADHOC-1', label: 'Ad hoc rumour' },
      ],
      decisions: [
        { value: 'D-2', label: 'T+00:00:04 · IPCR: activate_full' },
        { value: 'D-1', label: 'T+00:00:02 · Member State A · IPCR: activate_full' },
      ],
      roles: [
        { value: 'ms-a', label: 'Member State A' },
        { value: 'ms-b', label: 'Member State B' },
      ],
    });
  });

  it('offers nothing to link before anything happened, except the roles', () => {
    expect(linkOptions([], scenario, words)).toMatchObject({ injects: [], decisions: [] });
  });
});
