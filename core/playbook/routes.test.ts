import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook } from '../../test/fixtures/fixtures';
import { activeStatePaths, enteredStates, routesFired } from './routes';

describe('routes', () => {
  it('lists active state paths with their ancestors', () => {
    expect(activeStatePaths({ full: { meetings: 'idle', measures: 'drafting' } })).toEqual([
      'full',
      'full.meetings',
      'full.meetings.idle',
      'full.measures',
      'full.measures.drafting',
    ]);
    expect(enteredStates('sharing', { full: { meetings: 'idle', measures: 'drafting' } })).toContain(
      'full.measures',
    );
  });

  it('fires a route on its event, within its in-force dates', () => {
    const solidarity = loadMiniPlaybook().mechanisms.get('solidarity')!;
    expect(routesFired(solidarity, { event: 'INVOKE', entered: ['invoked'] }, '2019-01-01')).toHaveLength(1);
    expect(routesFired(solidarity, { event: 'WITHDRAW', entered: ['none'] }, '2019-01-01')).toHaveLength(0);
    const dated = {
      ...solidarity,
      routes: solidarity.routes.map((route) => ({ ...route, inForce: { from: '2020-01-01' } })),
    };
    expect(routesFired(dated, { event: 'INVOKE', entered: ['invoked'] }, '2019-01-01')).toHaveLength(0);
  });
});
