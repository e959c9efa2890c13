import { injectById } from '../scenario/index';
import type { EngineCore } from './engine-core';
import type { EngineState } from './engine-state';
import { missExpectedAction, releaseScenarioInject } from './injects';
import { fireTimer } from './mechanisms';
import { compareDeadlines, deadlineIndexOf, type Deadline } from './deadline-index';

/**
 * Scheduled inject releases, mechanism timers and expected-action windows fire strictly in order of due
 * time (then kind, then id), each stamped with the time it was due, so a late or throttled tick and a jump
 * produce exactly the log an on-time clock would.
 */
export type { Deadline } from './deadline-index';

export function pendingDeadlines(state: EngineState): Deadline[] {
  const out: Deadline[] = [];
  for (const inject of Object.values(state.injects)) {
    if (inject.status === 'scheduled' && inject.dueMs !== null)
      out.push({ kind: 'release', dueMs: inject.dueMs, id: inject.id });
    for (const [actionId, expected] of Object.entries(inject.expected)) {
      if (expected.status === 'open' && expected.deadlineMs !== null) {
        out.push({
          kind: 'window',
          dueMs: expected.deadlineMs,
          id: `${inject.id}/${actionId}`,
          injectId: inject.id,
          actionId,
        });
      }
    }
  }
  for (const timer of Object.values(state.timers))
    out.push({ kind: 'timer', dueMs: timer.dueMs, id: timer.id });
  return out.sort(compareDeadlines);
}

/**
 * The first deadline in firing order. Releases and windows come from the state's deadline index (a heap
 * kept as the state changes): this runs once per deadline fired and once per clock pulse, and a scan over
 * every inject of an MSEL of thousands made a run quadratic. Timers are few (one per mechanism state with
 * a delay) and are scanned.
 */
export function nextDeadline(state: EngineState, only?: Deadline['kind']): Deadline | undefined {
  let best: Deadline | undefined;
  const consider = (candidate: Deadline | undefined) => {
    if (candidate && (!best || compareDeadlines(candidate, best) < 0)) best = candidate;
  };
  const index = deadlineIndexOf(state);
  if (!only || only === 'release') consider(index.nextRelease());
  if (!only || only === 'window') consider(index.nextWindow());
  if (!only || only === 'timer')
    for (const timer of Object.values(state.timers))
      if (!best || timer.dueMs <= best.dueMs) consider({ kind: 'timer', dueMs: timer.dueMs, id: timer.id });
  return best;
}

/** The next scheduled inject release, for "jump to the next inject". */
export function nextRelease(state: EngineState): Deadline | undefined {
  return nextDeadline(state, 'release');
}

/**
 * Fire every deadline due at or before `targetMs`, in order, then stand at `targetMs`. Only between STARTEX
 * and ENDEX: before STARTEX a host's pulse (or a command's catch-up) would otherwise release the T+0 injects
 * to stations that have not started, and after ENDEX nothing falls due any more.
 */
export function advanceTo(core: EngineCore, targetMs: number): void {
  const { status } = core.state.clock;
  if (status === 'ready' || status === 'ended') return;
  for (let guard = 0; guard < 1_000_000; guard++) {
    const next = nextDeadline(core.state);
    if (!next || next.dueMs > targetMs) break;
    core.now = Math.max(core.now, next.dueMs);
    fire(core, next);
  }
  core.now = Math.max(core.now, targetMs);
}

function fire(core: EngineCore, deadline: Deadline): void {
  if (deadline.kind === 'timer') fireTimer(core, deadline.id);
  else if (deadline.kind === 'window') missExpectedAction(core, deadline.injectId, deadline.actionId);
  else {
    const inject = injectById(core.scenario).get(deadline.id);
    if (inject) releaseScenarioInject(core, inject, 'schedule');
  }
}
