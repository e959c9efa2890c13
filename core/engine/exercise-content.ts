import { loadPlaybook, type Playbook } from '../playbook/index';
import { loadScenario, type ScenarioDocument } from '../scenario/index';
import { formatProblem, type Problem, type SourceText } from '../documents/index';
import { sha256Hex } from './sha256';

/** The documents an exercise runs with, as `exercise.created` embeds them: the journal alone suffices. */
export interface EmbeddedContent {
  playbook: { sources: SourceText[]; hash: string };
  scenario: { source: SourceText; hash: string };
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

/** Load embedded content; problems mean the documents do not describe a runnable exercise. */
export function loadContent(
  embedded: EmbeddedContent,
): { ok: true; content: LoadedContent } | { ok: false; problems: Problem[] } {
  const playbook = loadPlaybook(embedded.playbook.sources);
  if (!playbook.ok) return { ok: false, problems: playbook.problems };
  const scenario = loadScenario(embedded.scenario.source, playbook.playbook);
  if (!scenario.ok) return { ok: false, problems: scenario.problems };
  return { ok: true, content: { playbook: playbook.playbook, scenario: scenario.scenario, embedded } };
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems.slice(0, 10).map(formatProblem).join('\n');
}
