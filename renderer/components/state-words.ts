import type { MechanismDocument, StateValue } from '../../core/index';

/**
 * The one place a mechanism state is put into words for a person. Today the playbook carries no state labels,
 * so a state path reads as its names spelt out (`staffToStaff.none` → "Staff to staff › none"); when the
 * content carries labels in the reader's language, this is the function that reads them instead.
 */
export function wordState(document: MechanismDocument | undefined, path: string): string {
  void document;
  return path
    .split('.')
    .map((name, index) => spellOut(name, index === 0))
    .join(' › ');
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

/** A camelCase or kebab-case name as words: `staffToStaff` → "staff to staff" (capitalised when first). */
function spellOut(name: string, first: boolean): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return first ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}
