import { duplicateProblems, type LocatedDocument, type Problem } from '../documents/index';
import type { ScenarioDocument } from './scenario-schema';

const same = (id: string) => id;

/**
 * Ids a scenario lists twice, beyond those load-scenario.ts and check-injects.ts already refuse (roles,
 * objectives, cases, injects, expected actions within an inject): countries and world actors, a local
 * role's clearances and groups, and an inject's recipients and objectives (a role named twice in `to`
 * would not receive it twice; the second mention is a slip for another role).
 */
export function checkScenarioDuplicates(scenario: ScenarioDocument, located: LocatedDocument): Problem[] {
  const problems = [
    ...duplicateProblems(located, ['world', 'countries'], scenario.world.countries, {
      what: 'country',
      keyOf: (country) => country.id,
      field: 'id',
    }),
    ...duplicateProblems(located, ['world', 'actors'], scenario.world.actors, {
      what: 'actor',
      keyOf: (actor) => actor.id,
      field: 'id',
    }),
  ];
  for (const [index, local] of scenario.roles.local.entries()) {
    const path = ['roles', 'local', index];
    problems.push(
      ...duplicateProblems(located, [...path, 'clearance'], local.clearance, {
        what: 'clearance',
        keyOf: same,
      }),
      ...duplicateProblems(located, [...path, 'groups'], local.groups, { what: 'group', keyOf: same }),
    );
  }
  for (const [index, inject] of scenario.injects.entries()) {
    const path = ['injects', index];
    problems.push(
      ...duplicateProblems(located, [...path, 'to'], inject.to, { what: 'recipient', keyOf: same }),
      ...duplicateProblems(located, [...path, 'objectives'], inject.objectives, {
        what: 'objective',
        keyOf: same,
      }),
    );
  }
  return problems;
}
