import type { MechanismDocument, StateNode } from '../../core/index';

/** One active state as the board shows it: its path, the document's description and Playbook phase. */
export interface StateLabel {
  path: string;
  description: string | null;
  phase: string | null;
}

function stateNodeAt(document: MechanismDocument, path: string): StateNode | undefined {
  let states: Record<string, StateNode> | undefined = document.states;
  let node: StateNode | undefined;
  for (const name of path.split('.')) {
    node = states?.[name];
    if (!node) return undefined;
    states = node.states;
  }
  return node;
}

/**
 * Label a state from its machine document. The phase is inherited from the nearest ancestor that declares
 * one, since nested states belong to their parent's phase.
 */
export function labelState(document: MechanismDocument | undefined, path: string): StateLabel {
  if (!document) return { path, description: null, phase: null };
  const segments = path.split('.');
  let phase: string | null = null;
  for (let length = 1; length <= segments.length; length += 1) {
    const node = stateNodeAt(document, segments.slice(0, length).join('.'));
    if (node?.phase) phase = node.phase;
  }
  const description = stateNodeAt(document, path)?.description?.trim() ?? null;
  return { path, description, phase };
}
