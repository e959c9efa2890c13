import type { PathSegment } from '../documents/index';
import type { MechanismDocument, StateNode, TransitionList, TransitionObject } from './playbook-schema';

/**
 * A mechanism's states as a flat list, with the paths that name them in the machine (`activated.crisisCell`)
 * and in the YAML document (`states.activated.states.crisisCell`), so checks can walk the tree once and
 * report problems where the author wrote them.
 */
export interface StateEntry {
  /** State names from the root; [] is the machine itself. */
  path: readonly string[];
  key: string;
  node: StateNode;
  docPath: readonly PathSegment[];
  parent: StateEntry | null;
  children: StateEntry[];
}

/** One transition as written, normalised to an object. */
export interface TransitionEntry {
  source: StateEntry;
  /** `on` event name, or `timer.<delay>` for a timer. */
  trigger: string;
  kind: 'event' | 'timer';
  /** The event or delay name as written. */
  name: string;
  transition: TransitionObject;
  /** Written as a bare target name rather than an object. */
  shorthand: boolean;
  docPath: readonly PathSegment[];
}

export function pathKey(path: readonly string[]): string {
  return path.join('.');
}

export function buildStateTree(document: Pick<MechanismDocument, 'states' | 'initial' | 'on'>): StateEntry {
  const root: StateEntry = {
    path: [],
    key: '',
    node: { label: '', states: document.states, initial: document.initial, on: document.on },
    docPath: [],
    parent: null,
    children: [],
  };
  const addChildren = (entry: StateEntry) => {
    for (const [name, node] of Object.entries(entry.node.states ?? {})) {
      const child: StateEntry = {
        path: [...entry.path, name],
        key: pathKey([...entry.path, name]),
        node,
        docPath: [...entry.docPath, 'states', name],
        parent: entry,
        children: [],
      };
      entry.children.push(child);
      addChildren(child);
    }
  };
  addChildren(root);
  return root;
}

export function allStates(root: StateEntry): StateEntry[] {
  const out: StateEntry[] = [];
  const visit = (entry: StateEntry) => {
    out.push(entry);
    entry.children.forEach(visit);
  };
  visit(root);
  return out;
}

function normalise(list: TransitionList, docPath: readonly PathSegment[]) {
  const items = Array.isArray(list) ? list : [list];
  return items.map((item, index) => ({
    transition: typeof item === 'string' ? { target: item } : item,
    shorthand: typeof item === 'string',
    docPath: Array.isArray(list) ? [...docPath, index] : docPath,
  }));
}

/** Every transition declared on one state (its `on` and its `timers`). */
export function transitionsOf(entry: StateEntry): TransitionEntry[] {
  const out: TransitionEntry[] = [];
  for (const [name, list] of Object.entries(entry.node.on ?? {})) {
    for (const item of normalise(list, [...entry.docPath, 'on', name])) {
      out.push({ source: entry, trigger: name, kind: 'event', name, ...item });
    }
  }
  for (const [name, list] of Object.entries(entry.node.timers ?? {})) {
    for (const item of normalise(list, [...entry.docPath, 'timers', name])) {
      out.push({ source: entry, trigger: `timer.${name}`, kind: 'timer', name, ...item });
    }
  }
  return out;
}

/** Find a state by its dotted path from the root. */
export function findState(root: StateEntry, dottedPath: string): StateEntry | undefined {
  let current: StateEntry | undefined = root;
  for (const name of dottedPath.split('.')) {
    current = current?.children.find((child) => child.key.split('.').at(-1) === name);
    if (!current) return undefined;
  }
  return current;
}

/**
 * Resolve a transition target as authors write it: a sibling of the declaring state (for the root's own
 * `on`, a top-level state), else a dotted path from the machine root, else a top-level state.
 */
export function resolveTarget(root: StateEntry, source: StateEntry, target: string): StateEntry | undefined {
  if (!target.includes('.')) {
    const siblings = source.parent ? source.parent.children : root.children;
    const sibling = siblings.find((child) => child.path.at(-1) === target);
    if (sibling) return sibling;
  }
  return findState(root, target);
}

/** Is `ancestor` the same state as `entry` or one of its ancestors? */
export function isAncestorOrSelf(ancestor: StateEntry, entry: StateEntry): boolean {
  for (let current: StateEntry | null = entry; current; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
}

const TREES = new WeakMap<object, StateEntry>();

/**
 * Does any active state (or the machine's root) have a transition for this event, guards aside? The
 * station uses it to list open decisions; guards are checked when the decision is taken.
 */
export function acceptsEventType(
  document: Pick<MechanismDocument, 'states' | 'initial' | 'on'>,
  activePaths: readonly string[],
  eventName: string,
): boolean {
  let root = TREES.get(document);
  if (!root) {
    root = buildStateTree(document);
    TREES.set(document, root);
  }
  if (root.node.on?.[eventName] !== undefined) return true;
  return activePaths.some((path) => findState(root, path)?.node.on?.[eventName] !== undefined);
}

/** The transitions for an event that the active states (deepest first) or the machine's root declare. */
export function transitionsFor(root: StateEntry, active: readonly string[], event: string) {
  const entries = allStates(root)
    .filter((entry) => entry === root || active.includes(entry.key))
    .sort((a, b) => b.path.length - a.path.length);
  for (const entry of entries) {
    const found = transitionsOf(entry).filter((item) => item.kind === 'event' && item.name === event);
    // A deeper state's handler takes precedence over its ancestors' (XState semantics).
    if (found.length > 0) return found;
  }
  return [];
}
