import { guardRefs, type GuardEntry } from './guard-refs';
import type { MechanismDocument, TransitionObject } from './playbook-schema';
import { buildStateTree, findState, resolveTarget, transitionsOf, type StateEntry } from './state-tree';

/** The leaf states entered when a state is entered (its initial chain; every region of a parallel state). */
function leavesOf(entry: StateEntry): StateEntry[] {
  if (entry.children.length === 0) return [entry];
  if (entry.node.type === 'parallel') return entry.children.flatMap(leavesOf);
  const initial = entry.children.find((child) => child.path.at(-1) === entry.node.initial);
  return initial ? leavesOf(initial) : [];
}

function ancestry(entry: StateEntry): StateEntry[] {
  const out: StateEntry[] = [];
  for (let current: StateEntry | null = entry; current; current = current.parent) out.push(current);
  return out;
}

export interface FirstStep {
  event: string;
  /** Field values the step's guard asks for (`fieldEquals`), so the step goes the way the path needs. */
  fields: Record<string, string | number | boolean>;
  /** The step's guards, so the team can pick a role they let act (not the requester, for an offer). */
  guards: GuardEntry[];
}

function guardFields(guard: TransitionObject['guard']): FirstStep['fields'] {
  const fields: FirstStep['fields'] = {};
  for (const ref of guardRefs(guard)) {
    const { field, value } = ref.params ?? {};
    if (ref.type === 'fieldEquals' && typeof field === 'string' && value !== undefined) fields[field] = value;
  }
  return fields;
}

/**
 * The first decision on the shortest path from the active states to a state that accepts `wanted`
 * (guards aside), among events `allowed` says someone may take. How a doctrine-following automated team
 * takes the prerequisite steps a scenario's expected action assumes (request before forwarding).
 */
export function firstStepToward(
  document: MechanismDocument,
  activePaths: readonly string[],
  wanted: string,
  allowed: (event: string) => boolean,
): FirstStep | null {
  const root = buildStateTree(document);
  const accepts = (leaf: StateEntry) => ancestry(leaf).some((entry) => entry.node.on?.[wanted] !== undefined);
  const start = activePaths
    .map((path) => findState(root, path))
    .filter((entry): entry is StateEntry => entry !== undefined && entry.children.length === 0);
  const queue: { leaf: StateEntry; first: FirstStep | null }[] = start.map((leaf) => ({ leaf, first: null }));
  const seen = new Set(start.map((leaf) => leaf.key));
  while (queue.length > 0) {
    const { leaf, first } = queue.shift() as { leaf: StateEntry; first: FirstStep | null };
    if (first !== null && accepts(leaf)) return first;
    for (const level of ancestry(leaf)) {
      for (const transition of transitionsOf(level)) {
        if (transition.kind !== 'event' || transition.transition.target === undefined) continue;
        if (!allowed(transition.name)) continue;
        const target = resolveTarget(root, level, transition.transition.target);
        if (!target) continue;
        for (const next of leavesOf(target)) {
          if (seen.has(next.key)) continue;
          seen.add(next.key);
          queue.push({
            leaf: next,
            first: first ?? {
              event: transition.name,
              fields: guardFields(transition.transition.guard),
              guards: guardRefs(transition.transition.guard),
            },
          });
        }
      }
    }
  }
  return null;
}
