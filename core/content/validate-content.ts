import { compareProblems, type Problem, type SourceText } from '../documents/index';
import { loadPlaybook, type Playbook } from '../playbook/index';
import { loadScenario, type ScenarioDocument } from '../scenario/index';
import { classifyDocuments } from './classify-documents';

export interface ContentReport {
  /** Every problem, sorted by file, line and column. */
  problems: Problem[];
  playbookFiles: number;
  scenarioFiles: number;
  playbook: Playbook | undefined;
  /** The scenarios that loaded without problems, with the file each came from. */
  scenarios: { path: string; scenario: ScenarioDocument }[];
  /** True when the playbook came from `bundledPlaybook` because none was among the documents. */
  usedBundledPlaybook: boolean;
}

/**
 * Validate a mixed set of playbook and scenario documents. Scenarios are checked against the playbook
 * among the documents, or against the bundled one when the documents hold none.
 */
export function validateContent(
  sources: readonly SourceText[],
  bundledPlaybook: readonly SourceText[],
): ContentReport {
  const classified = classifyDocuments(sources);
  const problems = [...classified.problems];
  const usedBundledPlaybook = classified.playbook.length === 0 && classified.scenarios.length > 0;
  let playbook: Playbook | undefined;
  const scenarios: ContentReport['scenarios'] = [];
  if (classified.playbook.length > 0 || usedBundledPlaybook) {
    const loaded = loadPlaybook(usedBundledPlaybook ? bundledPlaybook : classified.playbook);
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
    usedBundledPlaybook,
  };
}
