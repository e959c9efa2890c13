import { injectById } from '../scenario/index';
import type { EngineCore } from './engine-core';
import type { EngineState } from './engine-state';
import { missExpectedAction, releaseScenarioInject } from './injects';
import { fireTimer } from './mechanisms';

/**
 * Everything that happens at a scenario time on its own: scheduled inject releases, mechanism timers and
 * expected-action windows. Fired strictly in order of due time (then kind, then id), each stamped with the
 * time it was due, so a late or throttled tick and a jump produce exactly the log an on-time clock would.
 */
export type Deadline =
  | { kind: 'release'; dueMs: number; id: string }
  | { kind: 'timer'; dueMs: number; id: string }
  | { kind: 'window'; dueMs: number; id: string; injectId: string; actionId: string };

const KIND_ORDER = { release: 0, timer: 1, window: 2 } as const;

function compareDeadlines(a: Deadline, b: Deadline): number {
  return (
    a.dueMs - b.dueMs || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

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
 * The first deadline in firing order, by one pass that builds no list: it runs once per deadline fired and
 * once per clock pulse, over every inject of an MSEL that may hold thousands.
 */
export function nextDeadline(state: EngineState, only?: Deadline['kind']): Deadline | undefined {
  let best: Deadline | undefined;
  const consider = (candidate: Deadline) => {
    if (!best || compareDeadlines(candidate, best) < 0) best = candidate;
  };
  // for…in rather than Object.values: no array of thousands of injects is built on every pulse.
  for (const injectId in state.injects) {
    const inject = state.injects[injectId] as EngineState['injects'][string];
    if (inject.status === 'scheduled' && inject.dueMs !== null && (!only || only === 'release')) {
      if (!best || inject.dueMs <= best.dueMs)
        consider({ kind: 'release', dueMs: inject.dueMs, id: inject.id });
    }
    if (only && only !== 'window') continue;
    for (const actionId in inject.expected) {
      const expected = inject.expected[actionId] as (typeof inject.expected)[string];
      if (expected.status !== 'open' || expected.deadlineMs === null) continue;
      if (best && expected.deadlineMs > best.dueMs) continue;
      consider({
        kind: 'window',
        dueMs: expected.deadlineMs,
        id: `${inject.id}/${actionId}`,
        injectId: inject.id,
        actionId,
      });
    }
  }
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
