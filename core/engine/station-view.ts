import { isInForce } from '../documents/index';
import {
  acceptsEventType,
  activeStatePaths,
  decisionConsequences,
  type DecisionConsequences,
  type Playbook,
} from '../playbook/index';
import type { DistributiveOmit, ExerciseEvent } from '../ports/index';
import type { LoadedContent } from './exercise-content';
import type { EngineState } from './engine-state';
import type { EngineRole } from './roles';
import type { StationWords } from './station-words';

/** An event as a station receives it: numbered in the role's own stream; the global seq never leaves. */
export type StationEvent = DistributiveOmit<ExerciseEvent, 'seq'> & { streamSeq: number };

export interface OpenDecision {
  machine: string;
  /** The case; null for a single machine, or for a new case of a multi-case mechanism. */
  instance: string | null;
  newCase: boolean;
  event: string;
  title: string;
  fields: {
    name: string;
    label: string;
    type: string;
    options?: string[];
    /** Words for options, by option id, where the playbook (or the station's language) has them. */
    optionLabels?: Record<string, string>;
    required: boolean;
  }[];
}

/**
 * An open decision as a station shows it: with what taking it does, worded on the host from the exercise's
 * own playbook, since a station holds no playbook.
 */
export interface StationDecision extends OpenDecision {
  consequences: DecisionConsequences;
  /** For a new case of a multi-case mechanism, its case key's label (`requesting Member State`). */
  caseLabel: string | null;
}

export interface MechanismView {
  actorKey: string;
  machine: string;
  title: string;
  instance: string | null;
  states: string[];
}

/** What one role's station holds: pushed by the engine, filtered before it leaves the engine's host. */
export interface StationView {
  exerciseId: string;
  role: string;
  /** The last stream number; a station resyncs by asking for events after the one it has. */
  streamSeq: number;
  events: StationEvent[];
  mechanisms: MechanismView[];
  openDecisions: StationDecision[];
  clock: { status: string; scenarioMs: number };
  /** What every station shows about the exercise: its name, its marking and the in-world start. */
  exercise: ExerciseHeading;
  /**
   * The words of the content this view shows, by language (`en` and each catalogue's), from the exercise's
   * own playbook. Optional: a host of an earlier version sends none, and the station reads the titles above.
   */
  words?: StationWords;
  /**
   * A page of a station's history (the host sends at most STATION_PAGE_EVENTS at a time): more follows, and
   * the station asks for it with its new last stream number. `streamSeq` is then the page's last item.
   */
  more?: boolean;
}

/**
 * A view as the host pushes it to a role's stations: what its stream gained, and the mechanisms and open
 * decisions only when they changed since the last push (the station keeps the last it was sent). Words travel
 * only in a full view (`StationView`, the answer to a station's hello) or beside a change of what is shown.
 */
export type StationViewUpdate = Omit<StationView, 'mechanisms' | 'openDecisions'> &
  Partial<Pick<StationView, 'mechanisms' | 'openDecisions'>>;

export interface ExerciseHeading {
  name: string;
  marking: string;
  scenarioId: string;
  scenarioTitle: string;
  start: { date: string; timeZone: string };
  noPlay: boolean;
}

export function mechanismViews(
  content: LoadedContent,
  state: EngineState,
  role: EngineRole,
): MechanismView[] {
  const out: MechanismView[] = [];
  for (const [key, actor] of Object.entries(state.actors)) {
    const document = content.playbook.mechanisms.get(actor.machine);
    if (!document) continue;
    const visible =
      role.audience === 'control' ||
      role.audience === 'evaluation' ||
      content.playbook.canSee(role, document.marking);
    if (!visible) continue;
    out.push({
      actorKey: key,
      machine: actor.machine,
      title: document.title,
      instance: actor.instance,
      states: activeStatePaths(actor.value),
    });
  }
  return out.sort((a, b) => (a.actorKey < b.actorKey ? -1 : 1));
}

