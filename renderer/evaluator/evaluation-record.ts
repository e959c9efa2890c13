import type { StationEvent } from '../../core/index';
import { observationOf, type ObservationText } from './observation-fields';

export interface ObservationVersion {
  text: string;
  /** Why it was amended; null for the text first recorded. */
  reason: string | null;
  scenarioMs: number;
  wallMs: number;
}

export interface RecordedObservation {
  observationId: string;
  objectiveId: string | null;
  by: string | null;
  scenarioMs: number;
  wallMs: number;
  /** Its kind and links as recorded, with the latest text (the amendment's, or the one recorded). */
  current: ObservationText;
  /** Every version, oldest first; more than one when it was amended. */
  history: ObservationVersion[];
}

export interface GivenRating {
  objectiveId: string;
  rating: 'P' | 'S' | 'M' | 'U';
  rationale: string;
  by: string | null;
  scenarioMs: number;
  wallMs: number;
}

export interface EvaluationRecord {
  observations: RecordedObservation[];
  /** Every rating given, oldest first, by objective; the last one stands. */
  ratings: Map<string, GivenRating[]>;
}

/** The observations (with their amendments) and ratings in the stream. */
export function evaluationRecord(events: readonly StationEvent[]): EvaluationRecord {
  const observations = new Map<string, RecordedObservation>();
  const ratings = new Map<string, GivenRating[]>();
  for (const event of events) {
    const payload = event.payload;
    const when = { scenarioMs: event.scenarioMs, wallMs: event.wallMs };
    if (event.type === 'observation.recorded') {
      const text = String(payload.text ?? '');
      observations.set(String(payload.observationId), {
        observationId: String(payload.observationId),
        objectiveId: typeof payload.objectiveId === 'string' ? payload.objectiveId : null,
        by: event.actor?.role ?? null,
        ...when,
        current: observationOf(payload),
        history: [{ text, reason: null, ...when }],
      });
    } else if (event.type === 'observation.amended') {
      const observation = observations.get(String(payload.observationId));
      if (!observation) continue;
      const text = String(payload.text ?? '');
      observation.current = { ...observation.current, body: text };
      observation.history = [...observation.history, { text, reason: String(payload.reason ?? ''), ...when }];
    } else if (event.type === 'rating.given') {
      const objectiveId = String(payload.objectiveId);
      const list = ratings.get(objectiveId) ?? [];
      list.push({
        objectiveId,
        rating: payload.rating as GivenRating['rating'],
        rationale: String(payload.rationale ?? ''),
        by: event.actor?.role ?? null,
        ...when,
      });
      ratings.set(objectiveId, list);
    }
  }
  return { observations: [...observations.values()], ratings };
}
