import {
  createPlaybook,
  loadPlaybook,
  migratePlaybookDocuments,
  type Playbook,
  type PlaybookDocuments,
} from '../playbook/index';
import { loadScenario, migrateScenarioDocument, type ScenarioDocument } from '../scenario/index';
import { formatProblem, type Problem, type SourceText } from '../documents/index';
import { sha256Hex } from './sha256';

/** The documents an exercise runs with, as `exercise.created` embeds them: the journal alone suffices. */
export interface EmbeddedContent {
  /**
   * `documents` and `scenario.document` are the documents as parsed and checked when the exercise was
   * created, in JSON. Reading a large MSEL's YAML takes seconds, and a log is trusted ("replay never
   * re-validates trusted log lines", docs/architecture.md §3), so replay reads these instead. Logs written
   * before they existed have none and are read from the text, with every check.
   */
  playbook: { sources: SourceText[]; hash: string; documents?: PlaybookDocuments };
  scenario: { source: SourceText; hash: string; document?: ScenarioDocument };
}

export interface LoadedContent {
  playbook: Playbook;
  scenario: ScenarioDocument;
  embedded: EmbeddedContent;
}

/** One hash over all playbook documents, independent of the order they were read in. */
export function playbookHash(sources: readonly SourceText[]): string {
  const sorted = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sha256Hex(sorted.map((source) => `${source.path}\n${sha256Hex(source.text)}`).join('\n'));
}

export function embedContent(playbook: readonly SourceText[], scenario: SourceText): EmbeddedContent {
  return {
    playbook: { sources: playbook.map((source) => ({ ...source })), hash: playbookHash(playbook) },
    scenario: { source: { ...scenario }, hash: sha256Hex(scenario.text) },
  };
}

/** Loaded content, or the problems that keep the documents from describing a runnable exercise. */
export type ContentResult = { ok: true; content: LoadedContent } | { ok: false; problems: Problem[] };

/**
 * Check and load the documents an exercise is to be created with, once: the content
 * `ExerciseEngine.create` takes. Its `embedded` part is what `exercise.created` records: the sources with
 * their hashes, and the documents as parsed and checked here, so replay need not read the YAML again.
 */
export function loadExerciseContent(playbook: readonly SourceText[], scenario: SourceText): ContentResult {
  const checked = embedContent(playbook, scenario);
  const loaded = loadContent(checked);
  if (!loaded.ok) return loaded;
  const embedded: EmbeddedContent = {
    playbook: { ...checked.playbook, documents: loaded.content.playbook.documents },
    scenario: { ...checked.scenario, document: loaded.content.scenario },
  };
  return { ok: true, content: { ...loaded.content, embedded } };
}

/**
 * Load embedded content; problems mean the documents do not describe a runnable exercise. `trusted` content
 * comes from a log: when it carries the parsed documents they are used without checks, only migrated to
 * today's `schemaVersion` if an earlier version wrote them.
 */
export function loadContent(
  embedded: EmbeddedContent,
  options: { trusted?: boolean; recorded?: boolean } = {},
): ContentResult {
  const { documents } = embedded.playbook;
  const { document } = embedded.scenario;
  if (options.trusted && documents && document) {
    // Documents embedded by an earlier version are brought to today's schema by the same named steps as
    // YAML. Ones from a later version cannot be: they fall through to the sources, whose check says where.
    const currentDocuments = migratePlaybookDocuments(documents);
    const currentScenario = migrateScenarioDocument(document);
    if (currentDocuments && currentScenario) {
      const playbook = createPlaybook({ ...currentDocuments, sources: embedded.playbook.sources });
      return { ok: true, content: { playbook, scenario: currentScenario, embedded } };
    }
  }
  // Content from a log was recorded: rules added since (RECORDED_TOLERATES) must not lock it out.
  const read = { recorded: options.trusted === true || options.recorded === true };
  const playbook = loadPlaybook(embedded.playbook.sources, read);
  if (!playbook.ok) return { ok: false, problems: playbook.problems };
  const scenario = loadScenario(embedded.scenario.source, playbook.playbook, read);
  if (!scenario.ok) return { ok: false, problems: scenario.problems };
  return { ok: true, content: { playbook: playbook.playbook, scenario: scenario.scenario, embedded } };
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems.slice(0, 10).map(formatProblem).join('\n');
}
