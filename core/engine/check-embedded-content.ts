import { z } from 'zod';
import { firstIssue, formatProblem, type Problem } from '../documents/index';
import { migratePlaybookDocuments, type PlaybookDocuments } from '../playbook/index';
import { migrateScenarioDocument, type ScenarioDocument } from '../scenario/index';
import { canonicalJson } from './canonical-json';
import { loadContent, playbookHash, type EmbeddedContent, type LoadedContent } from './exercise-content';
import { sha256Hex } from './sha256';

/**
 * Embedded content read from outside this engine (a backup the user loads, a journal `report` is given, the
 * documents an evaluator receives) is checked before anything is built from it: its shape, the hashes of its
 * sources, a full load of the sources (schema, names, links), and, when it carries the parsed documents that
 * replay reads instead of the YAML, that they are exactly what the sources give. Only the engine's own log
 * skips this (docs/event-log.md).
 */

export type CheckedContent =
  { ok: true; content: LoadedContent } | { ok: false; field: string; reason: string };

const Source = z.strictObject({ path: z.string().min(1), text: z.string() });
const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');
const Shape = z.object({
  playbook: z.object({ sources: z.array(Source).min(1), hash: Hash, documents: z.unknown().optional() }),
  scenario: z.object({ source: Source, hash: Hash, document: z.unknown().optional() }),
});
const ParsedPlaybook = z.object({
  manifest: z.record(z.string(), z.unknown()),
  roles: z.record(z.string(), z.unknown()),
  markings: z.record(z.string(), z.unknown()),
  mechanisms: z.array(z.record(z.string(), z.unknown())),
  translations: z.array(z.record(z.string(), z.unknown())).optional(),
});
const ParsedScenario = z.record(z.string(), z.unknown());

const refused = (field: string, reason: string): CheckedContent => ({ ok: false, field, reason });

/** `prefix` names where the content sits in what was read (`payload.content` in `exercise.created`). */
export function checkEmbeddedContent(value: unknown, prefix = ''): CheckedContent {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const shape = Shape.safeParse(value);
  if (!shape.success) {
    const { field, message } = firstIssue(shape.error, prefix ? prefix.split('.') : []);
    return refused(field, message);
  }
  const embedded = value as EmbeddedContent;
  const { playbook, scenario } = shape.data;
  const sourcesHash = playbookHash(playbook.sources);
  if (sourcesHash !== playbook.hash)
    return refused(
      at('playbook.hash'),
      `the embedded playbook documents do not match their hash (they hash to ${sourcesHash.slice(0, 12)}…, the file says ${playbook.hash.slice(0, 12)}…): they were changed after the exercise was recorded`,
    );
  const scenarioHash = sha256Hex(scenario.source.text);
  if (scenarioHash !== scenario.hash)
    return refused(
      at('scenario.hash'),
      `the embedded scenario ${scenario.source.path} does not match its hash (it hashes to ${scenarioHash.slice(0, 12)}…, the file says ${scenario.hash.slice(0, 12)}…): it was changed after the exercise was recorded`,
    );
  // Loaded from the sources alone, with every check: the parsed copies beside them are not trusted.
  const loaded = loadContent(
    {
      playbook: { sources: playbook.sources, hash: playbook.hash },
      scenario: { source: scenario.source, hash: scenario.hash },
    },
    { recorded: true },
  );
  if (!loaded.ok) return refusedProblems(loaded.problems, embedded, at);
  const parity = parsedParity(playbook.documents, scenario.document, loaded.content, at);
  if (parity) return parity;
  return { ok: true, content: { ...loaded.content, embedded } };
}

function refusedProblems(
  problems: readonly Problem[],
  embedded: EmbeddedContent,
  at: (field: string) => string,
): CheckedContent {
  const first = problems[0] as Problem;
  const index = embedded.playbook.sources.findIndex((source) => source.path === first.file);
  const field =
    first.file === embedded.scenario.source.path
      ? at('scenario.source')
      : index >= 0
        ? at(`playbook.sources[${index}]`)
        : at('playbook.sources');
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return refused(field, `an embedded document does not load: ${formatProblem(first)}${more}`);
}

/** The parsed documents replay will read must be the ones the checked sources give, brought to today's version. */
function parsedParity(
  documents: unknown,
  document: unknown,
  loaded: LoadedContent,
  at: (field: string) => string,
): CheckedContent | null {
  if (documents !== undefined) {
    const parsed = ParsedPlaybook.safeParse(documents);
    const current = parsed.success ? migratePlaybookDocuments(documents as PlaybookDocuments) : undefined;
    if (!current)
      return refused(at('playbook.documents'), 'the parsed playbook documents are not readable documents');
    const expected = loaded.playbook.documents;
    const named: [string, unknown, unknown][] = [
      ['manifest', current.manifest, expected.manifest],
      ['roles', current.roles, expected.roles],
      ['markings', current.markings, expected.markings],
      ['mechanisms', current.mechanisms.length, expected.mechanisms.length],
      ...expected.mechanisms.map((mechanism, index): [string, unknown, unknown] => [
        `mechanisms[${index}]`,
        current.mechanisms[index],
        mechanism,
      ]),
      // Catalogues came with the playbook in 2018.3; a journal from before has none in either form.
      ['translations', current.translations ?? [], expected.translations ?? []],
    ];
    const differs = named.find(([, got, want]) => canonicalJson(got) !== canonicalJson(want));
    if (differs)
      return refused(
        at(`playbook.documents.${differs[0]}`),
        'the parsed playbook document differs from what its embedded source gives: it was changed after the exercise was recorded',
      );
  }
  if (document !== undefined) {
    const current = ParsedScenario.safeParse(document).success
      ? migrateScenarioDocument(document as ScenarioDocument)
      : undefined;
    if (!current || canonicalJson(current) !== canonicalJson(loaded.scenario))
      return refused(
        at('scenario.document'),
        'the parsed scenario differs from what its embedded source gives: it was changed after the exercise was recorded',
      );
  }
  return null;
}
