import {
  loadPlaybook,
  playbookFromCheckedDocuments,
  type Playbook,
  type PlaybookDocument,
} from '../playbook/index';
import { loadScenario, ScenarioDocument } from '../scenario/index';
import { formatProblem, type Problem, type SourceText } from '../documents/index';
import { sha256Hex } from './sha256';

/** The documents an exercise runs with, as `exercise.created` embeds them: the journal alone suffices. */
export interface EmbeddedContent {
  /**
   * `documents` are the playbook's documents as parsed when the exercise was created, in JSON, so replay
   * builds the playbook without reading YAML (see `scenario.document`); older logs have none.
   */
  playbook: { sources: SourceText[]; hash: string; documents?: unknown[] };
  /**
   * `document` is the scenario as validated when the exercise was created, in JSON: reading a large MSEL's
   * YAML takes seconds, and a log is trusted (ARCHITECTURE.md §3), so replay reads this instead. Logs
   * written before it existed have none and are read from the YAML.
   */
  scenario: { source: SourceText; hash: string; document?: unknown };
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

/**
 * Load embedded content; problems mean the documents do not describe a runnable exercise. `trusted` content
 * comes from a log, where it was checked when the exercise was created: its scenario is read from the JSON
 * document when there is one, without the semantic checks.
 */
export function loadContent(
  embedded: EmbeddedContent,
  options: { trusted?: boolean } = {},
): { ok: true; content: LoadedContent } | { ok: false; problems: Problem[] } {
  if (options.trusted && embedded.scenario.document !== undefined && embedded.playbook.documents) {
    // Written by `create` from documents that passed every check: read as they are, not checked again.
    const trustedPlaybook = playbookFromCheckedDocuments(
      embedded.playbook.documents as PlaybookDocument[],
      embedded.playbook.sources,
    );
    const scenario = embedded.scenario.document as ScenarioDocument;
    if (trustedPlaybook) return { ok: true, content: { playbook: trustedPlaybook, scenario, embedded } };
  }
  const playbook = loadPlaybook(embedded.playbook.sources);
  if (!playbook.ok) return { ok: false, problems: playbook.problems };
  if (options.trusted && embedded.scenario.document !== undefined) {
    const parsed = ScenarioDocument.safeParse(embedded.scenario.document);
    if (parsed.success)
      return { ok: true, content: { playbook: playbook.playbook, scenario: parsed.data, embedded } };
  }
  const scenario = loadScenario(embedded.scenario.source, playbook.playbook);
  if (!scenario.ok) return { ok: false, problems: scenario.problems };
  return { ok: true, content: { playbook: playbook.playbook, scenario: scenario.scenario, embedded } };
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems.slice(0, 10).map(formatProblem).join('\n');
}
