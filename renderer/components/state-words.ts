import { stateName, type MechanismDocument, type StateValue } from '../../core/index';

/**
 * The one place a mechanism state is put into words for a person. Today the playbook carries no state labels,
 * so a state path reads as its names spelt out as the decision form's consequences spell them (core's
 * `stateName`: `staffToStaff.none` → "staff to staff › none"); when the content carries labels in the
 * reader's language, this is the function that reads them instead.
 */
export function wordState(document: MechanismDocument | undefined, path: string): string {
  void document;
  return stateName(path);
}

/** The leaf state paths of a logged state value: one per parallel region, the deepest state of each. */
export function statePathsOf(value: StateValue): string[] {
  if (typeof value === 'string') return [value];
  return Object.entries(value).flatMap(([region, inner]) =>
    statePathsOf(inner).map((path) => `${region}.${path}`),
  );
}

/** Every active state of a logged value, in words, joined for a sentence. */
export function wordStateValue(document: MechanismDocument | undefined, value: StateValue): string {
  return statePathsOf(value)
    .map((path) => wordState(document, path))
    .join(', ');
}
