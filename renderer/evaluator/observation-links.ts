import type { ScenarioDocument, StationEvent } from '../../core/index';
import { formatScenarioClock, type EventWords } from '../components/index';

export interface LinkOption {
  value: string;
  label: string;
}

/**
 * What an observation may point at: the injects released so far, the decisions taken, the roles in play, each
 * labelled in words (the ids are the options' values, for the record).
 */
export function linkOptions(
  events: readonly StationEvent[],
  scenario: Pick<ScenarioDocument, 'injects' | 'roles'>,
  words: Pick<EventWords, 'role' | 'decision'>,
) {
  const titles = new Map(scenario.injects.map((inject) => [inject.id, inject.title]));
  const injects: LinkOption[] = [];
  const decisions: LinkOption[] = [];
  for (const event of events) {
    if (event.type === 'inject.released') {
      const { injectId, content } = event.payload;
      injects.push({ value: injectId, label: titles.get(injectId) ?? content.title });
    } else if (event.type === 'decision.taken') {
      const { decisionId, machine, event: name } = event.payload;
      const role = event.actor?.actingAs ?? event.actor?.role ?? '';
      decisions.push({
        value: decisionId,
        label: [
          formatScenarioClock(event.scenarioMs),
          role ? words.role(role) : '',
          words.decision(machine, name),
        ]
          .filter(Boolean)
          .join(' · '),
      });
    }
  }
  const roles: LinkOption[] = scenario.roles.play.map((role) => ({ value: role, label: words.role(role) }));
  return { injects, decisions: decisions.reverse(), roles };
}

/** An observation's link in words: the label its option had, or the id when the option is gone. */
export function linkLabel(options: readonly LinkOption[], id: string): string {
  return options.find((option) => option.value === id)?.label ?? id;
}
