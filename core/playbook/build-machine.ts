import { and, stateIn } from 'xstate';
import { isInForce } from '../documents/index';
import { guardRefs } from './guard-refs';
import type {
  Guard,
  ImplementationRef,
  MechanismDocument,
  StateNode,
  TransitionList,
} from './playbook-schema';
import { mechanismSetup, type MechanismContext } from './registry';
import { buildStateTree, findState, resolveTarget, type StateEntry } from './state-tree';

/** The XState machine every mechanism becomes: one registry, one context shape. */
export type MechanismMachine = ReturnType<typeof buildMechanismMachine>;

/** The event type under which a named delay fires (the engine sends it when the deadline passes). */
export function timerEventType(delay: string): string {
  return `timer.${delay}`;
}

type XStateRef = string | { type: string; params?: Record<string, string | number | boolean> };
type XStateGuard = XStateRef | ReturnType<typeof stateIn> | ReturnType<typeof and>;
type XStateTransition = { target?: string; guard?: XStateGuard; actions?: XStateRef[]; description?: string };

function toRef(ref: ImplementationRef): XStateRef {
  return typeof ref === 'string'
    ? ref
    : ref.params
      ? { type: ref.type, params: ref.params }
      : { type: ref.type };
}

/** A state no guard can be in: a `stateIn` naming a state not in force on the date never holds. */
const NEVER = () => false;

/**
 * Convert a checked mechanism document into an XState machine for a scenario's in-world date: transitions,
 * timers and events not in force on that date are left out, and every target becomes an absolute `#id`
 * reference so nested states can never resolve a name differently from the loader's checks.
 *
 * Call only on documents that passed the loader's checks; it does not report problems itself.
 */
export function buildMechanismMachine(document: MechanismDocument, date: string) {
  const root = buildStateTree(document);
  const eventInForce = (name: string) => isInForce(document.events[name]?.inForce, date);

  // `stateIn` is XState's own guard over the whole snapshot (registry guards see only context and event):
  // it becomes an absolute `#id` reference, like targets.
  const convertOne = (ref: ReturnType<typeof guardRefs>[number]): XStateGuard => {
    if (ref.type !== 'stateIn') return toRef(ref.params ? { type: ref.type, params: ref.params } : ref.type);
    const state = findState(root, String(ref.params?.state ?? ''));
    const inForce = state !== undefined && statePathInForce(state);
    return inForce ? stateIn(`#${[document.id, ...state.path].join('.')}`) : NEVER;
  };
  const convertGuard = (guard: Guard): XStateGuard => {
    const refs = guardRefs(guard);
    return refs.length === 1 ? convertOne(refs[0]!) : and(refs.map(convertOne) as never);
  };
  const statePathInForce = (state: StateEntry): boolean =>
    state.parent === null || (isInForce(state.node.inForce, date) && statePathInForce(state.parent));

  const convertList = (source: StateEntry, list: TransitionList): XStateTransition[] => {
    const items = Array.isArray(list) ? list : [list];
    const out: XStateTransition[] = [];
    for (const item of items) {
      const transition = typeof item === 'string' ? { target: item } : item;
      if (!isInForce(transition.inForce, date)) continue;
      const converted: XStateTransition = {};
      if (transition.target !== undefined) {
        const target = resolveTarget(root, source, transition.target);
        if (!target || !isInForce(target.node.inForce, date)) continue;
        converted.target = `#${[document.id, ...target.path].join('.')}`;
      }
      if (transition.guard !== undefined) converted.guard = convertGuard(transition.guard);
      if (transition.actions) converted.actions = transition.actions.map(toRef);
      if (transition.description) converted.description = transition.description;
      out.push(converted);
    }
    return out;
  };

  const convertOn = (entry: StateEntry) => {
    const on: Record<string, XStateTransition[]> = {};
    for (const [name, list] of Object.entries(entry.node.on ?? {})) {
      if (!eventInForce(name)) continue;
      const converted = convertList(entry, list);
      if (converted.length > 0) on[name] = converted;
    }
    for (const [delay, list] of Object.entries(entry.node.timers ?? {})) {
      const converted = convertList(entry, list);
      if (converted.length > 0) on[timerEventType(delay)] = converted;
    }
    return on;
  };

  const activeTimers = (node: StateNode) =>
    Object.entries(node.timers ?? {})
      .filter(([, list]) =>
        (Array.isArray(list) ? list : [list]).some(
          (item) => typeof item === 'string' || isInForce(item.inForce, date),
        ),
      )
      .map(([delay]) => delay);

  const convertState = (entry: StateEntry): Record<string, unknown> => {
    const node = entry.node;
    const config: Record<string, unknown> = {
      on: convertOn(entry),
      meta: { phase: node.phase ?? null, timers: activeTimers(node), description: node.description ?? null },
    };
    if (node.type) config.type = node.type;
    if (node.initial) config.initial = node.initial;
    if (node.entry) config.entry = node.entry.map(toRef);
    if (node.exit) config.exit = node.exit.map(toRef);
    // A parallel region not yet in force is left out, so an instrument that does not exist yet (NIS2
    // reporting before October 2024) does not even show an idle state on the board.
    const children =
      node.type === 'parallel'
        ? entry.children.filter((child) => isInForce(child.node.inForce, date))
        : entry.children;
    if (children.length > 0) {
      config.states = Object.fromEntries(
        children.map((child) => [child.path.at(-1) as string, convertState(child)]),
      );
    }
    return config;
  };

  const flags = Object.fromEntries((document.context?.flags ?? []).map((flag) => [flag, false]));
  const counters = Object.fromEntries((document.context?.counters ?? []).map((counter) => [counter, 0]));
  const actors = Object.fromEntries((document.context?.actors ?? []).map((record) => [record, null]));
  const actorSets = Object.fromEntries((document.context?.actorSets ?? []).map((set) => [set, []]));
  // Records and sets appear in the context only when the document declares some, so a machine without them
  // logs the context it always logged.
  const who = {
    ...(Object.keys(actors).length > 0 ? { actors } : {}),
    ...(Object.keys(actorSets).length > 0 ? { actorSets } : {}),
  };
  const rootConfig = convertState(root);

  return mechanismSetup.createMachine({
    id: document.id,
    initial: document.initial,
    context: ({ input }): MechanismContext => ({
      flags: { ...flags },
      counters: { ...counters },
      instance: input?.instance ?? null,
      ...structuredClone(who),
    }),
    on: rootConfig.on as never,
    states: rootConfig.states as never,
  });
}

/** The state node a dotted path names, for callers that hold a path from a document (windows, triggers). */
export function stateExists(document: MechanismDocument, dottedPath: string): boolean {
  return findState(buildStateTree(document), dottedPath) !== undefined;
}
