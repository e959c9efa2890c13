import { isInForce } from '../documents/index';
import type { MechanismDocument, PlaybookEvent, TransitionObject } from './playbook-schema';
import type { Playbook } from './playbook-model';
import { DELAYS } from './registry';
import { guardRefs, type GuardEntry } from './guard-refs';
import {
  allStates,
  buildStateTree,
  resolveTarget,
  transitionsFor,
  transitionsOf,
  type StateEntry,
} from './state-tree';

/**
 * What taking a decision does, in the playbook's own words, so a participant sees the consequences before
 * confirming: the states it leads to, the routes it fires into other mechanisms, the timers those states
 * start and the expected windows it opens. Read from the mechanism documents only; guards are named, not
 * evaluated (the engine decides when the decision is taken).
 */

export interface StateSummary {
  path: string;
  /** The state's name in plain words: `fullActivation` → "full activation". */
  name: string;
  description: string | null;
}

export type Consequence =
  | {
      kind: 'enters';
      machineTitle: string;
      state: StateSummary;
      condition: string | null;
      note: string | null;
    }
  | { kind: 'stays'; machineTitle: string; condition: string | null; note: string | null }
  | {
      kind: 'route';
      description: string;
      machineTitle: string;
      eventTitle: string;
      states: StateSummary[];
    }
  | { kind: 'timer'; state: string; timer: string; duration: string; then: string | null }
  | { kind: 'window'; title: string; expected: string };

export interface DecisionConsequences {
  description: string;
  /** The consequences as plain English sentences. */
  consequences: string[];
  /** The same, structured, for screens that word them in the reader's language. */
  items: Consequence[];
}

/** `fullActivation` → "full activation"; `activated.crisisCell` → "activated › crisis cell". */
export function stateName(path: string): string {
  return path
    .split('.')
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' › ');
}

function summary(entry: StateEntry): StateSummary {
  return { path: entry.key, name: stateName(entry.key), description: entry.node.description ?? null };
}

/** The state and the descendants XState enters with it (initial children; every region of a parallel). */
function enteredWith(entry: StateEntry): StateEntry[] {
  const { node } = entry;
  const children =
    node.type === 'parallel'
      ? entry.children
      : entry.children.filter((child) => child.path.at(-1) === node.initial);
  return [entry, ...children.flatMap(enteredWith)];
}

function condition(document: MechanismDocument, event: PlaybookEvent | undefined, t: TransitionObject) {
  const refs = guardRefs(t.guard);
  if (refs.length === 0) return null;
  return refs.map((ref) => describeGuard(event, ref)).join('; ');
}

/** A guard in words, for the decision form's "what happens": its refusal text says it best when it has one. */
function describeGuard(event: PlaybookEvent | undefined, ref: GuardEntry): string {
  const params = ref.params ?? {};
  const label = event?.fields?.find((field) => field.name === params.field)?.label ?? String(params.field);
  if (ref.type === 'fieldEquals') return `${label}: ${String(params.value)}`;
  if (ref.type === 'fieldNotEquals') return `${label}: not ${String(params.value)}`;
  if (ref.type === 'fieldIsNotActor') return `${label}: not the ${String(params.record)}`;
  if (ref.type === 'actorInGroup') return `taken by a role in ${String(params.group)}`;
  if (ref.type === 'flagSet') return `once ${stateName(String(params.flag))}`;
  if (ref.type === 'flagNotSet') return `unless ${stateName(String(params.flag))}`;
  // Who acts, as a condition ("if no objectors remain"); a refusal text reads as a reason, not a condition.
  const record = String(params.record);
  const set = String(params.set);
  const who: Record<string, string> = {
    actorNotInGroup: `taken by a role not in ${String(params.group)}`,
    actorIs: `taken by the ${record}`,
    actorIsNot: `not taken by the ${record}`,
    actorIn: `taken by one of the ${set}`,
    actorNotIn: `not taken by one of the ${set}`,
    noActors: `no ${set} remain`,
    stateIn: `once ${stateName(String(params.state).split('.').at(-1) ?? '')}`,
  };
  return who[ref.type] ?? `${stateName(ref.type)} ${Object.values(params).join(' ')}`.trim();
}

