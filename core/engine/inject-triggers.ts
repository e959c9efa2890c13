import type { EventPayload } from '../events/index';
import { activeStatePaths } from '../playbook/index';
import { durationToMs } from '../documents/index';
import { scenarioTimeToMs, type Inject } from '../scenario/index';
import type { EngineCore } from './engine-core';
import { decisionTriggerKey, missedTriggerKey, waitingOn } from './trigger-index';
import { CONTROL_ONLY } from './visibility';

/** Schedule a waiting conditional inject: released at now + its delay (not before its `notBefore`). */
export function triggerInject(
  core: EngineCore,
  inject: Inject,
  cause: EventPayload<'inject.triggered'>['cause'],
): void {
  const state = core.state.injects[inject.id];
  if (!state || state.status !== 'waiting') return;
  const delay = inject.delay ? durationToMs(inject.delay) : 0;
  const notBefore = inject.notBefore ? scenarioTimeToMs(inject.notBefore) : 0;
  core.emit(
    'inject.triggered',
    { injectId: inject.id, dueMs: Math.max(core.now + delay, notBefore), cause },
    { audience: CONTROL_ONLY, actor: null },
  );
}

/**
 * Conditional injects waiting for a state of this actor's mechanism that it is now in. The trigger index
 * gives the ones still waiting on the mechanism, in scenario order; every condition is checked here.
 */
export function checkStateTriggers(core: EngineCore, actorKey: string): void {
  const actor = core.state.actors[actorKey];
  if (!actor) return;
  let active: Set<string> | null = null;
  for (const inject of waitingOn(core.state, core.scenario, 'state', actor.machine)) {
    const when = inject.when;
    if (!when || !('state' in when) || when.state.machine !== actor.machine) continue;
    if (when.state.instance !== undefined && when.state.instance !== actor.instance) continue;
    if (core.state.injects[inject.id]?.status !== 'waiting') continue;
    active ??= new Set(activeStatePaths(actor.value));
    if (active.has(when.state.state)) triggerInject(core, inject, { state: when.state.state, actorKey });
  }
}

/** Conditional injects waiting for this decision. */
export function checkDecisionTriggers(
  core: EngineCore,
  decision: { machine: string; event: string; role: string; instance: string | null; decisionId: string },
): void {
  const key = decisionTriggerKey(decision.machine, decision.event);
  for (const inject of waitingOn(core.state, core.scenario, 'decision', key)) {
    const when = inject.when;
    if (!when || !('decision' in when)) continue;
    const wanted = when.decision;
    if (wanted.machine !== decision.machine || wanted.event !== decision.event) continue;
    if (wanted.role !== undefined && wanted.role !== decision.role) continue;
    if (wanted.instance !== undefined && wanted.instance !== decision.instance) continue;
    triggerInject(core, inject, { decisionId: decision.decisionId });
  }
}

/** Contingency injects watching an expected action whose window has just passed. */
export function checkContingencies(core: EngineCore, injectId: string, actionId: string): void {
  const key = missedTriggerKey(injectId, actionId);
  for (const inject of waitingOn(core.state, core.scenario, 'missed', key)) {
    const when = inject.when;
    if (when && 'missed' in when && when.missed.inject === injectId && when.missed.action === actionId) {
      triggerInject(core, inject, { missed: { inject: injectId, action: actionId } });
    }
  }
}