/** Exactly the decisions the role owns that its mechanisms accept in their current states. */
export function openDecisions(content: LoadedContent, state: EngineState, role: EngineRole): OpenDecision[] {
  if (role.local || role.audience !== 'players') return [];
  const out: OpenDecision[] = [];
  const date = state.date;
  for (const document of content.playbook.mechanismsInForce(date)) {
    const owned = Object.entries(document.events).filter(
      ([name, event]) =>
        event.origin === 'decision' &&
        isInForce(event.inForce, date) &&
        content.playbook.isOwner(role, document.id, name),
    );
    if (owned.length === 0) continue;
    const actors = Object.values(state.actors).filter((actor) => actor.machine === document.id);
    const candidates: { instance: string | null; newCase: boolean; paths: string[] }[] = actors.map(
      (actor) => ({
        instance: actor.instance,
        newCase: false,
        paths: activeStatePaths(actor.value),
      }),
    );
    if (document.instanceKey)
      candidates.push({ instance: null, newCase: true, paths: initialPaths(document) });
    for (const candidate of candidates) {
      for (const [name, event] of owned) {
        if (!acceptsEventType(document, candidate.paths, name)) continue;
        out.push({
          machine: document.id,
          instance: candidate.instance,
          newCase: candidate.newCase,
          event: name,
          title: event.title,
          fields: (event.fields ?? []).map((field) => ({
            ...field,
            ...(field.options ? { options: [...field.options] } : {}),
          })),
        });
      }
    }
  }
  return out;
}

/**
 * Consequences by playbook, machine, event, active states and date: a view is pushed to every connected role
 * on every change, and the same few decisions in the same states come back each time.
 */
const consequenceCache = new WeakMap<Playbook, Map<string, DecisionConsequences>>();

function consequencesOf(playbook: Playbook, decision: OpenDecision, states: readonly string[], date: string) {
  let cache = consequenceCache.get(playbook);
  if (!cache) consequenceCache.set(playbook, (cache = new Map()));
  const key = [decision.machine, decision.event, date, ...states].join('\u0000');
  let found = cache.get(key);
  if (!found) {
    found = decisionConsequences(playbook, decision.machine, decision.event, states, date);
    cache.set(key, found);
  }
  return found;
}

/** The role's open decisions with their consequences in the mechanisms' current states. */
export function stationDecisions(
  content: LoadedContent,
  state: EngineState,
  role: EngineRole,
): StationDecision[] {
  const { playbook } = content;
  return openDecisions(content, state, role).map((decision) => {
    const actor = decision.newCase
      ? undefined
      : Object.values(state.actors).find(
          (entry) => entry.machine === decision.machine && entry.instance === decision.instance,
        );
    const states = actor ? activeStatePaths(actor.value) : [];
    const document = playbook.mechanisms.get(decision.machine);
    return {
      ...decision,
      consequences: consequencesOf(playbook, decision, states, state.date),
      caseLabel: decision.newCase ? (document?.instanceKey?.label ?? null) : null,
    };
  });
}

function initialPaths(document: {
  initial: string;
  states: Record<
    string,
    { initial?: string | undefined; type?: string | undefined; states?: Record<string, unknown> | undefined }
  >;
}): string[] {
  const paths: string[] = [];
  const enter = (
    prefix: string,
    name: string,
    node:
      | {
          initial?: string | undefined;
          type?: string | undefined;
          states?: Record<string, unknown> | undefined;
        }
      | undefined,
  ) => {
    const path = prefix ? `${prefix}.${name}` : name;
    paths.push(path);
    if (!node?.states) return;
    const children = node.type === 'parallel' ? Object.keys(node.states) : node.initial ? [node.initial] : [];
    for (const child of children) enter(path, child, node.states[child] as typeof node);
  };
  enter('', document.initial, document.states[document.initial]);
  return paths;
}
