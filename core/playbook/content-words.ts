import { humaniseId } from './humanise-id';
import type { PlaybookDocuments } from './playbook-model';
import type { StateNode } from './playbook-schema';
import type { EventTranslation } from './translation-schema';

/**
 * The words people read for the playbook's content (mechanisms, states, decisions, fields, options,
 * markings, roles, organisations, phases) in one language. English comes from the documents themselves,
 * other languages from the content catalogues beside them (playbook/translations/); whatever a catalogue
 * lacks reads in English, and whatever has no label at all reads as its id spelt out. Never throws.
 */
export interface ContentWords {
  /** The language asked for (`nl`); the words fall back to English where its catalogues are silent. */
  language: string;
  playbook(): string;
  mechanism(id: string): string;
  /** `path` is the dotted state path from the machine's root (`link.staffToStaff.none`). */
  state(mechanismId: string, path: string): string;
  event(mechanismId: string, eventName: string): string;
  field(mechanismId: string, eventName: string, fieldName: string): string;
  option(mechanismId: string, eventName: string, fieldName: string, optionId: string): string;
  marking(id: string): string;
  role(id: string): string;
  organisation(id: string): string;
  /** A Playbook phase (P0…P5). */
  phase(id: string): string;
}

export interface MechanismWords {
  title?: string | undefined;
  states?: Record<string, string> | undefined;
  events?: Record<string, EventTranslation> | undefined;
}

/**
 * One language's words as plain data, in the shape of a content catalogue: what a host sends a station
 * (which holds no playbook) so it can word its screens in the language chosen there.
 */
export interface WordTable {
  title?: string | undefined;
  mechanisms: Record<string, MechanismWords>;
  phases: Record<string, string>;
  organisations: Record<string, string>;
  roles: Record<string, string>;
  markings: Record<string, string>;
}

/** The mechanism that follows the Playbook's phases: its states' labels name the phases. */
export const PHASE_MECHANISM = 'playbook-phases';

const emptyTable = (): WordTable => ({
  mechanisms: {},
  phases: {},
  organisations: {},
  roles: {},
  markings: {},
});

function stateLabels(
  states: Record<string, StateNode> | undefined,
  prefix: string,
  out: Record<string, string>,
) {
  for (const [name, node] of Object.entries(states ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    out[path] = node.label;
    stateLabels(node.states, path, out);
  }
  return out;
}

/**
 * The phases' words from the phase orchestrator: each of its top-level states belongs to one phase, and its
 * label names it ("P3 Decision-making").
 */
function phaseWords(
  documents: PlaybookDocuments,
  labels: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const orchestrator = documents.mechanisms.find((mechanism) => mechanism.id === PHASE_MECHANISM);
  const out: Record<string, string> = {};
  for (const [name, node] of Object.entries(orchestrator?.states ?? {})) {
    const label = labels?.[name];
    if (node.phase && label && !(node.phase in out)) out[node.phase] = label;
  }
  return out;
}

/** The English words, as the documents state them. */
export function englishWords(documents: PlaybookDocuments): WordTable {
  const table = emptyTable();
  table.title = documents.manifest.title;
  for (const mechanism of documents.mechanisms) {
    const events: Record<string, EventTranslation> = {};
    for (const [name, event] of Object.entries(mechanism.events)) {
      const fields: NonNullable<EventTranslation['fields']> = {};
      for (const field of event.fields ?? []) {
        const options = Object.fromEntries(
          (field.options ?? []).map((id) => [id, field.optionLabels?.[id] ?? humaniseId(id)]),
        );
        fields[field.name] = { label: field.label, options };
      }
      events[name] = { title: event.title, fields };
    }
    table.mechanisms[mechanism.id] = {
      title: mechanism.title,
      states: stateLabels(mechanism.states, '', {}),
      events,
    };
  }
  Object.assign(table.phases, phaseWords(documents, table.mechanisms[PHASE_MECHANISM]?.states));
  for (const organisation of documents.roles.organisations)
    table.organisations[organisation.id] = organisation.name;
  for (const role of documents.roles.roles) table.roles[role.id] = role.title;
  for (const marking of documents.markings.markings) table.markings[marking.id] = marking.title;
  return table;
}

/** Does a catalogue's language serve the one asked for? `nl` serves `nl` and `nl-BE`. */
function serves(catalogue: string, asked: string): boolean {
  return catalogue === asked || catalogue === asked.split('-')[0];
}

/** What the catalogues of one language say, merged into one table (they were checked not to overlap). */
export function translatedWords(documents: PlaybookDocuments, language: string): WordTable {
  const table = emptyTable();
  for (const catalogue of documents.translations ?? []) {
    if (!serves(catalogue.language, language)) continue;
    if (catalogue.mechanism === undefined) {
      if (catalogue.title !== undefined) table.title = catalogue.title;
      Object.assign(table.phases, catalogue.phases);
      Object.assign(table.organisations, catalogue.organisations);
      Object.assign(table.roles, catalogue.roles);
      Object.assign(table.markings, catalogue.markings);
    } else {
      table.mechanisms[catalogue.mechanism] = {
        title: catalogue.title,
        states: catalogue.states,
        events: catalogue.events,
      };
    }
  }
  // A phase the catalogues do not name reads as the phase orchestrator's state for it, in this language.
  table.phases = { ...phaseWords(documents, table.mechanisms[PHASE_MECHANISM]?.states), ...table.phases };
  return table;
}

/** The languages the playbook has catalogues for, besides English. */
export function contentLanguages(documents: PlaybookDocuments): string[] {
  return [...new Set((documents.translations ?? []).map((catalogue) => catalogue.language))].sort();
}

/** Words from tables: the language's first, then English, then the id spelt out. */
export function wordsFrom(
  english: WordTable,
  translated: WordTable | undefined,
  language: string,
): ContentWords {
  const tables = translated ? [translated, english] : [english];
  const first = (read: (table: WordTable) => string | undefined, id: string) => {
    for (const table of tables) {
      const found = read(table);
      if (found !== undefined && found.trim() !== '') return found;
    }
    return humaniseId(id);
  };
  const eventOf = (table: WordTable, mechanismId: string, eventName: string) =>
    table.mechanisms[mechanismId]?.events?.[eventName];
  const state = (mechanismId: string, path: string) =>
    first((table) => table.mechanisms[mechanismId]?.states?.[path], path.split('.').at(-1) ?? path);
  return {
    language,
    playbook: () => first((table) => table.title, 'playbook'),
    mechanism: (id) => first((table) => table.mechanisms[id]?.title, id),
    state,
    event: (mechanismId, eventName) =>
      first((table) => eventOf(table, mechanismId, eventName)?.title, eventName),
    field: (mechanismId, eventName, fieldName) =>
      first((table) => eventOf(table, mechanismId, eventName)?.fields?.[fieldName]?.label, fieldName),
    option: (mechanismId, eventName, fieldName, optionId) =>
      first(
        (table) => eventOf(table, mechanismId, eventName)?.fields?.[fieldName]?.options?.[optionId],
        optionId,
      ),
    marking: (id) => first((table) => table.markings[id], id),
    role: (id) => first((table) => table.roles[id], id),
    organisation: (id) => first((table) => table.organisations[id], id),
    phase: (id) => first((table) => table.phases[id], id),
  };
}

/** The words of a playbook in `language` (English when it has no catalogues in it). */
export function contentWords(documents: PlaybookDocuments, language: string): ContentWords {
  const translated = language === 'en' ? undefined : translatedWords(documents, language);
  return wordsFrom(englishWords(documents), translated, language);
}