/** Where a routed event leads in the receiving mechanism, whatever state it is in. */
function routedTargets(document: MechanismDocument, event: string): StateSummary[] {
  const root = buildStateTree(document);
  const targets = new Map<string, StateSummary>();
  for (const entry of allStates(root)) {
    for (const item of transitionsOf(entry)) {
      if (item.kind !== 'event' || item.name !== event || item.transition.target === undefined) continue;
      const target = resolveTarget(root, entry, item.transition.target);
      if (target) targets.set(target.key, summary(target));
    }
  }
  return [...targets.values()];
}

function sentence(item: Consequence): string {
  const when = (text: string | null) => (text ? ` (if ${text})` : '');
  switch (item.kind) {
    case 'enters':
      return `${item.machineTitle} moves to "${item.state.name}"${when(item.condition)}${
        item.state.description ? `: ${item.state.description}` : ''
      }${item.note ? ` — ${item.note}` : ''}`;
    case 'stays':
      return `${item.machineTitle} stays where it is${when(item.condition)}${item.note ? `: ${item.note}` : ''}`;
    case 'route':
      return `${item.description} → ${item.machineTitle}: ${item.eventTitle}${
        item.states.length > 0 ? ` (to "${item.states.map((state) => state.name).join('" or "')}")` : ''
      }`;
    case 'timer':
      return `starts the timer ${item.timer} (${item.duration}) in "${item.state}"${
        item.then ? `, then "${item.then}"` : ''
      }`;
    case 'window':
      return `opens the expected window "${item.title}" (${item.expected})`;
  }
}

/**
 * The plain-language description and consequences of taking `event` on `machine` while the machine is in
 * `activeStates` (MechanismView.states; empty for a new case). `date` leaves out routes not in force then.
 */
export function decisionConsequences(
  playbook: Playbook,
  machine: string,
  event: string,
  activeStates: readonly string[],
  date?: string,
): DecisionConsequences {
  const document = playbook.mechanisms.get(machine);
  const declared = document?.events[event];
  const description = declared?.description ?? declared?.title ?? event;
  if (!document) return { description, consequences: [], items: [] };
  const inForce = (range: Parameters<typeof isInForce>[0]) => date === undefined || isInForce(range, date);
  const root = buildStateTree(document);
  const initialPaths =
    activeStates.length > 0
      ? activeStates
      : enteredWith(root)
          .slice(1)
          .map((e) => e.key);
  const items: Consequence[] = [];
  const entered = new Map<string, StateEntry>();
  for (const { source, transition } of transitionsFor(root, initialPaths, event)) {
    if (!inForce(transition.inForce)) continue;
    const target = transition.target ? resolveTarget(root, source, transition.target) : undefined;
    const shared = { machineTitle: document.title, condition: condition(document, declared, transition) };
    const note = transition.description ?? null;
    if (!target) {
      items.push({ kind: 'stays', ...shared, note });
      continue;
    }
    items.push({ kind: 'enters', ...shared, state: summary(target), note });
    for (const entry of enteredWith(target)) entered.set(entry.key, entry);
  }
  const enteredKeys = [...entered.keys()];
  for (const route of document.routes) {
    if (!inForce(route.inForce)) continue;
    const fires =
      'event' in route.when ? route.when.event === event : enteredKeys.includes(route.when.enters);
    if (!fires) continue;
    const receiver = playbook.mechanisms.get(route.send.machine);
    items.push({
      kind: 'route',
      description: route.description,
      machineTitle: receiver?.title ?? route.send.machine,
      eventTitle: receiver?.events[route.send.event]?.title ?? route.send.event,
      states: receiver ? routedTargets(receiver, route.send.event) : [],
    });
  }
  for (const entry of entered.values()) {
    for (const timer of transitionsOf(entry).filter((item) => item.kind === 'timer')) {
      const then = timer.transition.target ? resolveTarget(root, entry, timer.transition.target) : undefined;
      items.push({
        kind: 'timer',
        state: stateName(entry.key),
        timer: stateName(timer.name),
        duration: DELAYS[timer.name as keyof typeof DELAYS] ?? timer.name,
        then: then ? stateName(then.key) : null,
      });
    }
  }
  for (const window of document.windows) {
    if (!inForce(window.inForce)) continue;
    const from = window.from;
    const opens = 'event' in from ? from.event === event : enteredKeys.includes(from.enters);
    if (opens) items.push({ kind: 'window', title: window.title, expected: window.expected });
  }
  return { description, consequences: items.map(sentence), items };
}
