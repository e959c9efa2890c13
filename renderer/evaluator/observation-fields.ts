import type { CommandInput, ObservationText } from '../../core/index';

/**
 * An observation's kind (a plain observation, a strength, an area for improvement) and what it is about (an
 * inject, a decision, a role): fields of `observation/record`, so the after-action report can group them.
 * The types are the event's (core/read-models/evaluation-log.ts reads them back from the log).
 */
export { OBSERVATION_KINDS } from '../../core/index';
export type { ObservationKind, ObservationLinks, ObservationText } from '../../core/index';

const LINK_FIELDS = ['injectId', 'decisionId', 'role'] as const;

/** What `observation/record` says about an observation itself: the rest names it and its objective. */
export type ObservationFields = Omit<CommandInput<'observation/record'>, 'observationId' | 'objectiveId'>;

/** The fields of `observation/record` for a kind, its links and its text (empty links left out). */
export function observationPayload({ kind, links, body }: ObservationText): ObservationFields {
  const payload: ObservationFields = { kind, text: body.trim() };
  for (const field of LINK_FIELDS) {
    const value = links[field]?.trim();
    if (value) payload[field] = value;
  }
  return payload;
}
