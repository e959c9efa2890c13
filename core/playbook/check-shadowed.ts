import type { LocatedDocument, Problem } from '../documents/index';
import { allStates, resolveTarget, type StateEntry } from './state-tree';
import type { TransitionList, TransitionObject } from './playbook-schema';

/**
 * Transitions no event can ever take. For one event (or timer) a state lists transitions in order, and
 * XState takes the first whose guard passes; after one with no guard, which is always there, the rest are
 * dead: an author who put the guarded case second meant it to be tried first. "Always there" is strict: an
 * earlier transition limited by `inForce`, or leading to a state limited by it, is absent on some dates
 * (build-machine.ts drops it), and a later one can fire then.
 */
export function checkShadowedTransitions(root: StateEntry, located: LocatedDocument): Problem[] {
  const problems: Problem[] = [];
  for (const state of allStates(root)) {
    const lists: Array<['on' | 'timers', string, TransitionList]> = [
      ...Object.entries(state.node.on ?? {}).map(
        ([name, list]) => ['on', name, list] as ['on', string, TransitionList],
      ),
      ...Object.entries(state.node.timers ?? {}).map(
        ([name, list]) => ['timers', name, list] as ['timers', string, TransitionList],
      ),
    ];
    for (const [where, name, list] of lists) {
      if (!Array.isArray(list)) continue;
      const blocker = list.findIndex((item) => alwaysTaken(root, state, item));
      if (blocker < 0) continue;
      for (let index = blocker + 1; index < list.length; index++) {
        const item = list[index]!;
        const what =
          typeof item !== 'string' && item.guard !== undefined ? 'guarded transition' : 'transition';
        const trigger = where === 'on' ? `event ${name}` : `timer ${name}`;
        problems.push(
          located.problemAt(
            [...state.docPath, where, name, index],
            `this ${what} for ${trigger} can never be taken: ${name}[${blocker}] before it has no guard, so ` +
              'XState always takes that one first; put guarded transitions before the unguarded one',
          ),
        );
      }
    }
  }
  return problems;
}

/** A transition with no guard, present on every date, whose target (if any) is in force on every date. */
function alwaysTaken(root: StateEntry, source: StateEntry, item: string | TransitionObject): boolean {
  const transition: TransitionObject = typeof item === 'string' ? { target: item } : item;
  if (transition.guard !== undefined || transition.inForce !== undefined) return false;
  if (transition.target === undefined) return true;
  const target = resolveTarget(root, source, transition.target);
  for (let current: StateEntry | null | undefined = target; current; current = current.parent) {
    if (current.node.inForce !== undefined) return false;
  }
  return target !== undefined;
}
