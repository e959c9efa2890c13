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
    const payload = event.payload;
    if (event.type === 'inject.released') {
      const id = String(payload.injectId);
      const content = payload.content as { title?: string } | undefined;
      injects.push({ value: id, label: `${id} · ${titles.get(id) ?? content?.title ?? ''}` });
    } else if (event.type === 'decision.taken') {
      const role = event.actor?.actingAs ?? event.actor?.role ?? '';
      decisions.push({
        value: String(payload.decisionId),
        label: `${String(payload.decisionId)} · ${role} · ${String(payload.machine)} ${String(payload.event)}`,
      });
    }
  }
  const roles: LinkOption[] = scenario.roles.play.map((role) => ({ value: role, label: role }));
  return { injects, decisions: decisions.reverse(), roles };
}
