import { describe, expect, it } from 'vitest';
import { routeHash } from '../components/index';
import { routeOfGrant } from './grant-route';

const grant = (kind: 'player' | 'control' | 'evaluator' | 'observer', roles: string[]) =>
  ({ ok: true, token: 't', exerciseId: 'ex 1', stationId: 'st-1', roles, kind }) as const;

describe('where a granted station goes', () => {
  it('is the evaluator’s screen for an evaluator, the station of the host’s roles for everyone else', () => {
    expect(routeHash(routeOfGrant(grant('evaluator', ['lead-evaluator'])))).toBe(
      '#/evaluator/ex%201/lead-evaluator',
    );
    expect(routeHash(routeOfGrant(grant('player', ['ms-a', 'ms-b'])))).toBe('#/station/ex%201/ms-a,ms-b');
    expect(routeHash(routeOfGrant(grant('observer', ['observer'])))).toBe('#/station/ex%201/observer');
    expect(routeHash(routeOfGrant(grant('control', ['simcell'])))).toBe('#/station/ex%201/simcell');
  });
});
