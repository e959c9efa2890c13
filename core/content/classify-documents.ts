import { parseYaml, type Problem, type SourceText } from '../documents/index';

export const PLAYBOOK_KINDS = ['playbook', 'roles', 'markings', 'mechanism', 'translation'] as const;
export const DOCUMENT_KINDS = [...PLAYBOOK_KINDS, 'scenario'] as const;

export interface ClassifiedDocuments {
  playbook: SourceText[];
  /**
   * What each playbook document stands for: its kind for the one-per-playbook documents, `mechanism:<id>`
   * for a mechanism, `translation:<language>:<mechanism or "playbook">` for a content catalogue. A set of documents that lacks some can be completed from another playbook by key.
   */
  playbookKeys: Map<SourceText, string>;
  scenarios: SourceText[];
  /** Documents that are not YAML at all, or say no known `kind`. */
  problems: Problem[];
}

/**
 * Sort documents by their `kind` field so a folder can be validated without knowing what is in it. A
 * document with no readable kind is reported here and checked no further.
 */
export function classifyDocuments(sources: readonly SourceText[]): ClassifiedDocuments {
  const result: ClassifiedDocuments = { playbook: [], playbookKeys: new Map(), scenarios: [], problems: [] };
  for (const source of sources) {
    const parsed = parseYaml(source);
    if (!parsed.ok) {
      result.problems.push(...parsed.problems);
      continue;
    }
    const { value } = parsed.document;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      result.problems.push(
        parsed.document.problemAt(
          [],
          'expected a YAML mapping with a "kind" field (scenario, mechanism, roles, markings, translation or playbook)',
        ),
      );
      continue;
    }
    const kind = (value as Record<string, unknown>).kind;
    if (kind === 'scenario') result.scenarios.push(source);
    else if ((PLAYBOOK_KINDS as readonly unknown[]).includes(kind)) {
      result.playbook.push(source);
      result.playbookKeys.set(source, playbookKey(value as Record<string, unknown>, source.path));
    } else if (kind === undefined) {
      result.problems.push(
        parsed.document.problemAt(
          [],
          `missing field "kind": say which document this is (${DOCUMENT_KINDS.join(', ')})`,
        ),
      );
    } else {
      result.problems.push(
        parsed.document.problemAt(
          ['kind'],
          `unknown kind "${String(kind)}"; expected one of ${DOCUMENT_KINDS.join(', ')}`,
        ),
      );
    }
  }
  return result;
}

function playbookKey(document: Readonly<Record<string, unknown>>, path: string): string {
  const { kind, id, language, mechanism } = document;
  if (kind === 'mechanism') return `mechanism:${String(id)}`;
  // Catalogues without a mechanism (roles, markings, the manifest's words) are told apart only by their
  // file, so each stands for itself.
  if (kind === 'translation')
    return `translation:${String(language)}:${mechanism === undefined ? `file:${path}` : String(mechanism)}`;
  return String(kind);
}
