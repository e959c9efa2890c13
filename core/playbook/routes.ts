import { isInForce } from '../documents/index';
import type { MechanismDocument, Route } from './playbook-schema';

export type StateValue = string | { [key: string]: StateValue };

/** Every active state path of an XState state value, ancestors included: `{ a: { b: 'c' } }` → a, a.b, a.b.c. */
export function activeStatePaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix ? `${prefix}.${value}` : value];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...activeStatePaths(child, path)];
  });
}

/** What one transition did: the event taken and the state paths it entered. */
export interface TransitionStep {
  event: string;
  entered: readonly string[];
}

/**
 * The routes a transition fires: those whose `when` names the event taken or a state the transition entered,
 * and that are in force on the in-world date. The engine appends each as a logged event and sends it on.
 */
export function routesFired(document: MechanismDocument, step: TransitionStep, date: string): Route[] {
  return document.routes.filter((route) => {
    if (!isInForce(route.inForce, date)) return false;
    return 'event' in route.when ? route.when.event === step.event : step.entered.includes(route.when.enters);
  });
}

/** State paths active after a transition that were not active before it. */
export function enteredStates(before: StateValue, after: StateValue): string[] {
  const was = new Set(activeStatePaths(before));
  return activeStatePaths(after).filter((path) => !was.has(path));
}
