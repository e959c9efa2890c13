import {
  embedContent,
  loadContent,
  type EmbeddedContent,
  type EventPayload,
  type ExerciseEvent,
  type ExerciseHeading,
  type LoadedContent,
  type StationEvent,
} from '../../core/index';
import { contentLibrary } from '../content/index';

/** Loaded documents by their content hashes: loading a playbook is costly, and it never changes. */
const loaded = new Map<string, LoadedContent | null>();

function load(embedded: EmbeddedContent): LoadedContent | null {
  const key = `${embedded.playbook.hash}:${embedded.scenario.hash}`;
  if (!loaded.has(key)) {
    const result = loadContent(embedded);
    loaded.set(key, result.ok ? result.content : null);
  }
  return loaded.get(key) ?? null;
}

function createdPayload(events: readonly StationEvent[]): EventPayload<'exercise.created'> | null {
  for (const event of events) if (event.type === 'exercise.created') return event.payload;
  return null;
}

/**
 * The documents the exercise runs with. Evaluators receive `exercise.created`, which embeds them, so the
 * guide and the metrics match the exercise exactly even if the bundled files changed since; before it
 * arrives, the bundled scenario named in the heading (with the bundled playbook) stands in.
 */
export function exerciseContent(
  events: readonly StationEvent[],
  heading: ExerciseHeading | null,
): LoadedContent | null {
  const embedded = createdPayload(events)?.content;
  if (embedded) return load(embedded);
  if (!heading) return null;
  const library = contentLibrary();
  const bundled = library.scenarios.find((entry) => entry.scenario.id === heading.scenarioId);
  return bundled ? load(embedContent(library.playbookSources, bundled.source)) : null;
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

/** The heading every station shows, from what reached the evaluator (StationState does not carry it). */
export function headingFromStream(events: readonly StationEvent[]): ExerciseHeading | null {
  const created = createdPayload(events);
  const content = exerciseContent(events, null);
  if (!created || !content) return null;
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
