import type { ScenarioDocument, StationEvent } from '../../core/index';

export interface LinkOption {
  value: string;
  label: string;
}

/** What an observation may point at: the injects released so far, the decisions taken, the roles in play. */
export function linkOptions(events: readonly StationEvent[], scenario: ScenarioDocument) {
  const titles = new Map(scenario.injects.map((inject) => [inject.id, inject.title]));
  const injects: LinkOption[] = [];
  const decisions: LinkOption[] = [];
  for (const event of events) {
    if (event.type === 'inject.released') {
      const { injectId, content } = event.payload;
      injects.push({ value: injectId, label: `${injectId} · ${titles.get(injectId) ?? content.title}` });
    } else if (event.type === 'decision.taken') {
      const { decisionId, machine, event: name } = event.payload;
      const role = event.actor?.actingAs ?? event.actor?.role ?? '';
      decisions.push({ value: decisionId, label: `${decisionId} · ${role} · ${machine} ${name}` });
    }
  }
  const roles: LinkOption[] = scenario.roles.play.map((role) => ({ value: role, label: role }));
  return { injects, decisions: decisions.reverse(), roles };
}
