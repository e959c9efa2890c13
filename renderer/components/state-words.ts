import { stateName, type ContentWords, type MechanismDocument, type StateValue } from '../../core/index';

/**
 * The one place a mechanism state is put into words for a person: in the reader's language when the screen
 * has the content's words (`words`: catalogues beside the playbook), else the state's own `label` in the
 * document, else its names spelt out (a document older than labels that was not migrated).
 */
export function wordState(
  document: MechanismDocument | undefined,
  path: string,
  words?: ContentWords | null,
): string {
  if (document && words) return words.state(document.id, path);
  return labelInDocument(document, path) ?? stateName(path);
}

function labelInDocument(document: MechanismDocument | undefined, path: string): string | undefined {
  let states = document?.states;
  let label: string | undefined;
  for (const name of path.split('.')) {
    const node = states?.[name];
    if (!node) return undefined;
    label = node.label;
    states = node.states;
  }
  return label;
}

/** The leaf state paths of a logged state value: one per parallel region, the deepest state of each. */
export function statePathsOf(value: StateValue): string[] {
  if (typeof value === 'string') return [value];
  return Object.entries(value).flatMap(([region, inner]) =>
    statePathsOf(inner).map((path) => `${region}.${path}`),
  );
}

/** Every active state of a logged value, in words, joined for a sentence. */
export function wordStateValue(
  document: MechanismDocument | undefined,
  value: StateValue,
  words?: ContentWords | null,
): string {
  return statePathsOf(value)
    .map((path) => wordState(document, path, words))
    .join(', ');
}
