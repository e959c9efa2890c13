import {
  loadPlaybook,
  loadScenario,
  type Playbook,
  type Problem,
  type ScenarioDocument,
  type SourceText,
} from '../../core/index';
import { bundledPlaybookSources, bundledScenarioSources } from './bundled-content';

export interface LibraryScenario {
  source: SourceText;
  scenario: ScenarioDocument;
}

export interface ContentLibrary {
  playbook: Playbook;
  playbookSources: SourceText[];
  scenarios: LibraryScenario[];
  /** Bundled documents that do not load: shown on Home, never a crash. */
  problems: Problem[];
}

let cached: ContentLibrary | null = null;

/** The bundled playbook and scenarios, loaded once by the same core loaders the CLI uses. */
export function contentLibrary(): ContentLibrary {
  if (cached) return cached;
  const playbookSources = bundledPlaybookSources();
  const loaded = loadPlaybook(playbookSources);
  if (!loaded.ok) throw new Error(`the bundled playbook does not load: ${loaded.problems.length} problems`);
  const problems: Problem[] = [];
  const scenarios: LibraryScenario[] = [];
  for (const source of bundledScenarioSources()) {
    const result = loadScenario(source, loaded.playbook);
    if (result.ok) scenarios.push({ source, scenario: result.scenario });
    else problems.push(...result.problems);
  }
  cached = { playbook: loaded.playbook, playbookSources, scenarios, problems };
  return cached;
}
