import { durationToMs, formatScenarioTime, type ContentReport } from '../core/index';

/**
 * What `validate --summary` prints after a clean check: what the playbook holds and, for each scenario,
 * what a controller choosing it would want to know first.
 */
export function contentSummary(report: ContentReport): string[] {
  const lines: string[] = [];
  const { playbook } = report;
  if (playbook) {
    const { manifest } = playbook;
    lines.push(`Playbook ${manifest.id} ${manifest.version}: ${manifest.title}`);
    lines.push(
      `  ${playbook.mechanisms.size} mechanisms, ${playbook.roles.length} roles, ${playbook.markings.length} markings (${playbook.markings.map((marking) => marking.id).join(', ')})`,
    );
    for (const mechanism of playbook.mechanisms.values()) {
      const events = Object.keys(mechanism.events).length;
      const since = mechanism.inForce?.from ? `, in force from ${mechanism.inForce.from}` : '';
      const cases = mechanism.instanceKey ? `, one case per ${mechanism.instanceKey.label}` : '';
      lines.push(`  - ${mechanism.id}: ${mechanism.title} (${events} decisions${cases}${since})`);
    }
  }
  for (const { path, scenario } of report.scenarios) {
    const contingencies = scenario.injects.filter((inject) => inject.when && 'missed' in inject.when).length;
    const expected = scenario.injects.reduce((sum, inject) => sum + inject.expectedActions.length, 0);
    lines.push(`Scenario ${scenario.id}: ${scenario.title} (${path})`);
    lines.push(
      `  starts ${scenario.start.date} ${scenario.start.timeZone}, spans ${formatScenarioTime(durationToMs(scenario.span)).slice(2)}; ${scenario.roles.play.length} playbook roles and ${scenario.roles.local.length} local roles`,
    );
    lines.push(
      `  ${scenario.injects.length} injects (${contingencies} contingencies), ${expected} expected actions, ${scenario.objectives.length} objectives`,
    );
  }
  return lines;
}
