import type { EventPayload } from '../events/index';
import type { ExerciseEvent } from '../ports/index';

export type ObservationKind = NonNullable<EventPayload<'observation.recorded'>['kind']>;
export type Rating = EventPayload<'rating.given'>['rating'];

/** What an observation is about, when it is about one inject, decision or role. */
export interface ObservationLinks {
  injectId?: string;
  decisionId?: string;
  role?: string;
}

/** An observation's kind, what it is about, and its text (the latest amendment's). */
export interface ObservationText {
  kind: ObservationKind;
  links: ObservationLinks;
  body: string;
}

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
  seq: number;
  scenarioMs: number;
  wallMs: number;
  current: ObservationText;
  /** Every version, oldest first; more than one when it was amended. */
  history: ObservationVersion[];
}

export interface GivenRating {
  objectiveId: string;
  rating: Rating;
  rationale: string;
  by: string | null;
  seq: number;
  scenarioMs: number;
  wallMs: number;
}

/**
 * The evaluation record, folded one event at a time: observations with every amendment (an amendment never
 * replaces what was recorded, it adds a version), and every rating given per objective, the last standing.
 * The evaluator's panels, the metrics and the report read it.
 */
export class EvaluationLog {
  private readonly observationsById = new Map<string, RecordedObservation>();
  private readonly ratingsByObjective = new Map<string, GivenRating[]>();
  private amendmentCount = 0;

  apply(event: ExerciseEvent): void {
    const when = { scenarioMs: event.scenarioMs, wallMs: event.wallMs };
    switch (event.type) {
      case 'observation.recorded': {
        const { payload } = event;
        const links: ObservationLinks = {};
        if (payload.injectId !== undefined) links.injectId = payload.injectId;
        if (payload.decisionId !== undefined) links.decisionId = payload.decisionId;
        if (payload.role !== undefined) links.role = payload.role;
        this.observationsById.set(payload.observationId, {
          observationId: payload.observationId,
          objectiveId: payload.objectiveId ?? null,
          by: event.actor?.role ?? null,
          seq: event.seq,
          ...when,
          current: { kind: payload.kind ?? 'observation', links, body: payload.text },
          history: [{ text: payload.text, reason: null, ...when }],
        });
        break;
      }
      case 'observation.amended': {
        const observation = this.observationsById.get(event.payload.observationId);
        if (!observation) break;
        this.amendmentCount += 1;
        observation.current = { ...observation.current, body: event.payload.text };
        observation.history = [
          ...observation.history,
          { text: event.payload.text, reason: event.payload.reason, ...when },
        ];
        break;
      }
      case 'rating.given': {
        const { objectiveId, rating, rationale } = event.payload;
        let list = this.ratingsByObjective.get(objectiveId);
        if (!list) this.ratingsByObjective.set(objectiveId, (list = []));
        list.push({ objectiveId, rating, rationale, by: event.actor?.role ?? null, seq: event.seq, ...when });
        break;
      }
      default:
        break;
    }
  }

  /** Every observation, in the order recorded. */
  observations(): RecordedObservation[] {
    return [...this.observationsById.values()];
  }

  get amendments(): number {
    return this.amendmentCount;
  }

  /** Every rating given, by objective, oldest first; the last one stands. */
  ratings(): ReadonlyMap<string, readonly GivenRating[]> {
    return this.ratingsByObjective;
  }

  /** The rating that stands for each rated objective. */
  latestRatings(): Map<string, GivenRating> {
    const latest = new Map<string, GivenRating>();
    for (const [objectiveId, list] of this.ratingsByObjective) {
      const last = list.at(-1);
      if (last) latest.set(objectiveId, last);
    }
    return latest;
  }
}
