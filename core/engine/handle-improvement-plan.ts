import type { CommandPayload } from './command-schemas';
import { reject, type Rejection } from './command-rejection';
import type { EngineCore } from './engine-core';
import { CONTROL_ONLY } from './visibility';

/**
 * The improvement plan (issue 22 §2): corrective actions that evaluators and EXCON add, amend and withdraw as
 * commands of the evaluation audience, so the journal alone carries the whole review. Each names what is to be
 * done, its owner, a due date, and the objective and observations it answers, which must exist.
 */

const audience = { audience: CONTROL_ONLY };

/** Why the objective or an observation an action answers is not there; null when they all are. */
function unknownLink(
  core: EngineCore,
  links: { objectiveId?: string | null; observationIds?: readonly string[] },
): Rejection | null {
  const { objectiveId, observationIds } = links;
  if (objectiveId != null && !core.scenario.objectives.some((objective) => objective.id === objectiveId))
    return reject('unknown-target', `no objective ${objectiveId}`, 'payload.objectiveId');
  const missing = (observationIds ?? []).find((id) => !core.state.observations[id]);
  if (missing !== undefined)
    return reject('unknown-target', `no observation ${missing}`, 'payload.observationIds');
  return null;
}

export function addCorrectiveAction(
  core: EngineCore,
  payload: CommandPayload<'corrective-action/add'>,
): Rejection | null {
  const refused = unknownLink(core, payload);
  if (refused) return refused;
  const actionId = payload.actionId ?? `CA-${core.state.lastSeq + 1}`;
  if (core.state.correctiveActions[actionId])
    return reject('invalid-command', `corrective action id ${actionId} is taken`, 'payload.actionId');
  core.emit('corrective-action.added', { ...payload, actionId }, audience);
  return null;
}

/** The action, if it can still change: there, and not withdrawn. */
function changeable(core: EngineCore, actionId: string): Rejection | null {
  const action = core.state.correctiveActions[actionId];
  if (!action) return reject('unknown-target', `no corrective action ${actionId}`, 'payload.actionId');
  if (action.withdrawn)
    return reject('not-now', `corrective action ${actionId} was withdrawn`, 'payload.actionId');
  return null;
}

export function amendCorrectiveAction(
  core: EngineCore,
  payload: CommandPayload<'corrective-action/amend'>,
): Rejection | null {
  const refused = changeable(core, payload.actionId) ?? unknownLink(core, payload.changes);
  if (refused) return refused;
  core.emit('corrective-action.amended', payload, audience);
  return null;
}

export function withdrawCorrectiveAction(
  core: EngineCore,
  payload: CommandPayload<'corrective-action/withdraw'>,
): Rejection | null {
  const refused = changeable(core, payload.actionId);
  if (refused) return refused;
  core.emit('corrective-action.withdrawn', payload, audience);
  return null;
}
