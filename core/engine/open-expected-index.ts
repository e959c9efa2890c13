import type { ExpectedAction, Inject, ScenarioDocument } from '../scenario/index';
import type { EngineState } from './engine-state';

/** An expected action that a playbook decision meets (not a free-text one). */
export type DecisionAction = Extract<ExpectedAction, { event: unknown }>;

export interface OpenExpected {
  inject: Inject;
  action: DecisionAction;
  /** Position in the scenario (inject, then action): the order `expected-action.met` is logged in. */
  injectIndex: number;
  actionIndex: number;
}

const keyOf = (role: string, machine: string, event: string) => `${role}\u0000${machine}\u0000${event}`;

/**
 * The open decision-matched expected actions of an engine state, by the role, machine and event that meet
 * them: a decision looked at every inject of the MSEL for one it met, which made a run quadratic in the
 * inject count (issue 19 §4). An expected action opens only when its inject is released; the fold tells
 * the index (`noteInjectReleased`), which reads the inject's actions from the scenario when next asked.
 * Entries that are no longer open are dropped when their list is next read.
 */
class OpenExpectedIndex {
  private readonly byDecision = new Map<string, OpenExpected[]>();
  /** `injectId/actionId` of every entry held, so a release heard twice does not list an action twice. */
  private readonly held = new Set<string>();
  private readonly positions: ReadonlyMap<string, number>;
  private pending: string[] = [];

  constructor(
    private readonly state: EngineState,
    private readonly scenario: ScenarioDocument,
  ) {
    this.positions = new Map(scenario.injects.map((inject, index) => [inject.id, index]));
    for (const inject of scenario.injects) this.add(inject.id);
  }

  released(injectId: string): void {
    this.pending.push(injectId);
  }

  /** The open actions a decision of this role, machine and event may meet, in scenario order. */
  candidates(role: string, machine: string, event: string): OpenExpected[] {
    for (const injectId of this.pending) this.add(injectId);
    this.pending = [];
    const key = keyOf(role, machine, event);
    const listed = this.byDecision.get(key);
    if (!listed) return [];
    const open = listed.filter((entry) => {
      const stillOpen = this.isOpen(entry.inject.id, entry.action.id);
      if (!stillOpen) this.held.delete(`${entry.inject.id}/${entry.action.id}`);
      return stillOpen;
    });
    this.byDecision.set(key, open);
    return [...open].sort((a, b) => a.injectIndex - b.injectIndex || a.actionIndex - b.actionIndex);
  }

  private isOpen(injectId: string, actionId: string): boolean {
    const inject = this.state.injects[injectId];
    return inject?.status === 'released' && inject.expected[actionId]?.status === 'open';
  }

  private add(injectId: string): void {
    const injectIndex = this.positions.get(injectId);
    if (injectIndex === undefined) return; // an ad-hoc inject has no expected actions to match
    const inject = this.scenario.injects[injectIndex] as Inject;
    for (const [actionIndex, action] of inject.expectedActions.entries()) {
      if (!('event' in action) || !this.isOpen(inject.id, action.id)) continue;
      const heldKey = `${inject.id}/${action.id}`;
      if (this.held.has(heldKey)) continue;
      this.held.add(heldKey);
      const key = keyOf(action.role, action.event.machine, action.event.event);
      const list = this.byDecision.get(key) ?? [];
      list.push({ inject, action, injectIndex, actionIndex });
      this.byDecision.set(key, list);
    }
  }
}

const indexes = new WeakMap<EngineState, OpenExpectedIndex>();

/** The open expected actions a decision may meet, from the state's index (built by one scan when first asked). */
export function openExpectedFor(
  state: EngineState,
  scenario: ScenarioDocument,
  decision: { role: string; machine: string; event: string },
): OpenExpected[] {
  let index = indexes.get(state);
  if (!index) {
    index = new OpenExpectedIndex(state, scenario);
    indexes.set(state, index);
  }
  return index.candidates(decision.role, decision.machine, decision.event);
}

/** The fold released this inject: its expected actions are open (nothing to do before the index is used). */
export function noteInjectReleased(state: EngineState, injectId: string): void {
  indexes.get(state)?.released(injectId);
}
