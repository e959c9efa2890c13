/**
 * An observation's kind (a plain observation, a strength, an area for improvement) and what it is about (an
 * inject, a decision, a role): fields of `observation/record`, so the after-action report can group them.
 */

export const OBSERVATION_KINDS = ['observation', 'strength', 'improvement'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

export interface ObservationLinks {
  injectId?: string;
  decisionId?: string;
  role?: string;
}

export interface ObservationText {
  kind: ObservationKind;
  links: ObservationLinks;
  body: string;
}

/** What an `observation.recorded` event says the observation is and is about. */
export function observationOf(payload: Readonly<Record<string, unknown>>): ObservationText {
  const kind = OBSERVATION_KINDS.find((candidate) => candidate === payload.kind) ?? 'observation';
  const links: ObservationLinks = {};
  for (const field of ['injectId', 'decisionId', 'role'] as const)
    if (typeof payload[field] === 'string') links[field] = payload[field];
  return { kind, links, body: String(payload.text ?? '') };
}

/** The fields of `observation/record` for a kind, its links and its text (empty links left out). */
export function observationPayload({ kind, links, body }: ObservationText): Record<string, unknown> {
  const payload: Record<string, unknown> = { kind, text: body.trim() };
  for (const [field, value] of Object.entries(links)) if (value?.trim()) payload[field] = value.trim();
  return payload;
}
