/**
 * Recognising the columns of other tools' MSELs from their header row: case-, accent-, punctuation- and
 * spacing-insensitive, with the synonyms of HSEEP, Crucible Blueprint ("Standard" and MITRE), Conducttr,
 * T3SF, OpenBAS, Preparedex and a generic sheet (docs/importing-msels.md).
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

/** Normalised header text → field. Order matters only for reporting; every synonym is exact after normalising. */
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
    'heure',
    'horaire',
  ],
  type: ['event type', 'inject type', 'type'],
  channel: ['inject mode', 'delivery method', 'method', 'mode', 'channel', 'delivery', 'medium', 'canal'],
  from: [
    'from',
    'from org',
    'from entity',
    'originator',
    'originator (from)',
    'sender',
    'source',
    'profile',
    'expediteur',
    'de',
  ],
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
    'destinataire',
    'a',
  ],
  title: ['title', 'subject', 'inject title', 'headline', 'objet', 'sujet'],
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
    'contenu',
  ],
  expected: [
    'expected participant response',
    'expected player action',
    'expected response',
    'expected action',
    'expected actions',
    'action to be taken',
    'expected outcome',
    'action attendue',
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
    'remarques',
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

const LOOKUP = new Map<string, MselField>();
for (const [field, names] of Object.entries(SYNONYMS) as [MselField, readonly string[]][]) {
  for (const name of names) if (!LOOKUP.has(normaliseHeader(name))) LOOKUP.set(normaliseHeader(name), field);
}

export interface ColumnMapping {
  /** Column index → field, for the columns recognised. */
  fields: Map<number, MselField>;
  /** Headers not recognised (kept out of the import, named in the report). */
  ignored: { index: number; header: string }[];
  /** Headers recognised as a field another column already took. */
  duplicates: { index: number; header: string; field: MselField }[];
}

/** Map a header row; returns null when the row does not look like a header (no time and no text column). */
export function detectColumns(header: readonly string[]): ColumnMapping | null {
  const fields = new Map<number, MselField>();
  const ignored: ColumnMapping['ignored'] = [];
  const duplicates: ColumnMapping['duplicates'] = [];
  const taken = new Set<MselField>();
  header.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    if (name === '') return;
    const field = LOOKUP.get(name) ?? LOOKUP.get(name.replace(/ \(.*\)$/, ''));
    if (!field) ignored.push({ index, header: cell });
    else if (taken.has(field)) duplicates.push({ index, header: cell, field });
    else {
      taken.add(field);
      fields.set(index, field);
    }
  });
  // A data row can hold a word that is also a header ("description"): a header row is one where most
  // filled cells are known column names, including one for the message or the time.
  const filled = header.filter((cell) => normaliseHeader(cell) !== '').length;
  const known = fields.size + duplicates.length;
  const looksLikeHeader =
    (taken.has('text') || taken.has('title') || taken.has('time')) && fields.size >= 2 && known * 2 >= filled;
  return looksLikeHeader ? { fields, ignored, duplicates } : null;
}
