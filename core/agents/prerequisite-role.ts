import {
  ACTOR_GUARDS,
  GUARD_IMPLEMENTATIONS,
  type GuardEntry,
  type MechanismContext,
} from '../playbook/index';

/**
 * Who of the automated team takes a step the playbook says must come first: the role that wants the later
 * step when it may, else the first owner (sorted) that the step's actor guards let act in the case as it
 * stands — an offer to a request comes from a state other than the requester, since nobody offers to their
 * own request. When no owner passes (or the case is unknown), the wanting role or the first owner, as before.
 */
export function prerequisiteRole(
  owners: readonly string[],
  wanting: string,
  guards: readonly GuardEntry[],
  context: MechanismContext | null,
  groupsOf: (role: string) => readonly string[],
): string {
  const sorted = [...owners].sort();
  const fallback = sorted.includes(wanting) ? wanting : (sorted[0] as string);
  if (context === null) return fallback;
  const candidates = [fallback, ...sorted.filter((role) => role !== fallback)];
  const mayAct = (role: string) =>
    guards
      .filter((guard) => ACTOR_GUARDS.has(guard.type))
      .every((guard) =>
        GUARD_IMPLEMENTATIONS[guard.type]!(
          { context, event: { type: 'prerequisite', actor: { role, groups: groupsOf(role) } } },
          guard.params ?? {},
        ),
      );
  return candidates.find(mayAct) ?? fallback;
}
