import type { JoinAnswer } from '../../core/index';
import type { Route } from '../components/index';

/** Where a station goes once the host granted it: its roles, as the host named them (never as typed). */
export function routeOfGrant(grant: Extract<JoinAnswer, { ok: true }>): Route {
  if (grant.kind === 'evaluator')
    return { screen: 'evaluator', exerciseId: grant.exerciseId, role: grant.roles[0] ?? 'evaluator' };
  return { screen: 'station', exerciseId: grant.exerciseId, roles: [...grant.roles] };
}
