import { useMemo } from 'react';
import { Channel } from '../../../core/index';
import { useHostVersion, type EngineHost } from '../../host/index';
import { roleTitle } from '../role-titles';
import { injectLogOf } from '../read-models';
import { deliveredMessages, type DeliveredMessage } from './delivered-messages';
import { mselRows, type MselRow } from './msel-rows';
import { injectRoles, simulatedRoles } from './msel-roles';

/** Everything the MSEL panel reads from the engine, projected once per host change. */
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
}

export function useMselWorld(host: EngineHost): MselWorld {
  // Re-render on every change of the exercise; what follows is recomputed only where it changed.
  useHostVersion(host);
  const { engine } = host;
  // What does not change while the exercise runs: its roles, channels, markings and names.
  const fixed = useMemo(() => {
    const { playbook } = engine.content;
    return {
      roles: injectRoles(engine),
      simulated: simulatedRoles(engine),
      channels: [...Channel.options],
      markings: playbook.markings.map((marking) => marking.id),
      roleTitle: (role: string) => roleTitle(engine, role),
      mechanism: (machine: string) => playbook.mechanisms.get(machine)?.title ?? machine,
    };
  }, [engine]);
  // Brought up to date from the new events only; the same array when no inject changed.
  const rows = mselRows({
    state: engine.state,
    scenario: engine.content.scenario,
    events: engine.events,
    injects: injectLogOf(engine),
  });
  const mechanisms = useMemo(() => [...new Set(rows.flatMap((row) => row.mechanisms))].sort(), [rows]);
  const messages = deliveredMessages(engine.events);
  const received = messages.length;
  const toSimulated = useMemo(
    () => messages.filter((message) => fixed.simulated.has(message.to)),
    // The message list only grows in place: its length says when it changed.
    [messages, received, fixed],
  );
  return useMemo(() => ({ ...fixed, rows, mechanisms, toSimulated }), [fixed, rows, mechanisms, toSimulated]);
}
