import { headerTermsFor } from './msel-header-terms';

/**
 * Recognising the columns of other tools' MSELs from their header row: case-, accent-, punctuation- and
 * spacing-insensitive, with the synonyms of HSEEP, Crucible Blueprint ("Standard" and MITRE), Conducttr,
 * T3SF, OpenBAS, Preparedex and a generic sheet, and their French, German, Dutch, Spanish and Italian
 * equivalents (msel-header-terms.ts; docs/importing-msels.md).
 */

export type MselField =
  | 'number'
  | 'time'
  | 'type'
  | 'channel'
  | 'from'
  | 'to'
  | 'title'
  | 'text'
  | 'expected'
  | 'objective'
  | 'notes'
  | 'track'
  | 'marking';

/** Every field a column can be mapped to. */
export const MSEL_FIELDS: readonly MselField[] = [
  'number',
  'time',
  'type',
  'channel',
  'from',
  'to',
  'title',
  'text',
  'expected',
  'objective',
  'notes',
  'track',
  'marking',
];

/** English header text → field; every synonym is exact after normalising. */
const SYNONYMS: Record<MselField, readonly string[]> = {
  number: [
    'event number',
    'msel',
    'msel #',
    'msel number',
    'number',
    'no',
    '#',
    'id',
    'seq no',
    'seq',
    'control number',
    'inject',
    'inject #',
    'inject number',
    'inject id',
  ],
  time: [
    'designated scenario time',
    'scenario time',
    'time',
    'local time',
    'delivery time',
    'simulated time',
    'timeline',
    'date/time delivered',
    'date time delivered',
    'date',
    'real time',
    't+min',
    'inject time',
  ],
  type: ['event type', 'inject type', 'type'],
  channel: ['inject mode', 'delivery method', 'method', 'mode', 'channel', 'delivery', 'medium'],
  from: ['from', 'from org', 'from entity', 'originator', 'originator (from)', 'sender', 'source', 'profile'],
  to: [
    'to',
    'to org',
    'to entity',
    'recipient',
    'recipient (to)',
    'recipients',
    'target',
    'player',
    'players',
    'teams',
    'team',
    'assigned to',
    'audience',
  ],
  title: ['title', 'subject', 'inject title', 'headline'],
  text: [
    'message',
    'description',
    'inject description',
    'details',
    'content',
    'script',
    'body',
    'event synopsis',
    'synopsis',
    'text',
  ],
  expected: [
    'expected participant response',
    'expected player action',
    'expected response',
    'expected action',
    'expected actions',
    'action to be taken',
    'expected outcome',
  ],
  objective: [
    'exercise objective',
    'objective',
    'objectives',
    'core capability',
    'critical task',
    'exercise objective/core capability/critical task',
    'objective capability task',
    'measure of performance',
    'capability',
  ],
  notes: [
    'notes',
    'controller notes',
    'evaluation notes',
    'evaluation notes/hints',
    'assumptions',
    'evaluator notes',
    'remarks',
  ],
  track: ['move', 'group', 'faction', 'tab', 'phase', 'track', 'storyline'],
  marking: ['classification', 'marking', 'releasability', 'caveat'],
};

/** Lower case, accents removed, punctuation and runs of spaces folded: "Expected  Player-Action " → "expected player action". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_\-–—]+/g, ' ')
    .replace(/[^\p{L}\p{N}#+/&() ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Names that only stand in for a field when no column names it plainly: T3SF's "Profile" is the sender's
 * social-media handle, beside its "From"; a "Date" column beside a "Time" one. A plain name wins over one of
 * these wherever it stands, so the real sender column is never dropped as a duplicate of the handle.
 */
const WEAK = new Set([
  'profile',
  'source',
  'date',
  'description',
  'details',
  'target',
  'audience',
  'group',
  'tab',
]);

const LOOKUP = new Map<string, MselField>();
for (const field of MSEL_FIELDS)
  for (const name of [...SYNONYMS[field], ...headerTermsFor(field)])
    if (!LOOKUP.has(normaliseHeader(name))) LOOKUP.set(normaliseHeader(name), field);

/** The field a header names, in any of the languages known; null for a name we do not know. */
export function fieldNamedBy(header: string): MselField | null {
  const name = normaliseHeader(header);
  if (name === '') return null;
  return LOOKUP.get(name) ?? LOOKUP.get(name.replace(/ \(.*\)$/, '')) ?? null;
}

export interface ColumnMapping {
  /** Column index → field, for the columns recognised. */
  fields: Map<number, MselField>;
  /** Headers not recognised (their columns are profiled from their cells, as a headerless sheet's). */
  ignored: { index: number; header: string }[];
  /** Headers recognised as a field another column already took. */
  duplicates: { index: number; header: string; field: MselField }[];
}

/**
 * Each header cell's field: a plain name beats a weak one (WEAK) for the same field, otherwise the leftmost
 * column wins; the others are duplicates.
 */
export function recogniseHeader(header: readonly string[]): ColumnMapping {
  const claims = header.flatMap((cell, index) => {
    const field = fieldNamedBy(cell);
    return field ? [{ index, header: cell, field, weak: WEAK.has(normaliseHeader(cell)) }] : [];
  });
  const winner = new Map<MselField, (typeof claims)[number]>();
  for (const claim of claims) {
    const held = winner.get(claim.field);
    if (!held || (held.weak && !claim.weak)) winner.set(claim.field, claim);
  }
  const fields = new Map<number, MselField>();
  const duplicates: ColumnMapping['duplicates'] = [];
  for (const claim of claims) {
    if (winner.get(claim.field) === claim) fields.set(claim.index, claim.field);
    else duplicates.push({ index: claim.index, header: claim.header, field: claim.field });
  }
  const ignored = header.flatMap((cell, index) =>
    normaliseHeader(cell) !== '' && fieldNamedBy(cell) === null ? [{ index, header: cell }] : [],
  );
  return { fields, ignored, duplicates };
}

/** Map a header row; returns null when the row does not look like a header (no time and no text column). */
export function detectColumns(header: readonly string[]): ColumnMapping | null {
  const mapping = recogniseHeader(header);
  const taken = new Set(mapping.fields.values());
  // A data row can hold a word that is also a header ("description"): a header row is one where most
  // filled cells are known column names, including one for the message or the time.
  const filled = header.filter((cell) => normaliseHeader(cell) !== '').length;
  const known = mapping.fields.size + mapping.duplicates.length;
  const looksLikeHeader =
    (taken.has('text') || taken.has('title') || taken.has('time')) &&
    mapping.fields.size >= 2 &&
    known * 2 >= filled;
  return looksLikeHeader ? mapping : null;
}
