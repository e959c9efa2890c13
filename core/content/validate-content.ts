import { compareProblems, type Problem, type SourceText } from '../documents/index';
import { loadPlaybook, type Playbook } from '../playbook/index';
import { loadScenario, type ScenarioDocument } from '../scenario/index';
import { classifyDocuments, type ClassifiedDocuments } from './classify-documents';

export interface ContentReport {
  /** Every problem, sorted by file, line and column. */
  problems: Problem[];
  playbookFiles: number;
  scenarioFiles: number;
  playbook: Playbook | undefined;
  /** The scenarios that loaded without problems, with the file each came from. */
  scenarios: { path: string; scenario: ScenarioDocument }[];
  /**
   * How the bundled playbook was used: `all` when the documents held scenarios but no playbook; `completed`
   * when they held some playbook documents but no manifest, so the bundled playbook's other documents
   * filled in (how an author checks one edited mechanism in context); `none` otherwise.
   */
  bundledPlaybook: 'none' | 'all' | 'completed';
}

/**
 * Validate a mixed set of playbook and scenario documents. Scenarios are checked against the playbook
 * among the documents, or against the bundled one when the documents hold none; playbook documents
 * without a manifest are checked within the bundled playbook, in place of its documents of the same kind
 * and id.
 */
export function validateContent(
  sources: readonly SourceText[],
  bundledPlaybook: readonly SourceText[],
): ContentReport {
  const classified = classifyDocuments(sources);
  const problems = [...classified.problems];
  const given = classified.playbook;
  const bundledUse: ContentReport['bundledPlaybook'] =
    given.length === 0
      ? classified.scenarios.length > 0
        ? 'all'
        : 'none'
      : [...classified.playbookKeys.values()].includes('playbook')
        ? 'none'
        : 'completed';
  let playbook: Playbook | undefined;
  const scenarios: ContentReport['scenarios'] = [];
  if (given.length > 0 || bundledUse === 'all') {
    const loaded = loadPlaybook(playbookToLoad(classified, bundledPlaybook, bundledUse));
    if (loaded.ok) playbook = loaded.playbook;
    else problems.push(...loaded.problems);
  }
  for (const source of classified.scenarios) {
    if (!playbook) {
      problems.push({
        file: source.path,
        line: 1,
        column: 1,
        message: 'not checked against a playbook: the playbook has problems',
      });
      continue;
    }
    const loaded = loadScenario(source, playbook);
    if (loaded.ok) scenarios.push({ path: source.path, scenario: loaded.scenario });
    else problems.push(...loaded.problems);
  }
  return {
    problems: problems.sort(compareProblems),
    playbookFiles: classified.playbook.length,
    scenarioFiles: classified.scenarios.length,
    playbook,
    scenarios,
    bundledPlaybook: bundledUse,
  };
}

/** The given playbook documents, the bundled ones, or the given ones completed by the bundled ones. */
function playbookToLoad(
  classified: ClassifiedDocuments,
  bundled: readonly SourceText[],
  use: ContentReport['bundledPlaybook'],
): readonly SourceText[] {
  if (use === 'all') return bundled;
  if (use === 'none') return classified.playbook;
  const bundledKeys = classifyDocuments(bundled).playbookKeys;
  const givenKeys = new Set(classified.playbookKeys.values());
  const givenPaths = new Set(classified.playbook.map((source) => source.path));
  const fillers = bundled.filter(
    (source) => !givenPaths.has(source.path) && !givenKeys.has(bundledKeys.get(source) ?? ''),
  );
  return [...classified.playbook, ...fillers];
}
