import type { SourceText } from '../documents/index';
import { parsePlaybookDocument } from './load-playbook';
import { createPlaybook, type Playbook } from './playbook-model';
import type { MechanismDocument, PlaybookDocument } from './playbook-schema';

/**
 * The parsed documents of a playbook that loaded without problems, for a log to embed next to their text:
 * replay then builds the playbook from them without reading YAML or checking again (ARCHITECTURE.md §3,
 * "replay never re-validates trusted log lines"), which is most of the time it takes to open an exercise.
 */
export function checkedPlaybookDocuments(sources: readonly SourceText[]): PlaybookDocument[] {
  return sources.flatMap((source) => {
    const parsed = parsePlaybookDocument(source);
    return parsed.ok ? [parsed.value] : [];
  });
}

/** The playbook from documents `checkedPlaybookDocuments` gave; null when one of its parts is missing. */
export function playbookFromCheckedDocuments(
  documents: readonly PlaybookDocument[],
  sources: readonly SourceText[],
): Playbook | null {
  const manifest = documents.find((document) => document.kind === 'playbook');
  const roles = documents.find((document) => document.kind === 'roles');
  const markings = documents.find((document) => document.kind === 'markings');
  if (!manifest || !roles || !markings) return null;
  const mechanisms = documents.filter(
    (document): document is MechanismDocument => document.kind === 'mechanism',
  );
  return createPlaybook({ manifest, roles, markings, mechanisms, sources });
}
