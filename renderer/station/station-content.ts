import type { ExerciseHeading, Playbook, ScenarioDocument } from '../../core/index';
import { contentLibrary } from '../content/index';

/** The playbook and scenario a station words things with: roles, markings, mechanisms' documents. */
export interface StationContent {
  playbook: Playbook;
  scenario: ScenarioDocument | null;
}

/** The bundled content, with the exercise's scenario when the heading names one of the library's. */
export function bundledStationContent(heading: ExerciseHeading | null): StationContent {
  const library = contentLibrary();
  const scenario = library.scenarios.find((entry) => entry.scenario.id === heading?.scenarioId);
  return { playbook: library.playbook, scenario: scenario?.scenario ?? null };
}

/** A role's human title: the playbook's, the scenario's for a local (simulated) role, else its id. */
export function roleTitleIn(content: StationContent, role: string): string {
  return (
    content.playbook.role(role)?.title ??
    content.scenario?.roles.local.find((local) => local.id === role)?.title ??
    role
  );
}

/** Who a station can write to: the other roles in play (players, and the simulated actors control plays). */
export function recipientRoles(content: StationContent, self: string): { id: string; title: string }[] {
  const scenario = content.scenario;
  if (!scenario) return [];
  const played = scenario.roles.play.filter((id) => content.playbook.role(id)?.audience === 'players');
  const local = scenario.roles.local.filter((role) => role.audience === 'players').map((role) => role.id);
  return [...played, ...local]
    .filter((id) => id !== self)
    .map((id) => ({ id, title: roleTitleIn(content, id) }));
}
