import { initialTransition } from 'xstate';
import { isInForce } from '../documents/index';
import { activeStatePaths, enteredStates, explainRefusal, type MechanismEvent } from '../playbook/index';
import type { CommandPayload } from './command-schemas';
import { reject, type Rejection } from './command-rejection';
import type { EngineCore } from './engine-core';
import { contentEnvelope, decisionMarkings } from './content-marking';
import { checkDecisionTriggers } from './inject-triggers';
import { matchExpectedActions } from './injects';
import { actorKey, actorSnapshot, ensureActor, scheduleTimers, sendToActor } from './mechanisms';
import { absentBody, roleTitleIn } from './roles';
import { CONTROL_ONLY, EVERYONE } from './visibility';

/** Take a decision: the role must own the event, and the mechanism (or case) must accept it now. */
export function takeDecision(core: EngineCore, payload: CommandPayload<'decision/take'>): Rejection | null {
  const { machine, event: eventName, fields } = payload;
  const instanceGiven = payload.instance ?? null;
  const document = core.playbook.mechanisms.get(machine);
  if (!document || !isInForce(document.inForce, core.state.date)) {
    return reject(
      'unknown-target',
      `no mechanism "${machine}" is in force in this exercise`,
      'payload.machine',
    );
  }
  const declared = document.events[eventName];
  if (!declared || !isInForce(declared.inForce, core.state.date)) {
    return reject(
      'unknown-target',
      `${machine} has no decision ${eventName} in force on ${core.state.date}`,
      'payload.event',
    );
  }
  const roleId = core.actingRole as string;
  // A body the scenario does not play, when control acts as it (handle-command.ts let only that through).
  const role = core.roles.get(roleId) ?? absentBody(core.playbook, core.roles, roleId);
  if (
    !role ||
    role.local ||
    declared.origin === 'route' ||
    !core.playbook.isOwner(role, machine, eventName)
  ) {
    return reject('not-allowed', `${roleId} does not own ${machine} ${eventName}`, 'payload.event');
  }
  // The inject it answers must be one this role received: a decision cannot claim to answer what it never saw.
  const answers = payload.answersInject;
  const received = answers === undefined ? undefined : core.state.injects[answers]?.recipients[roleId];
  if (answers !== undefined && (received === undefined || received === 'blocked'))
    return reject('unknown-target', `${roleId} received no inject ${answers}`, 'payload.answersInject');
  if (document.instanceKey && instanceGiven === null) {
    return reject(
      'invalid-command',
      `${machine} runs one case per ${document.instanceKey.label}: say which`,
      'payload.instance',
    );
  }
  const instance = document.instanceKey ? instanceGiven : null;
  for (const field of declared.fields ?? []) {
    const value = fields[field.name];
    if (value === undefined || value === '') {
      if (field.required)
        return reject('invalid-command', `"${field.label}" is required`, `payload.fields.${field.name}`);
      continue;
    }
    if (field.options && !field.options.includes(String(value))) {
      return reject(
        'invalid-command',
        `"${String(value)}" is not one of ${field.options.join(', ')}`,
        `payload.fields.${field.name}`,
      );
    }
    // A marking field decides who may read the decision (content-marking.ts): only the playbook's markings.
    if (field.type === 'marking' && !core.playbook.marking(String(value))) {
      const known = core.playbook.markings.map((marking) => marking.id).join(', ');
      return reject(
        'invalid-command',
        `"${String(value)}" is not a marking of this playbook (${known})`,
        `payload.fields.${field.name}`,
      );
    }
  }
  const event: MechanismEvent = {
    type: eventName,
    payload: fields,
    actor: { role: roleId, groups: role.groups },
  };
  const key = actorKey(machine, instance);
  const existing = core.state.actors[key];
  const snapshot = existing
    ? actorSnapshot(core, existing)
    : initialTransition(core.playbook.machine(machine, core.state.date), { instance })[0];
  if (!snapshot.can(event)) {
    const which = `${machine}${instance ? ` (${instance})` : ''}`;
    const title = (id: string) => roleTitleIn(core, id);
    const refusal = explainRefusal(document, core.state.date, snapshot.value, snapshot.context, event, title);
    if (refusal) {
      return reject(
        refusal.code,
        `${which} refuses ${eventName}: ${refusal.reason}`,
        refusal.field ?? 'payload.event',
      );
    }
    const where = activeStatePaths(snapshot.value).at(-1) ?? 'its current state';
    return reject(
      'not-now',
      `${machine}${instance ? ` (${instance})` : ''} does not accept ${eventName} in "${where}"`,
      'payload.event',
    );
  }

  ensureActor(core, machine, instance);
  const decisionId = `D-${core.state.lastSeq + 1}`;
  // Its fields and rationale reach only the roles cleared for every marking they carry (content-marking.ts).
  const markings = decisionMarkings(document.marking, declared.fields, fields);
  core.emit(
    'decision.taken',
    {
      decisionId,
      actorKey: key,
      machine,
      instance,
      event: eventName,
      fields,
      rationale: payload.rationale ?? null,
      ...(answers === undefined ? {} : { answersInject: answers }),
    },
    contentEnvelope(core.playbook, core.roles, markings),
  );
  sendToActor(core, key, event, { kind: 'decision', decisionId });
  matchExpectedActions(core, { decisionId, role: roleId, machine, event: eventName, instance, fields });
  checkDecisionTriggers(core, { machine, event: eventName, role: roleId, instance, decisionId });
  return null;
}

/**
 * Void a decision (EXCON, with a reason): a compensating event. The mechanism returns to where it was
 * before — only for the latest transition of its actor, since later ones were built on it.
 */
export function voidDecision(core: EngineCore, payload: CommandPayload<'decision/void'>): Rejection | null {
  const { decisionId } = payload;
  // Only the latest decision on an actor keeps what it replaced (`undo`); any other cannot be voided.
  const found = Object.entries(core.state.actors).find(
    ([, candidate]) => candidate.undo?.decisionId === decisionId,
  );
  if (!found) {
    return reject(
      'not-now',
      `${decisionId} cannot be voided: only the latest decision on a mechanism can be, and only once (void later decisions on it first)`,
      'payload.decisionId',
    );
  }
  const [key, actor] = found;
  const marking = core.playbook.mechanisms.get(actor.machine)?.marking ?? null;
  const before = actor.undo as NonNullable<typeof actor.undo>;
  const previous = { value: actor.value, context: actor.context };
  core.emit('decision.voided', { decisionId, reason: payload.reason }, { audience: EVERYONE, marking });
  const stillActive = new Set(activeStatePaths(before.value));
  for (const timer of Object.values(core.state.timers)) {
    if (timer.actorKey === key && !stillActive.has(timer.statePath)) {
      core.emit('timer.cancelled', { timerId: timer.id }, { audience: CONTROL_ONLY, actor: null });
    }
  }
  core.emit(
    'mechanism.transitioned',
    {
      actorKey: key,
      machine: actor.machine,
      instance: actor.instance,
      event: null,
      cause: { kind: 'void', decisionId: decisionId },
      from: previous.value,
      to: before.value,
      context: before.context,
    },
    { audience: EVERYONE, marking },
  );
  // States the decision had left are entered again, so their timers start afresh.
  const restored = core.state.actors[key];
  if (restored) {
    const reentered = enteredStates(previous.value, before.value);
    scheduleTimers(core, key, restored.machine, actorSnapshot(core, restored), reentered);
  }
  return null;
}
