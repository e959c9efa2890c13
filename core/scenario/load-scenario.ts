import {
  compareProblems,
  durationToMs,
  parseDocumentWith,
  type Problem,
  type ReadOptions,
  type SourceText,
} from '../documents/index';
import type { Playbook } from '../playbook/index';
import { checkInjects } from './check-injects';
import { checkScenarioDuplicates } from './check-scenario-duplicates';
import type { ScenarioCheckContext, ScenarioRole } from './scenario-context';
import { scenarioToCurrent } from './scenario-migrations';
import { ScenarioDocument } from './scenario-schema';
import { isKnownTimeZone } from './time-zones';

// Re-exported so the rest of core reaches the migrations through the scenario folder's index.
export { SCENARIO_MIGRATIONS, migrateScenarioDocument, scenarioToCurrent } from './scenario-migrations';

export type ScenarioLoadResult =
  { ok: true; scenario: ScenarioDocument; problems: [] } | { ok: false; problems: Problem[] };

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 16) === date;
}

/**
 * Load a scenario against a playbook: its version (an older one migrated, a newer one refused), the
 * schema, then the semantic checks (roles, mechanisms, events, cases, inject references, times, markings,
 * mechanisms in force on the in-world date). Never throws.
 */
export function loadScenario(
  source: SourceText,
  playbook: Playbook,
  options: ReadOptions = {},
): ScenarioLoadResult {
  const parsed = parseDocumentWith(source, ScenarioDocument, scenarioToCurrent, options);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const { value: scenario, located } = parsed;
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push(located.problemAt(path, message));

  const { manifest } = playbook;
  if (scenario.playbook.id !== manifest.id) {
    add(
      ['playbook', 'id'],
      `this scenario targets playbook "${scenario.playbook.id}", not the loaded "${manifest.id}"`,
    );
  } else if (!playbookVersionServes(manifest.version, scenario.playbook.version)) {
    add(
      ['playbook', 'version'],
      `this scenario targets playbook version ${scenario.playbook.version}; the loaded playbook is ${manifest.version}`,
    );
  }
  if (!isRealDate(scenario.start.date))
    add(['start', 'date'], `"${scenario.start.date}" is not a real date and time`);
  if (!isKnownTimeZone(scenario.start.timeZone))
    add(['start', 'timeZone'], `unknown time zone "${scenario.start.timeZone}"`);

  const roles = new Map<string, ScenarioRole>();
  for (const [index, id] of scenario.roles.play.entries()) {
    const role = playbook.role(id);
    if (!role) add(['roles', 'play', index], `unknown role "${id}": not in the playbook's roles`);
    else if (roles.has(id)) add(['roles', 'play', index], `role "${id}" is listed twice`);
    else roles.set(id, { ...role, local: false });
  }
  const clearances = new Set(playbook.clearances.map((clearance) => clearance.id));
  for (const [index, local] of scenario.roles.local.entries()) {
    const path = ['roles', 'local', index];
    if (playbook.role(local.id))
      add([...path, 'id'], `local role "${local.id}" has the id of a playbook role; choose another`);
    else if (roles.has(local.id)) add([...path, 'id'], `role "${local.id}" is listed twice`);
    else roles.set(local.id, { ...local, local: true });
    for (const [tagIndex, tag] of local.clearance.entries()) {
      if (!clearances.has(tag)) add([...path, 'clearance', tagIndex], `unknown clearance "${tag}"`);
    }
  }
  for (const [index, local] of scenario.roles.local.entries()) {
    if (local.simulatedBy !== undefined && roles.get(local.simulatedBy)?.audience !== 'control') {
      add(
        ['roles', 'local', index, 'simulatedBy'],
        `"${local.simulatedBy}" is not a control role in play (such as simcell)`,
      );
    }
  }
  for (const [index, country] of scenario.world.countries.entries()) {
    if (country.role !== undefined && !roles.has(country.role)) {
      add(['world', 'countries', index, 'role'], `role "${country.role}" is not in play`);
    }
  }
  const duplicates = <T>(items: readonly T[], key: (item: T) => string, path: string, what: string) => {
    const seen = new Set<string>();
    for (const [index, item] of items.entries()) {
      if (seen.has(key(item))) add([path, index], `${what} "${key(item)}" is listed twice`);
      seen.add(key(item));
    }
  };
  duplicates(scenario.objectives, (objective) => objective.id, 'objectives', 'objective');
  duplicates(scenario.cases, (entry) => `${entry.machine}/${entry.instance}`, 'cases', 'case');
  for (const [index, entry] of scenario.cases.entries()) {
    const mechanism = playbook.mechanisms.get(entry.machine);
    if (!mechanism) add(['cases', index, 'machine'], `unknown mechanism "${entry.machine}"`);
    else if (!mechanism.instanceKey)
      add(['cases', index, 'machine'], `mechanism "${entry.machine}" has no cases`);
  }

  const context: ScenarioCheckContext = {
    scenario,
    located,
    playbook,
    date: scenario.start.date.slice(0, 10),
    spanMs: durationToMs(scenario.span),
    roles,
  };
  problems.push(...checkInjects(context));
  // Not for recorded documents (RECORDED_TOLERATES in yaml-document.ts).
  if (!options.recorded) problems.push(...checkScenarioDuplicates(scenario, located));
  if (problems.length > 0) return { ok: false, problems: problems.sort(compareProblems) };
  return { ok: true, scenario, problems: [] };
}

/**
 * Does the loaded playbook serve a scenario written for `target`? The same version does, and so does a later
 * revision of the same edition ("2018.2" serves a scenario written for "2018.1"): a revision corrects how the
 * machines behave but keeps every id a scenario refers to, and the checks below still verify each reference.
 * Another edition, or an older revision than the scenario was written for, does not.
 */
export function playbookVersionServes(loaded: string, target: string): boolean {
  const [loadedEdition, loadedRevision] = loaded.split('.');
  const [targetEdition, targetRevision] = target.split('.');
  return loadedEdition === targetEdition && Number(loadedRevision) >= Number(targetRevision);
}
