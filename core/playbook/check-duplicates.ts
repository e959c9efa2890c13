import { duplicateProblems, type LocatedDocument, type Problem } from '../documents/index';
import type { MarkingsDocument, MechanismDocument, RolesDocument } from './playbook-schema';

const same = (id: string) => id;

/**
 * Ids a mechanism lists must each be listed once: a decision's fields by name (a decision with two
 * "reason" fields would take one value for both), a choice's options, an event's owners, the names of its
 * context flags, counters and actors, its expected windows. States and events are mapping keys, which the
 * YAML reader already refuses twice.
 */
export function checkMechanismDuplicates(document: MechanismDocument, located: LocatedDocument): Problem[] {
  const problems: Problem[] = [];
  for (const [name, event] of Object.entries(document.events)) {
    const path = ['events', name];
    problems.push(
      ...duplicateProblems(located, [...path, 'fields'], event.fields, {
        what: `${name} field`,
        keyOf: (field) => field.name,
        field: 'name',
      }),
      ...duplicateProblems(located, [...path, 'owners'], event.owners, { what: 'owner', keyOf: same }),
    );
    for (const [index, field] of (event.fields ?? []).entries()) {
      problems.push(
        ...duplicateProblems(located, [...path, 'fields', index, 'options'], field.options, {
          what: 'option',
          keyOf: same,
        }),
      );
    }
  }
  const context = document.context;
  if (context) {
    for (const list of ['flags', 'counters', 'actors', 'actorSets'] as const) {
      problems.push(
        ...duplicateProblems(located, ['context', list], context[list], {
          what: `context ${list === 'actorSets' ? 'actor set' : list.slice(0, -1)}`,
          keyOf: same,
        }),
      );
    }
  }
  problems.push(
    ...duplicateProblems(located, ['windows'], document.windows, {
      what: 'window',
      keyOf: (window) => window.id,
      field: 'id',
    }),
  );
  return problems;
}

/** Ids listed twice in the roles document beyond organisations and roles: a role's clearances and groups. */
export function checkRolesDuplicates(roles: RolesDocument, located: LocatedDocument): Problem[] {
  return roles.roles.flatMap((role, index) => [
    ...duplicateProblems(located, ['roles', index, 'clearance'], role.clearance, {
      what: 'clearance',
      keyOf: same,
    }),
    ...duplicateProblems(located, ['roles', index, 'groups'], role.groups, { what: 'group', keyOf: same }),
  ]);
}

/** Clearances defined twice, and a clearance a marking is releasable to listed twice. */
export function checkMarkingsDuplicates(markings: MarkingsDocument, located: LocatedDocument): Problem[] {
  return [
    ...duplicateProblems(located, ['clearances'], markings.clearances, {
      what: 'clearance',
      keyOf: (clearance) => clearance.id,
      field: 'id',
    }),
    ...markings.markings.flatMap((marking, index) =>
      duplicateProblems(located, ['markings', index, 'releasableTo'], marking.releasableTo, {
        what: 'clearance',
        keyOf: same,
      }),
    ),
  ];
}
