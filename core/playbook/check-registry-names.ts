import type { LocatedDocument, PathSegment, Problem } from '../documents/index';
import { guardRefs } from './guard-refs';
import type { ImplementationRef, MechanismDocument } from './playbook-schema';
import { ACTION_NAMES, DELAY_NAMES, GUARD_NAMES, REQUIRED_PARAMS } from './registry';
import { allStates, findState, transitionsOf, type StateEntry } from './state-tree';

/**
 * Every guard, action and delay a mechanism names must exist in the registry, with the parameters its
 * implementation reads, and every flag or counter it touches must be declared in the document's context.
 * XState would silently skip an unknown action and fail only when an unknown guard is first evaluated.
 */
export function checkRegistryNames(
  document: MechanismDocument,
  located: LocatedDocument,
  root: StateEntry,
  knownGroups: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const flags = new Set(document.context?.flags ?? []);
  const counters = new Set(document.context?.counters ?? []);
  const records = new Set(document.context?.actors ?? []);
  const sets = new Set(document.context?.actorSets ?? []);

  const checkRef = (
    ref: ImplementationRef,
    kind: 'guard' | 'action',
    docPath: readonly PathSegment[],
    eventName: string | null,
  ) => {
    const name = typeof ref === 'string' ? ref : ref.type;
    const params = typeof ref === 'string' ? {} : (ref.params ?? {});
    const namePath = typeof ref === 'string' ? docPath : [...docPath, 'type'];
    const known = kind === 'guard' ? GUARD_NAMES : ACTION_NAMES;
    if (!known.includes(name)) {
      problems.push(
        located.problemAt(namePath, `unknown ${kind} "${name}"; the registry has: ${known.join(', ')}`),
      );
      return;
    }
    for (const required of REQUIRED_PARAMS[name] ?? []) {
      if (!(required in params)) {
        problems.push(located.problemAt(docPath, `${kind} "${name}" needs the parameter "${required}"`));
      }
    }
    const paramPath = (param: string) => [...docPath, 'params', param];
    if (typeof params.flag === 'string' && !flags.has(params.flag)) {
      problems.push(
        located.problemAt(paramPath('flag'), `flag "${params.flag}" is not declared in context.flags`),
      );
    }
    if (typeof params.counter === 'string' && !counters.has(params.counter)) {
      problems.push(
        located.problemAt(
          paramPath('counter'),
          `counter "${params.counter}" is not declared in context.counters`,
        ),
      );
    }
    if (typeof params.record === 'string' && !records.has(params.record)) {
      problems.push(
        located.problemAt(paramPath('record'), `record "${params.record}" is not declared in context.actors`),
      );
    }
    if (typeof params.set === 'string' && !sets.has(params.set)) {
      problems.push(
        located.problemAt(paramPath('set'), `set "${params.set}" is not declared in context.actorSets`),
      );
    }
    if (name === 'stateIn' && typeof params.state === 'string' && !findState(root, params.state)) {
      problems.push(
        located.problemAt(paramPath('state'), `no state "${params.state}" (a dotted path from the root)`),
      );
    }
    const groupGuard = name === 'actorInGroup' || name === 'actorNotInGroup';
    if (groupGuard && typeof params.group === 'string' && !knownGroups.has(params.group)) {
      problems.push(located.problemAt(paramPath('group'), `no role is in group "${params.group}"`));
    }
    const fieldGuard = name === 'fieldEquals' || name === 'fieldNotEquals' || name === 'fieldIsNotActor';
    if (fieldGuard && typeof params.field === 'string' && eventName !== null) {
      const fields = document.events[eventName]?.fields ?? [];
      if (!fields.some((field) => field.name === params.field)) {
        problems.push(
          located.problemAt(
            paramPath('field'),
            `event ${eventName} has no field "${params.field}" to compare`,
          ),
        );
      }
    }
  };

  for (const state of allStates(root)) {
    for (const [index, action] of (state.node.entry ?? []).entries()) {
      checkRef(action, 'action', [...state.docPath, 'entry', index], null);
    }
    for (const [index, action] of (state.node.exit ?? []).entries()) {
      checkRef(action, 'action', [...state.docPath, 'exit', index], null);
    }
    for (const entry of transitionsOf(state)) {
      if (entry.kind === 'timer' && !DELAY_NAMES.includes(entry.name)) {
        problems.push(
          located.problemAt(
            entry.docPath,
            `unknown delay "${entry.name}"; the registry has: ${DELAY_NAMES.join(', ')}`,
            { atKey: true },
          ),
        );
      }
      const eventName = entry.kind === 'event' ? entry.name : null;
      const guard = entry.transition.guard;
      for (const [index, ref] of guardRefs(guard).entries()) {
        const at = Array.isArray(guard) ? [...entry.docPath, 'guard', index] : [...entry.docPath, 'guard'];
        checkRef(ref.params ? { type: ref.type, params: ref.params } : ref.type, 'guard', at, eventName);
      }
      for (const [index, action] of (entry.transition.actions ?? []).entries()) {
        checkRef(action, 'action', [...entry.docPath, 'actions', index], eventName);
      }
    }
  }
  return problems;
}
