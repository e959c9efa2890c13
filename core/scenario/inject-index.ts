import type { Inject } from './scenario-schema';

const indexes = new WeakMap<object, ReadonlyMap<string, Inject>>();

/**
 * A scenario's injects by id, built once per scenario document: a loaded scenario never changes (edits to
 * an inject live in the exercise's state), and the engine, the agents and the console ask for injects by
 * id many times a second in an MSEL that may hold thousands.
 */
export function injectById(scenario: { readonly injects: readonly Inject[] }): ReadonlyMap<string, Inject> {
  let index = indexes.get(scenario);
  if (!index) {
    index = new Map(scenario.injects.map((inject) => [inject.id, inject]));
    indexes.set(scenario, index);
  }
  return index;
}
