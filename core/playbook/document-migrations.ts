import { toCurrentVersion, type DocumentMigration, type VersionedValue } from '../documents/index';
import { humaniseId } from './humanise-id';
import type { PlaybookDocuments } from './playbook-model';
import { PLAYBOOK_DOCUMENT_VERSIONS, type PlaybookDocumentKind } from './playbook-schema';

/**
 * The named steps that bring playbook documents of an earlier `schemaVersion` to today's, one version at a
 * time. They apply to YAML read from files and to the parsed documents an old journal embeds, so a record
 * made by any earlier version keeps opening. Each step has a test of its own (document-migrations.test.ts).
 * A schema change bumps the kind's version in PLAYBOOK_DOCUMENT_VERSIONS and adds its step here.
 */

/**
 * The v1 events that passed information across the EU–NATO line (mechanism v2's `exchange`), by mechanism:
 * the link's staff-to-staff events, and the Fusion Cell's assessments shared with NATO's Hybrid Analysis
 * Branch and received from it.
 */
const V1_EU_NATO_EXCHANGES: Readonly<Record<string, readonly string[]>> = {
  'eu-nato-link': [
    'STAFF_CONTACT',
    'CROSS_BRIEFING',
    'SHARE_PRODUCT',
    'AGREE_COORDINATED_MESSAGING',
    'DISINFO_ALERT_EXCHANGED',
  ],
  'situational-awareness': ['SHARE_WITH_NATO', 'NATO_PRODUCT_RECEIVED'],
};

/**
 * Mechanism v1 → v2. Version 2 lets an event say `exchange: eu-nato`. In v1 the EU–NATO link's
 * staff-to-staff events and the Fusion Cell's exchanges with NATO were such exchanges without saying so:
 * they get the attribute, as the bundled v2 documents have it, so an old record's playbook counts the same
 * exchanges as today's. No other v1 mechanism had an event of that nature; they only change version.
 */
export const markEuNatoLinkExchanges: DocumentMigration = {
  kind: 'mechanism',
  from: 1,
  name: "mark the EU–NATO link's staff-to-staff events and the Fusion Cell's NATO shares as exchanges",
  migrate(document) {
    const migrated = { ...document, schemaVersion: 2 };
    const events = document.events;
    const isMap = events !== null && typeof events === 'object' && !Array.isArray(events);
    const exchanges = typeof document.id === 'string' ? V1_EU_NATO_EXCHANGES[document.id] : undefined;
    if (!exchanges || !isMap) return migrated;
    const declared = events as Readonly<Record<string, unknown>>;
    const marked: Record<string, unknown> = { ...declared };
    for (const name of exchanges) {
      const event = declared[name];
      // An event that is not a mapping is left for the schema to report, as it would have been in v1.
      if (event !== null && typeof event === 'object' && !Array.isArray(event)) {
        marked[name] = { ...event, exchange: 'eu-nato' };
      }
    }
    return { ...migrated, events: marked };
  },
};

/**
 * Mechanism v2 → v3. Version 3 lets a mechanism say who acts: records and sets of roles in its context,
 * guards that compare the acting role with them, guard lists, `stateIn` guards and refusal texts. A v2
 * document uses none of them and means the same under v3. Its context gets the two new lists, empty, as
 * the v3 schema would default them, so a journal's parsed documents and its YAML sources give one playbook.
 */
export const recordWhoActs: DocumentMigration = {
  kind: 'mechanism',
  from: 2,
  name: 'mechanisms may record who acts: an empty list of records and of sets in the context',
  migrate(document) {
    const migrated = { ...document, schemaVersion: 3 };
    const { context } = document;
    if (context === null || typeof context !== 'object' || Array.isArray(context)) return migrated;
    return { ...migrated, context: { actors: [], actorSets: [], ...context } };
  },
};

/** Each state of a map, and the states nested in it, with a label spelt from its name where it has none. */
function labelled(states: unknown): unknown {
  if (states === null || typeof states !== 'object' || Array.isArray(states)) return states;
  const out: Record<string, unknown> = {};
  for (const [name, node] of Object.entries(states)) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      out[name] = node;
      continue;
    }
    const state = node as Readonly<Record<string, unknown>>;
    const withLabel: Record<string, unknown> = { label: humaniseId(name), ...state };
    if ('states' in state) withLabel.states = labelled(state.states);
    out[name] = withLabel;
  }
  return out;
}

/**
 * Mechanism v3 → v4. Version 4 gives every state a `label` people read on the board. A v3 document has
 * none: each state gets its name spelt out as words ("staffToStaff" → "Staff to staff"), so an old
 * journal's playbook opens and reads as well as its ids allow. `optionLabels` is optional and stays absent.
 */
export const labelStates: DocumentMigration = {
  kind: 'mechanism',
  from: 3,
  name: 'every state gets a label, spelt from its name',
  migrate(document) {
    return { ...document, schemaVersion: 4, states: labelled(document.states) };
  },
};

export const PLAYBOOK_DOCUMENT_MIGRATIONS: readonly DocumentMigration[] = [
  markEuNatoLinkExchanges,
  recordWhoActs,
  labelStates,
];

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

function isKind(kind: unknown): kind is PlaybookDocumentKind {
  return typeof kind === 'string' && Object.hasOwn(PLAYBOOK_DOCUMENT_VERSIONS, kind);
}

/**
 * A playbook document of any kind at today's version, or why not (a newer one). A document with no known
 * `kind` is returned as it is: the schema says what is wrong with it.
 */
export function playbookDocumentToCurrent(document: Readonly<Record<string, unknown>>): VersionedValue {
  const { kind } = document;
  if (!isKind(kind)) return { ok: true, value: document, applied: [] };
  return toCurrentVersion(document, kind, PLAYBOOK_DOCUMENT_VERSIONS[kind], PLAYBOOK_DOCUMENT_MIGRATIONS);
}

/**
 * The parsed documents a journal embeds, at today's version. They were checked when the exercise was
 * created and are trusted, so they are migrated but not checked again; undefined when one of them is
 * newer than this version reads (the caller falls back to the embedded sources, whose check says where).
 */
export function migratePlaybookDocuments(documents: PlaybookDocuments): PlaybookDocuments | undefined {
  const current = <T>(document: T): T | undefined => {
    const versioned = playbookDocumentToCurrent(document as Readonly<Record<string, unknown>>);
    return versioned.ok ? (versioned.value as T) : undefined;
  };
  const manifest = current(documents.manifest);
  const roles = current(documents.roles);
  const markings = current(documents.markings);
  const mechanisms = documents.mechanisms.map(current);
  // A journal written before content catalogues existed has none: its playbook reads in English.
  const translations = (documents.translations ?? []).map(current);
  if (!manifest || !roles || !markings) return undefined;
  if (!mechanisms.every(isDefined) || !translations.every(isDefined)) return undefined;
  return {
    manifest,
    roles,
    markings,
    mechanisms: mechanisms.filter(isDefined),
    translations: translations.filter(isDefined),
  };
}
