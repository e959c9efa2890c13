import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './route';

describe('routes in the URL hash', () => {
  it('reads each screen and falls back to Home', () => {
    expect(parseRoute('')).toEqual({ screen: 'home' });
    expect(parseRoute('#/console/ex-1')).toEqual({ screen: 'console', exerciseId: 'ex-1' });
    expect(parseRoute('#/station/ex-1/ms-a,eu-sitroom')).toEqual({
      screen: 'station',
      exerciseId: 'ex-1',
      roles: ['ms-a', 'eu-sitroom'],
    });
    expect(parseRoute('#/evaluator/ex-1')).toEqual({
      screen: 'evaluator',
      exerciseId: 'ex-1',
      role: 'evaluator',
    });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ screen: 'home' });
  });

  it('writes what it reads, for any exercise id and roles', () => {
    const id = fc.string({ minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(
        id,
        fc.array(
          id.filter((role) => !role.includes(',')),
          { minLength: 1, maxLength: 3 },
        ),
        (exerciseId, roles) => {
          const routes: Route[] = [
            { screen: 'console', exerciseId },
            { screen: 'station', exerciseId, roles },
            { screen: 'evaluator', exerciseId, role: roles[0] as string },
          ];
          for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
        },
      ),
      { seed: 3, numRuns: 200 },
    );
  });
});
