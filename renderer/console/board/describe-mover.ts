import type { ExerciseEngine } from '../../../core/index';
import type { Translator } from '../../state/index';
import { roleTitle } from '../role-titles';
import type { TransitionRecord } from './transition-history';

/** Who moved a mechanism, in words: a role (and who played it), a route, a timer, or EXCON's void. */
export function describeMover(engine: ExerciseEngine, record: TransitionRecord, t: Translator): string {
  const role = record.role ? roleTitle(engine, record.role) : '—';
  switch (record.cause) {
    case 'decision':
      return record.playedBy
        ? t('board.by.playedBy', { role, player: roleTitle(engine, record.playedBy) })
        : t('board.by.decision', { role });
    case 'route': {
      const machine = record.fromActor?.split('#')[0] ?? '';
      const title = engine.content.playbook.mechanisms.get(machine)?.title ?? record.fromActor ?? '—';
      return t('board.by.route', { mechanism: title });
    }
    case 'timer':
      return t('board.by.timer');
    case 'void':
      return t('board.by.void', { role });
  }
}

/** The playbook's title of a mechanism event, or its name. */
export function eventTitle(engine: ExerciseEngine, machine: string, event: string | null): string {
  if (event === null) return '—';
  return engine.content.playbook.mechanisms.get(machine)?.events[event]?.title ?? event;
}
