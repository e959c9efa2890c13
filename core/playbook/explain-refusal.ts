import { isInForce } from '../documents/index';
import { guardRefs, type GuardEntry } from './guard-refs';
import type { MechanismDocument } from './playbook-schema';
import { ACTOR_GUARDS, GUARD_IMPLEMENTATIONS, type MechanismContext, type MechanismEvent } from './registry';
import { activeStatePaths, type StateValue } from './routes';
import { allStates, buildStateTree, transitionsOf } from './state-tree';

/** Why a mechanism refuses a decision it handles in its current state: the first guard that does not hold. */
export interface GuardRefusal {
  /** `not-allowed` when the acting role is the wrong one; `invalid-command` for a field; else `not-now`. */
  code: 'not-allowed' | 'invalid-command' | 'not-now';
  reason: string;
  /** The command field at fault, for a field guard. */
  field?: string;
}

/** How the engine names a role in a refusal (its title). */
export type RoleTitle = (role: string) => string;

/** Guards on a decision's field: a refusal names the field at fault. */
const FIELD_GUARDS = new Set(['fieldEquals', 'fieldNotEquals', 'fieldIsNotActor']);

/**
 * Explain a refusal in the words of the guard that stopped it: the document's `refusal` text when the
 * author wrote one, else a sentence built from the guard and the case's records. Null when no transition
 * for the event is declared in the active states at all (the event is simply not accepted here), or when
 * every guard holds (nothing to explain).
 */
export function explainRefusal(
  document: MechanismDocument,
  date: string,
  value: StateValue,
  context: MechanismContext,
  event: MechanismEvent,
  title: RoleTitle,
): GuardRefusal | null {
  const root = buildStateTree(document);
  const active = new Set(activeStatePaths(value));
  const candidates = allStates(root)
    .filter((entry) => entry === root || (active.has(entry.key) && isInForce(entry.node.inForce, date)))
    .sort((a, b) => b.path.length - a.path.length)
    .flatMap((entry) => transitionsOf(entry))
    .filter((item) => item.kind === 'event' && item.name === event.type)
    .filter((item) => isInForce(item.transition.inForce, date));
  for (const candidate of candidates) {
    for (const ref of guardRefs(candidate.transition.guard)) {
      if (holds(ref, context, event, active)) continue;
      return refusalOf(document, ref, context, event, title);
    }
  }
  return null;
}

function holds(
  ref: GuardEntry,
  context: MechanismContext,
  event: MechanismEvent,
  active: ReadonlySet<string>,
): boolean {
  const params = ref.params ?? {};
  if (ref.type === 'stateIn') return active.has(String(params.state));
  const implementation = GUARD_IMPLEMENTATIONS[ref.type];
  return implementation ? implementation({ context, event }, params) : false;
}

function refusalOf(
  document: MechanismDocument,
  ref: GuardEntry,
  context: MechanismContext,
  event: MechanismEvent,
  title: RoleTitle,
): GuardRefusal {
  const params = ref.params ?? {};
  const code = ACTOR_GUARDS.has(ref.type) ? 'not-allowed' : 'not-now';
  if (FIELD_GUARDS.has(ref.type)) {
    const field = String(params.field);
    const label = document.events[event.type]?.fields?.find((item) => item.name === field)?.label ?? field;
    const named = title(String(context.actors?.[String(params.record)] ?? ''));
    const defaults: Record<string, string> = {
      fieldEquals: `"${label}" must be ${String(params.value)}`,
      fieldNotEquals: `"${label}" may not be ${String(params.value)}`,
      fieldIsNotActor: `"${label}" may not be ${named}, the ${String(params.record)}`,
    };
    return {
      code: 'invalid-command',
      reason: ref.refusal ?? defaults[ref.type] ?? `"${label}" is not allowed here`,
      field: `payload.fields.${field}`,
    };
  }
  const actor = event.actor ? title(event.actor.role) : 'this role';
  const recorded = context.actors?.[String(params.record)] ?? null;
  const members = (context.actorSets?.[String(params.set)] ?? []).map(title);
  if (ref.type === 'actorIs' && recorded === null) {
    return { code: 'not-now', reason: ref.refusal ?? `no ${String(params.record)} is recorded yet` };
  }
  const defaults: Record<string, string> = {
    actorInGroup: `${actor} is not in the group "${String(params.group)}"`,
    actorNotInGroup: `${actor} is in the group "${String(params.group)}"`,
    actorIs: `only ${title(recorded ?? '')}, the ${String(params.record)}, may take it`,
    actorIsNot: `${actor} is the ${String(params.record)}`,
    actorIn: `${actor} is not among the ${String(params.set)}`,
    actorNotIn: `${actor} is already among the ${String(params.set)}`,
    noActors: `the ${String(params.set)} stand: ${members.join(', ')}`,
    stateIn: `not before "${String(params.state)}"`,
    flagSet: `not before "${String(params.flag)}"`,
    flagNotSet: `not while "${String(params.flag)}" stands`,
    counterAtLeast: `needs at least ${String(params.value)} "${String(params.counter)}"`,
    counterIsZero: `not while there are "${String(params.counter)}"`,
  };
  return { code, reason: ref.refusal ?? defaults[ref.type] ?? `the guard "${ref.type}" does not hold` };
}
