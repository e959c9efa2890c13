import { describe, expect, it } from 'vitest';
import type { ExerciseView, StationPresence } from '../../core/index';
import { stationReadiness } from './station-readiness';

function viewWith(autoPlay: Record<string, string>, presence: Partial<StationPresence>[]) {
  const roles = new Map<string, { id: string; audience: string }>();
  for (const id of ['presidency', 'ms-a', 'ms-c', 'nac']) roles.set(id, { id, audience: 'players' });
  roles.set('excon', { id: 'excon', audience: 'control' });
  return {
    roles,
    state: { autoPlay },
    presence: () => presence,
  } as unknown as Pick<ExerciseView, 'roles' | 'state' | 'presence'>;
}

describe('station readiness before STARTEX', () => {
  it('says for each player role, in order, whether a station is open, an agent plays it, or nobody yet', () => {
    const view = viewWith({ nac: 'doctrine' }, [
      { role: 'ms-a', station: 'laptop-3', connected: true },
      // A station that came and went does not make its role ready.
      { role: 'ms-c', station: 'tablet', connected: false },
    ]);
    expect(stationReadiness(view)).toEqual([
      { role: 'presidency', readiness: 'missing' },
      { role: 'ms-a', readiness: 'station' },
      { role: 'ms-c', readiness: 'missing' },
      { role: 'nac', readiness: 'agent' },
    ]);
  });

  it('leaves control roles out: they are at the console', () => {
    expect(stationReadiness(viewWith({}, [])).map((entry) => entry.role)).not.toContain('excon');
  });
});
