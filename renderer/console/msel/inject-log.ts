import type { ExerciseEvent } from '../../../core/index';

/** What was sent with an inject: scenario text with edits applied, or an ad-hoc inject's content. */
export interface InjectContentSent {
  title: string;
  text: string;
  from: string;
  to: string[];
  channel: string;
  marking: string;
  priority: string;
}

/** One step of an inject's life for one recipient (or for all, when `role` is null). */
export interface InjectStep {
  type: string;
  role: string | null;
  scenarioMs: number;
  wallMs: number;
  reason: string | null;
}

/** A message a role received, kept so a simulated recipient can be answered. */
export interface DeliveredMessage {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  body: string;
  marking: string;
  scenarioMs: number;
}

export interface InjectLog {
  /** Content as released, by inject id (ad-hoc injects exist nowhere else). */
  released: Map<string, InjectContentSent>;
  steps: Map<string, InjectStep[]>;
  messages: DeliveredMessage[];
}

interface Scan {
  scanned: number;
  log: InjectLog;
}

const INJECT_STEPS = new Set([
  'inject.triggered',
  'inject.rescheduled',
  'inject.edited',
  'inject.held',
  'inject.skipped',
  'inject.released',
  'inject.delivered',
  'inject.blocked',
  'inject.acknowledged',
  'expected-action.met',
  'expected-action.missed',
  'expected-action.marked',
]);

/**
 * Scans are kept per log array and resumed where they stopped: the engine's log only grows, so each
 * console refresh reads only the new events instead of walking a 100,000-event log again.
 */
const scans = new WeakMap<readonly ExerciseEvent[], Scan>();

export function injectLog(events: readonly ExerciseEvent[]): InjectLog {
  let scan = scans.get(events);
  if (!scan) {
    scan = { scanned: 0, log: { released: new Map(), steps: new Map(), messages: [] } };
    scans.set(events, scan);
  }
  for (let index = scan.scanned; index < events.length; index += 1) {
    record(scan.log, events[index] as ExerciseEvent);
  }
  scan.scanned = events.length;
  return scan.log;
}

function record(log: InjectLog, event: ExerciseEvent): void {
  const payload = event.payload;
  if (event.type === 'message.delivered') {
    log.messages.push({
      messageId: String(payload.messageId),
      from: String(payload.from),
      to: String(payload.role),
      subject: String(payload.subject),
      body: String(payload.body),
      marking: String(payload.marking),
      scenarioMs: event.scenarioMs,
    });
    return;
  }
  if (!INJECT_STEPS.has(event.type)) return;
  const injectId = String(payload.injectId);
  if (event.type === 'inject.released') log.released.set(injectId, payload.content as InjectContentSent);
  let steps = log.steps.get(injectId);
  if (!steps) log.steps.set(injectId, (steps = []));
  steps.push({
    type: event.type,
    role: typeof payload.role === 'string' ? payload.role : null,
    scenarioMs: event.scenarioMs,
    wallMs: event.wallMs,
    reason: typeof payload.reason === 'string' ? payload.reason : null,
  });
}
