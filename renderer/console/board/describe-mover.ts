import { moverOf, type ExerciseView, type TransitionRecord } from '../../../core/index';
import type { Translator } from '../../state/index';
import { creditWords } from '../../components/index';
import { roleTitle } from '../role-titles';

/** Who moved a mechanism, in words: a role (and who played it), a route, a timer, or EXCON's void. */
export function describeMover(
  view: Pick<ExerciseView, 'content'>,
  record: TransitionRecord,
  t: Translator,
): string {
  const mover = moverOf(record);
  const role = mover.role ? roleTitle(view, mover.role) : '—';
  switch (mover.cause) {
    case 'decision':
      // An automated role is credited as automated, never as the control role its agent sent through.
      if (mover.credit?.kind === 'automated')
        return creditWords(mover.credit, (id) => roleTitle(view, id), t);
      return mover.playedBy
        ? t('board.by.playedBy', { role, player: roleTitle(view, mover.playedBy) })
        : t('board.by.decision', { role });
    case 'route': {
      const machine = mover.fromActor?.split('#')[0] ?? '';
      const title = view.content.playbook.mechanisms.get(machine)?.title ?? mover.fromActor ?? '—';
      return t('board.by.route', { mechanism: title });
    }
    case 'timer':
      return t('board.by.timer');
    case 'void':
      return t('board.by.void', { role });
    case 'started':
      return '—';
  }
}

/** The playbook's title of a mechanism event, or its name. */
export function eventTitle(
  view: Pick<ExerciseView, 'content'>,
  machine: string,
  event: string | null,
): string {
  if (event === null) return '—';
  return view.content.playbook.mechanisms.get(machine)?.events[event]?.title ?? event;
}
