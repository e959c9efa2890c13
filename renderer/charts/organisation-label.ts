import type { Translator } from '../state/index';

const SIDE_PREFIX = 'side:';

/** An organisation's name for a person (the exercise's parties know them); the id where none is given. */
export type OrganisationName = (organisation: string) => string;

/**
 * An organisation as the charts write it: its name (the metrics carry ids only, so the review passes the
 * parties' names), except the party a link product goes to, the other side as a whole (`side:nato`), which
 * reads "NATO side".
 */
export function organisationLabel(
  organisation: string,
  t: Translator,
  nameOf: OrganisationName = (id) => id,
): string {
  if (!organisation.startsWith(SIDE_PREFIX)) return nameOf(organisation);
  const side = organisation.slice(SIDE_PREFIX.length);
  if (side === 'eu') return t('charts.org.euSide');
  if (side === 'nato') return t('charts.org.natoSide');
  return organisation;
}

/** Organisations in a stable order: by id, the sides (parties of link products only) after the bodies. */
export function byOrganisation(a: string, b: string): number {
  const sideA = a.startsWith(SIDE_PREFIX);
  const sideB = b.startsWith(SIDE_PREFIX);
  if (sideA !== sideB) return sideA ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
