import {
  checkEmbeddedContent,
  type CheckedContent,
  type EventPayload,
  type ExerciseEvent,
  type ExerciseHeading,
  type StationEvent,
} from '../../core/index';

/** Checked documents by their content hashes: loading a playbook is costly, and it never changes. */
const checked = new Map<string, CheckedContent>();

function check(embedded: EventPayload<'exercise.created'>['content']): CheckedContent {
  const key = `${String(embedded.playbook.hash)}:${String(embedded.scenario.hash)}`;
  let result = checked.get(key);
  if (!result) {
    result = checkEmbeddedContent(embedded, 'payload.content');
    checked.set(key, result);
  }
  return result;
}

function createdPayload(events: readonly StationEvent[]): EventPayload<'exercise.created'> | null {
  for (const event of events) if (event.type === 'exercise.created') return event.payload;
  return null;
}

/**
 * The documents the exercise runs with, from `exercise.created`, which evaluators receive: the guide and
 * the metrics match the exercise exactly, whatever scenario it runs (one imported from a spreadsheet too).
 * They came over the network, so they are checked (hashes, schema, load) like any document from outside.
 * Null until `exercise.created` arrives; the evaluator waits for it.
 */
export function exerciseContent(events: readonly StationEvent[]): CheckedContent | null {
  const embedded = createdPayload(events)?.content;
  return embedded ? check(embedded) : null;
}

/** The notice of the safety stop in force: the latest no-play event of the stream, unless it was lifted. */
export function noPlayNotice(events: readonly StationEvent[]): string | null {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index] as StationEvent;
    if (event.type === 'no-play.lifted') return null;
    if (event.type === 'no-play.started') return event.payload.notice;
  }
  return null;
}

/** The heading every station shows, from what reached the evaluator, before the host's view says it. */
export function headingFromStream(events: readonly StationEvent[]): ExerciseHeading | null {
  const created = createdPayload(events);
  const result = exerciseContent(events);
  if (!created || !result?.ok) return null;
  const { content } = result;
  return {
    name: created.name,
    marking: created.exerciseMarking,
    scenarioId: content.scenario.id,
    scenarioTitle: content.scenario.title,
    start: { date: content.scenario.start.date, timeZone: content.scenario.start.timeZone },
    noPlay: noPlayNotice(events) !== null,
  };
}

/**
 * One event of the evaluator's stream as the read models read a log's event: its own stream number stands in
 * for `seq`. The metrics made from these are the evaluator-visible metrics: computed from what reached this
 * station, which for the evaluation audience is every event players see plus the control material.
 */
export function asLoggedEvent({ streamSeq, ...event }: StationEvent): ExerciseEvent {
  return { ...event, seq: streamSeq };
}
