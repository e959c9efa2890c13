import { useMemo } from 'react';
import { Channel, type ExerciseView } from '../../../core/index';
import { eventWordsFrom, type EventWords } from '../../components/index';
import { injectLogOf } from '../read-models';
import { useViewVersion } from '../use-view-version';
import { deliveredMessages, type DeliveredMessage } from './delivered-messages';
import { mselRows, type MselRow } from './msel-rows';
import { injectRoles, simulatedRoles } from './msel-roles';

/** Everything the MSEL panel reads of the exercise, projected once per change of the view. */
export interface MselWorld {
  rows: MselRow[];
  roles: string[];
  simulated: Set<string>;
  mechanisms: string[];
  channels: Channel[];
  markings: string[];
  /** Messages that reached a simulated actor: what the SimCell may answer. */
  toSimulated: DeliveredMessage[];
  roleTitle: (role: string) => string;
  mechanism: (machine: string) => string;
  /** The exercise's words for everything a row refers to (only the ID column shows ids). */
  names: EventWords;
}

export function useMselWorld(view: ExerciseView): MselWorld {
  // Re-render on every change of the exercise; what follows is recomputed only where it changed.
  useViewVersion(view);
  const { content } = view;
  // What does not change while the exercise runs: its roles, channels, markings and names. Kept per
  // content, which is loaded once per engine (a reopened one brings its own).
  const fixed = useMemo(() => {
    const { playbook } = content;
    const names = eventWordsFrom(content);
    return {
      names,
      roles: injectRoles(view),
      simulated: simulatedRoles(view),
      channels: [...Channel.options],
      markings: playbook.markings.map((marking) => marking.id),
      roleTitle: names.role,
      mechanism: names.mechanism,
    };
  }, [view, content]);
  // Brought up to date from the new events only; the same array when no inject changed.
  const rows = mselRows({
    state: view.state,
    scenario: content.scenario,
    events: view.events,
    injects: injectLogOf(view),
  });
  const mechanisms = useMemo(() => [...new Set(rows.flatMap((row) => row.mechanisms))].sort(), [rows]);
  const messages = deliveredMessages(view.events);
  const received = messages.length;
  const toSimulated = useMemo(
    () => messages.filter((message) => fixed.simulated.has(message.to)),
    // The message list only grows in place: its length says when it changed.
    [messages, received, fixed],
  );
  return useMemo(() => ({ ...fixed, rows, mechanisms, toSimulated }), [fixed, rows, mechanisms, toSimulated]);
}
