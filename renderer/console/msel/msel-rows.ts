import {
  injectById,
  plannedInjectContent,
  type EngineState,
  type ExerciseEvent,
  type Inject,
  type InjectContent,
  type InjectLog,
  type InjectState,
} from '../../../core/index';

/** A recipient's state for one inject: before release every recipient is pending. */
export type RecipientState = 'pending' | 'delivered' | 'acknowledged' | 'blocked';

/** What releases an inject: a fixed time, a playbook state or decision, a missed action, or a controller. */
export type MselTrigger =
  | { kind: 'at' }
  | { kind: 'state'; machine: string; state: string; instance: string | null }
  | { kind: 'decision'; machine: string; event: string; role: string | null; instance: string | null }
  | { kind: 'missed'; inject: string; action: string }
  | { kind: 'adhoc' };

export interface MselRollup {
  total: number;
  pending: number;
  delivered: number;
  acknowledged: number;
  blocked: number;
}

export interface MselRow {
  id: string;
  /** Control's name for the inject: the scenario's title (a contingency's says it is one). */
  title: string;
  /** What its recipients read as its title (the content's, edits included). */
  heading: string;
  text: string;
  status: InjectState['status'];
  /** Scenario time of release when known (fixed, triggered or rescheduled). */
  dueMs: number | null;
  releasedMs: number | null;
  trigger: MselTrigger;
  /** Wait after the trigger, as the scenario writes it ("1h"). */
  delay: string | null;
  from: string;
  recipients: { role: string; state: RecipientState }[];
  rollup: MselRollup;
  channel: string;
  marking: string;
  priority: string;
  /** Playbook mechanisms its expected actions name (by machine id). */
  mechanisms: string[];
  track: string | null;
  adhoc: boolean;
  /** Fields a controller changed before release. */
  edited: string[];
}

export interface MselInputs {
  state: Pick<EngineState, 'injects'>;
  scenario: { injects: readonly Inject[] };
  events: readonly ExerciseEvent[];
  /** The console's inject log (core/read-models), kept up to `events`: what each inject said when released. */
  injects: Pick<InjectLog, 'get'>;
}

function triggerOf(inject: Inject): MselTrigger {
  const when = inject.when;
  if (!when) return { kind: 'at' };
  if ('state' in when)
    return {
      kind: 'state',
      machine: when.state.machine,
      state: when.state.state,
      instance: when.state.instance ?? null,
    };
  if ('decision' in when)
    return {
      kind: 'decision',
      machine: when.decision.machine,
      event: when.decision.event,
      role: when.decision.role ?? null,
      instance: when.decision.instance ?? null,
    };
  return { kind: 'missed', inject: when.missed.inject, action: when.missed.action };
}

function recipientsOf(to: readonly string[], state: InjectState | undefined): MselRow['recipients'] {
  // Released injects list who they went to; roles named by an edit after release do not exist.
  const roles = state && Object.keys(state.recipients).length > 0 ? Object.keys(state.recipients) : to;
  return roles.map((role) => ({ role, state: state?.recipients[role] ?? 'pending' }));
}

export function rollupOf(recipients: MselRow['recipients']): MselRollup {
  const rollup: MselRollup = {
    total: recipients.length,
    pending: 0,
    delivered: 0,
    acknowledged: 0,
    blocked: 0,
  };
  for (const { state } of recipients) {
    rollup[state] += 1;
    // An acknowledged inject was delivered first: count it in both, as "delivered 3/3, acknowledged 2/3".
    if (state === 'acknowledged') rollup.delivered += 1;
  }
  return rollup;
}

function row(
  id: string,
  content: InjectContent,
  state: InjectState | undefined,
  inject: Inject | undefined,
): MselRow {
  const recipients = recipientsOf(content.to, state);
  const mechanisms = new Set<string>();
  for (const action of inject?.expectedActions ?? [])
    if ('event' in action) mechanisms.add(action.event.machine);
  return {
    id,
    // Control's title, unless control edited what recipients read: then the edit, as they will read it.
    title: inject && state?.edits.title === undefined ? inject.title : content.title,
    heading: content.title,
    text: content.text,
    status: state?.status ?? 'released',
    dueMs: state?.dueMs ?? null,
    releasedMs: state?.releasedMs ?? null,
    trigger: inject ? triggerOf(inject) : { kind: 'adhoc' },
    delay: inject?.delay ?? null,
    from: content.from,
    recipients,
    rollup: rollupOf(recipients),
    channel: content.channel,
    marking: content.marking,
    priority: content.priority,
    mechanisms: [...mechanisms],
    track: inject?.track ?? null,
    adhoc: inject === undefined,
    edited: Object.keys(state?.edits ?? {}),
  };
}

const timeOf = (row: MselRow) => row.releasedMs ?? row.dueMs ?? Number.POSITIVE_INFINITY;

interface RowCache {
  scanned: number;
  scenario: MselInputs['scenario'];
  /** Scenario injects in scenario order, then ad-hoc injects as they were sent. */
  rows: Map<string, MselRow>;
  sorted: MselRow[];
}

/**
 * Projections kept per log array and brought up to date from the events appended since: only an event
 * naming an inject changes that inject's state (core/engine/apply-event.ts), so a refresh rebuilds just
 * those rows, and returns the same array when none changed (React then skips the grid).
 */
const caches = new WeakMap<readonly ExerciseEvent[], RowCache>();

/**
 * The MSEL as the controller sees it: one row per inject, scenario and ad-hoc, with what it will send (or
 * sent), to whom, and how far each recipient got. In time order; injects still waiting for their condition
 * come last, in scenario order.
 */
export function mselRows({ state, scenario, events, injects }: MselInputs): MselRow[] {
  let cache = caches.get(events);
  if (!cache) {
    const ids = [
      ...scenario.injects.map((inject) => inject.id),
      ...Object.values(state.injects)
        .filter((injectState) => injectState.adhoc)
        .map((injectState) => injectState.id),
    ];
    cache = { scanned: events.length, scenario, rows: new Map(), sorted: [] };
    for (const id of ids) refreshRow(cache, id, state, injects);
    cache.sorted = inTimeOrder(cache.rows);
    caches.set(events, cache);
    return cache.sorted;
  }
  const changed = new Set<string>();
  for (let index = cache.scanned; index < events.length; index += 1) {
    const { payload } = events[index] as ExerciseEvent;
    if ('injectId' in payload && typeof payload.injectId === 'string') changed.add(payload.injectId);
  }
  cache.scanned = events.length;
  if (changed.size === 0) return cache.sorted;
  for (const id of changed) refreshRow(cache, id, state, injects);
  cache.sorted = inTimeOrder(cache.rows);
  return cache.sorted;
}

function refreshRow(cache: RowCache, id: string, state: MselInputs['state'], injects: MselInputs['injects']) {
  const released = injects.get(id)?.content ?? undefined;
  const inject = injectById(cache.scenario).get(id);
  const injectState = state.injects[id];
  if (inject) {
    const planned = plannedInjectContent(inject, injectState?.edits);
    cache.rows.set(id, row(id, released ?? planned, injectState, inject));
    return;
  }
  // An ad-hoc inject exists once it is released; its content is only in the log.
  if (injectState?.adhoc && released) cache.rows.set(id, row(id, released, injectState, undefined));
}

function inTimeOrder(rows: Map<string, MselRow>): MselRow[] {
  const list = [...rows.values()];
  const order = new Map(list.map((entry, index) => [entry, index]));
  return list.sort((a, b) => timeOf(a) - timeOf(b) || (order.get(a) as number) - (order.get(b) as number));
}
