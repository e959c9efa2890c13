import {
  contentLanguages,
  englishWords,
  translatedWords,
  type Playbook,
  type WordTable,
} from '../playbook/index';

/**
 * The words a station needs for the content it shows, in English and every language the exercise's playbook
 * has catalogues for: a station holds no playbook, and its language is chosen on the station, so the host
 * sends all of them and the station picks (core `wordsFrom`). Only the mechanisms the role sees or decides
 * in travel, with the playbook-wide words (roles, markings, organisations, phases).
 */
export type StationWords = Record<string, WordTable>;

/** The full tables per playbook: built once, since a view is pushed to every station on every change. */
const tablesCache = new WeakMap<Playbook, StationWords>();

function allTables(playbook: Playbook): StationWords {
  let tables = tablesCache.get(playbook);
  if (!tables) {
    tables = { en: englishWords(playbook.documents) };
    for (const language of contentLanguages(playbook.documents))
      tables[language] = translatedWords(playbook.documents, language);
    tablesCache.set(playbook, tables);
  }
  return tables;
}

export function stationWords(playbook: Playbook, mechanisms: Iterable<string>): StationWords {
  const wanted = new Set(mechanisms);
  const out: StationWords = {};
  for (const [language, table] of Object.entries(allTables(playbook))) {
    out[language] = {
      ...table,
      mechanisms: Object.fromEntries(Object.entries(table.mechanisms).filter(([id]) => wanted.has(id))),
    };
  }
  return out;
}
