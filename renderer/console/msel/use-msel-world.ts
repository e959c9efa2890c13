import { useMemo } from 'react';
import { Channel } from '../../../core/index';
import { useHostVersion, type EngineHost } from '../../host/index';
import { roleTitle } from '../role-titles';
import { injectLog, type DeliveredMessage } from './inject-log';
import { mselRows, type MselRow } from './msel-rows';
import { injectRoles, simulatedRoles } from './msel-roles';

/** Everything the MSEL panel reads from the engine, projected once per host change. */
export interface MselWorld {
  rows: MselRow[];
  roles: string[];
  simulated: Set<string>;
  mechanisms: string[];
  channels: string[];
  markings: string[];
  /** Messages that reached a simulated actor: what the SimCell may answer. */
  toSimulated: DeliveredMessage[];
  roleTitle: (role: string) => string;
  mechanism: (machine: string) => string;
}

export function useMselWorld(host: EngineHost): MselWorld {
  const version = useHostVersion(host);
  const { engine } = host;
  return useMemo(() => {
    const { playbook, scenario } = engine.content;
    const rows = mselRows({ state: engine.state, scenario, events: engine.events });
    const simulated = simulatedRoles(engine);
    const mechanisms = [...new Set(rows.flatMap((row) => row.mechanisms))].sort();
    return {
      rows,
      roles: injectRoles(engine),
      simulated,
      mechanisms,
      channels: [...Channel.options],
      markings: playbook.markings.map((marking) => marking.id),
      toSimulated: injectLog(engine.events).messages.filter((message) => simulated.has(message.to)),
      roleTitle: (role: string) => roleTitle(engine, role),
      mechanism: (machine: string) => playbook.mechanisms.get(machine)?.title ?? machine,
    };
    // The engine mutates its state in place: the host's version is what says it changed.
  }, [engine, version]);
}
