import type { LocatedDocument, Problem } from '../documents/index';
import type { MechanismDocument } from './playbook-schema';
import {
  allStates,
  isAncestorOrSelf,
  resolveTarget,
  transitionsOf,
  type StateEntry,
  type TransitionEntry,
} from './state-tree';

/**
 * Static checks of one mechanism: targets and initial states exist, every state can be reached, no
 * non-final state is a dead end, and the events the states accept are exactly the events it declares.
 */
export function checkStructure(
  document: MechanismDocument,
  located: LocatedDocument,
  root: StateEntry,
): Problem[] {
  const problems: Problem[] = [];
  const states = allStates(root);
  const transitions = states.flatMap(transitionsOf);
  const targets = new Map<TransitionEntry, StateEntry>();

  for (const state of states) {
    const hasChildren = state.children.length > 0;
    const { type, initial } = state.node;
    const where = state === root ? 'the machine' : `state "${state.key}"`;
    if (type === 'final' && (hasChildren || state.node.on || state.node.timers)) {
      problems.push(
        located.problemAt([...state.docPath, 'type'], `final ${where} cannot have states, on or timers`),
      );
    }
    if (type === 'parallel') {
      if (!hasChildren)
        problems.push(located.problemAt(state.docPath, `parallel ${where} needs regions (states)`));
      if (initial !== undefined) {
        problems.push(
          located.problemAt(
            [...state.docPath, 'initial'],
            `parallel ${where} enters all regions; remove "initial"`,
          ),
        );
      }
    } else if (hasChildren) {
      if (initial === undefined) {
        problems.push(located.problemAt(state.docPath, `${where} has states but no "initial"`));
      } else if (!state.children.some((child) => child.path.at(-1) === initial)) {
        problems.push(
          located.problemAt(
            [...state.docPath, 'initial'],
            `initial state "${initial}" is not one of the states of ${where}`,
          ),
        );
      }
    } else if (initial !== undefined) {
      problems.push(
        located.problemAt([...state.docPath, 'initial'], `${where} has no states for "initial" to name`),
      );
    }
  }

  for (const entry of transitions) {
    const target = entry.transition.target;
    if (target === undefined) continue;
    const resolved = resolveTarget(root, entry.source, target);
    if (resolved) targets.set(entry, resolved);
    else {
      const at = entry.shorthand ? entry.docPath : [...entry.docPath, 'target'];
      problems.push(located.problemAt(at, `transition target "${target}" is not a state of ${document.id}`));
    }
  }

  // Events: accepted ⇔ declared.
  const accepted = new Set(transitions.filter((entry) => entry.kind === 'event').map((entry) => entry.name));
  for (const entry of transitions) {
    if (entry.kind === 'event' && !(entry.name in document.events)) {
      problems.push(
        located.problemAt(entry.docPath, `event ${entry.name} is not declared in "events"`, { atKey: true }),
      );
    }
  }
  for (const [name, event] of Object.entries(document.events)) {
    if (!accepted.has(name)) {
      problems.push(
        located.problemAt(['events', name], `event ${name} is declared but no state accepts it`, {
          atKey: true,
        }),
      );
    }
    if (event.origin === 'decision' && event.owners.length === 0) {
      problems.push(
        located.problemAt(['events', name], `event ${name} has no owner role: who takes this decision?`, {
          atKey: true,
        }),
      );
    }
    if (event.origin === 'route' && event.owners.length > 0) {
      problems.push(
        located.problemAt(
          ['events', name, 'owners'],
          `event ${name} arrives by route only; it cannot have owners`,
        ),
      );
    }
  }

  const reachable = reachableStates(root, transitions, targets);
  for (const state of states) {
    // Report the outermost unreachable state only: its descendants are unreachable for the same reason.
    if (state !== root && !reachable.has(state) && (state.parent === root || reachable.has(state.parent!))) {
      problems.push(
        located.problemAt(state.docPath, `state "${state.key}" cannot be reached from the initial state`, {
          atKey: true,
        }),
      );
    }
  }

  for (const state of states) {
    if (state === root || state.children.length > 0 || state.node.type === 'final') continue;
    if (!canLeave(state, transitions, targets)) {
      problems.push(
        located.problemAt(
          state.docPath,
          `state "${state.key}" is a dead end: no transition leaves it; add one or mark it "type: final"`,
          { atKey: true },
        ),
      );
    }
  }
  return problems;
}

/** States the machine can be in: the initial configuration plus everything transitions can enter. */
function reachableStates(
  root: StateEntry,
  transitions: readonly TransitionEntry[],
  targets: ReadonlyMap<TransitionEntry, StateEntry>,
): Set<StateEntry> {
  const reachable = new Set<StateEntry>();
  const enter = (entry: StateEntry) => {
    if (reachable.has(entry)) return;
    reachable.add(entry);
    if (entry.parent) enter(entry.parent);
    if (entry.node.type === 'parallel') entry.children.forEach(enter);
    else {
      const initial = entry.children.find((child) => child.path.at(-1) === entry.node.initial);
      if (initial) enter(initial);
    }
  };
  enter(root);
  let size = -1;
  while (size !== reachable.size) {
    size = reachable.size;
    for (const entry of transitions) {
      const target = targets.get(entry);
      if (target && reachable.has(entry.source)) enter(target);
    }
  }
  return reachable;
}

/** Can the machine leave this leaf state, through its own transitions or those of an ancestor? */
function canLeave(
  state: StateEntry,
  transitions: readonly TransitionEntry[],
  targets: ReadonlyMap<TransitionEntry, StateEntry>,
): boolean {
  return transitions.some((entry) => {
    const target = targets.get(entry);
    return target !== undefined && isAncestorOrSelf(entry.source, state) && !isAncestorOrSelf(target, state);
  });
}
