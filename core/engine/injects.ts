import { durationToMs } from '../documents/index';
import type { InjectContent } from '../events/index';
import { injectById, type Inject } from '../scenario/index';
import type { EngineCore } from './engine-core';
import { checkContingencies } from './inject-triggers';
import { openExpectedFor } from './open-expected-index';
import { CONTROL_ONLY, toRole } from './visibility';

export const EDITABLE_INJECT_FIELDS = [
  'title',
  'text',
  'from',
  'to',
  'channel',
  'marking',
  'priority',
] as const;

/**
 * An inject's content as planned: the scenario's, with the edits EXCON made before its release. Its title is
 * what recipients read: the inject's heading when it has one (a contingency must), since its title is
 * control's name for it and may give the game away ("Contingency: …").
 */
export function plannedInjectContent(inject: Inject, edits: Partial<InjectContent> = {}): InjectContent {
  return {
    title: edits.title ?? inject.heading ?? inject.title,
    text: edits.text ?? inject.text,
    from: edits.from ?? inject.from,
    to: edits.to ?? [...inject.to],
    channel: edits.channel ?? inject.channel,
    marking: edits.marking ?? inject.marking,
    priority: edits.priority ?? inject.priority,
  };
}

export function injectContent(core: EngineCore, inject: Inject): InjectContent {
  return plannedInjectContent(inject, core.state.injects[inject.id]?.edits);
}

/**
 * Release an inject: log the release with the windows of its expected actions, then deliver it to each
 * recipient whose clearance allows its marking, and log every delivery it blocks.
 */
export function releaseInject(
  core: EngineCore,
  injectId: string,
  content: InjectContent,
  cause: string,
  expectedWindows: Record<string, string | undefined> = {},
): void {
  const deadlines: Record<string, number | null> = {};
  for (const [actionId, window] of Object.entries(expectedWindows)) {
    deadlines[actionId] = window === undefined ? null : core.now + durationToMs(window);
  }
  const adhoc = !injectById(core.scenario).has(injectId);
  core.emit(
    'inject.released',
    { injectId, content, deadlines, cause, adhoc },
    { audience: CONTROL_ONLY, marking: content.marking },
  );
  for (const recipient of content.to) {
    const role = core.roles.get(recipient);
    if (role && core.playbook.canSee(role, content.marking)) {
      core.emit(
        'inject.delivered',
        { injectId, role: recipient, content },
        { audience: toRole(recipient), marking: content.marking },
      );
    } else {
      const reason = role ? `clearance does not allow ${content.marking}` : 'role not in this exercise';
      core.emit(
        'inject.blocked',
        { injectId, role: recipient, marking: content.marking, reason },
        { audience: CONTROL_ONLY, marking: content.marking },
      );
    }
  }
}

/** Release a scenario inject (scheduled, triggered or forced by a controller). */
export function releaseScenarioInject(core: EngineCore, inject: Inject, cause: string): void {
  const windows = Object.fromEntries(inject.expectedActions.map((action) => [action.id, action.window]));
  releaseInject(core, inject.id, injectContent(core, inject), cause, windows);
}

/** A decision that may meet expected actions: matched on role, event, case and fields, inside the window. */
export interface TakenDecision {
  decisionId: string;
  role: string;
  machine: string;
  event: string;
  instance: string | null;
  fields: Record<string, unknown>;
}

/**
 * Log `expected-action.met` for every open expected action the decision meets, in scenario order. The
 * candidates come from the state's index of open actions by role, machine and event; each is checked here.
 */
export function matchExpectedActions(core: EngineCore, decision: TakenDecision): void {
  for (const { inject, action } of openExpectedFor(core.state, core.scenario, decision)) {
    const state = core.state.injects[inject.id];
    if (!state || state.status !== 'released') continue;
    const expected = state.expected[action.id];
    if (!expected || expected.status !== 'open') continue;
    if (expected.deadlineMs !== null && core.now > expected.deadlineMs) continue;
    const wanted = action.event;
    if (
      action.role !== decision.role ||
      wanted.machine !== decision.machine ||
      wanted.event !== decision.event
    )
      continue;
    if (wanted.instance !== undefined && wanted.instance !== decision.instance) continue;
    const fieldsMatch = Object.entries(wanted.fields ?? {}).every(
      ([name, value]) => decision.fields[name] === value,
    );
    if (!fieldsMatch) continue;
    core.emit(
      'expected-action.met',
      { injectId: inject.id, actionId: action.id, decisionId: decision.decisionId, role: decision.role },
      { audience: CONTROL_ONLY },
    );
  }
}

/** An expected action's window has passed unmet: log it and release the contingencies watching it. */
export function missExpectedAction(core: EngineCore, injectId: string, actionId: string): void {
  core.emit('expected-action.missed', { injectId, actionId }, { audience: CONTROL_ONLY, actor: null });
  checkContingencies(core, injectId, actionId);
}
