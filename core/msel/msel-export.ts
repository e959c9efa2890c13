import type { ScenarioDocument } from '../scenario/index';

/**
 * A scenario's MSEL as rows in the HSEEP columns (plus a title and the marking), for a spreadsheet. Injects
 * released on a condition have no designated time: their condition is written in the event type and the
 * notes, and the time cell is left empty.
 */
export const HSEEP_EXPORT_HEADER = [
  'Event Number',
  'Designated Scenario Time',
  'Event Type',
  'Inject Mode',
  'From',
  'To',
  'Title',
  'Message',
  'Expected Participant Response',
  'Exercise Objective',
  'Classification',
  'Notes',
] as const;

function condition(inject: ScenarioDocument['injects'][number]): string {
  const when = inject.when;
  if (!when) return '';
  if ('missed' in when)
    return `Contingency Inject (when ${when.missed.inject} ${when.missed.action} is missed)`;
  if ('state' in when) return `Conditional Inject (when ${when.state.machine} enters ${when.state.state})`;
  return `Conditional Inject (when ${when.decision.machine} ${when.decision.event} is taken)`;
}

export function exportMsel(scenario: ScenarioDocument): string[][] {
  const rows: string[][] = [[...HSEEP_EXPORT_HEADER]];
  for (const inject of scenario.injects) {
    const expected = inject.expectedActions
      .map((action) =>
        'text' in action ? action.text : `${action.role}: ${action.event.machine} ${action.event.event}`,
      )
      .join(' | ');
    rows.push([
      inject.id.replace(/^INJ-/, ''),
      inject.at ?? '',
      inject.when ? condition(inject) : 'Inject',
      inject.channel,
      inject.from,
      inject.to.join(', '),
      inject.title,
      inject.text.trim(),
      expected,
      inject.objectives.join(', '),
      inject.marking,
      [
        inject.when ? `${condition(inject)}${inject.delay ? `, after ${inject.delay}` : ''}` : '',
        inject.evaluatorNotes?.trim() ?? '',
      ]
        .filter(Boolean)
        .join(' — '),
    ]);
  }
  return rows;
}
