import type { MarkingDefinition } from './playbook-schema';

/** The parts of a role that decide what it may see. */
export interface Viewer {
  clearance: readonly string[];
}

/**
 * The clearance rule: a marking releasable to nobody in particular is public; otherwise a role may see it
 * when at least one of its clearance tags is among the marking's `releasableTo`.
 */
export function canSeeMarking(viewer: Viewer, marking: Pick<MarkingDefinition, 'releasableTo'>): boolean {
  if (marking.releasableTo.length === 0) return true;
  return marking.releasableTo.some((tag) => viewer.clearance.includes(tag));
}
