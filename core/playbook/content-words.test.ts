// The words people read for playbook content: the language's catalogue first, then English, then the id.
import { describe, expect, it } from 'vitest';
import { bundledPlaybookSources } from '../../test/bundled-content';
import { formatProblem, type SourceText } from '../documents/index';
import { contentLanguages, contentWords, englishWords, translatedWords, wordsFrom } from './content-words';
import { loadPlaybook } from './load-playbook';
import type { PlaybookDocuments } from './playbook-model';

const FRENCH: SourceText[] = [
  {
    path: 'playbook/translations/fr/eu-nato-link.yaml',
    text: [
      'schemaVersion: 1',
      'kind: translation',
      'language: fr',
      'mechanism: eu-nato-link',
      'title: Lien UE–OTAN',
      'states:',
      '  link.staffToStaff.none: "Entre états-majors : aucun échange"',
      'events:',
      '  SHARE_PRODUCT:',
      '    title: Partager un produit',
      '    fields:',
      '      marking: { label: Marquage }',
    ].join('\n'),
  },
  {
    path: 'playbook/translations/fr/playbook-phases.yaml',
    text: 'schemaVersion: 1\nkind: translation\nlanguage: fr\nmechanism: playbook-phases\nstates:\n  decision: P3 Prise de décision\n',
  },
  {
    path: 'playbook/translations/fr/roles.yaml',
    text: 'schemaVersion: 1\nkind: translation\nlanguage: fr\nroles:\n  presidency: Présidence du Conseil\nmarkings:\n  EU-ONLY: UE seulement\nphases:\n  P4: P4 Réaction\n',
  },
];

function documentsWith(extra: SourceText[]): PlaybookDocuments {
  const own = bundledPlaybookSources().filter((source) => !source.path.includes('/translations/'));
  const loaded = loadPlaybook([...own, ...extra]);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.playbook.documents;
}

const documents = documentsWith(FRENCH);

describe('contentWords', () => {
  it('reads English from the documents, options from their labels or their ids spelt out', () => {
    const words = contentWords(documents, 'en');
    expect(words.mechanism('ipcr')).toBe('Integrated Political Crisis Response (IPCR)');
    expect(words.state('eu-nato-link', 'link.staffToStaff.none')).toBe('Staff-to-staff: no exchange');
    expect(words.state('ipcr', 'informationSharing')).toBe('Information sharing');
    expect(words.event('ipcr', 'ISAA_PUBLISHED')).toBe(
      'Publish an Integrated Situational Awareness and Analysis (ISAA) report',
    );
    expect(words.option('eeas-crm', 'SENIOR_MANAGERS_CONSULTED', 'consulted', 'hrvp')).toBe('HR/VP');
    expect(words.option('argus', 'ARGUS_ALERT', 'sector', 'civil-protection')).toBe('Civil protection');
    expect(words.marking('EU-ONLY')).toBe('EU only');
    expect(words.role('presidency')).toBe('Council Presidency (IPCR)');
    expect(words.phase('P3')).toBe('P3 Decision-making');
  });

  it('reads a language from its catalogues and falls back to English where they are silent', () => {
    const words = contentWords(documents, 'fr');
    expect(words.mechanism('eu-nato-link')).toBe('Lien UE–OTAN');
    expect(words.state('eu-nato-link', 'link.staffToStaff.none')).toBe('Entre états-majors : aucun échange');
    expect(words.state('eu-nato-link', 'link.staffToStaff.informal')).toBe(
      'Staff-to-staff: informal contact',
    );
    expect(words.event('eu-nato-link', 'SHARE_PRODUCT')).toBe('Partager un produit');
    expect(words.field('eu-nato-link', 'SHARE_PRODUCT', 'marking')).toBe('Marquage');
    expect(words.mechanism('ipcr')).toBe('Integrated Political Crisis Response (IPCR)');
    expect(words.role('presidency')).toBe('Présidence du Conseil');
    expect(words.marking('EU-ONLY')).toBe('UE seulement');
    // A phase: the catalogue's own word, else the orchestrator's state for it in the language, else English.
    expect(words.phase('P4')).toBe('P4 Réaction');
    expect(words.phase('P3')).toBe('P3 Prise de décision');
    expect(words.phase('P2')).toBe('P2 Assessment');
    // A regional variant reads its language's catalogues.
    expect(contentWords(documents, 'fr-BE').role('presidency')).toBe('Présidence du Conseil');
  });

  it('spells out an id nothing labels, and never throws', () => {
    const words = contentWords(documents, 'fr');
    expect(words.mechanism('no-such-mechanism')).toBe('No such mechanism');
    expect(words.state('ipcr', 'no.suchState')).toBe('Such state');
    expect(words.event('nowhere', 'UNKNOWN_EVENT')).toBe('Unknown event');
    expect(words.role('ghost-role')).toBe('Ghost role');
  });

  it('reads a journal without catalogues in English, whatever the language asked', () => {
    const { translations: _, ...withoutCatalogues } = documents;
    const words = contentWords(withoutCatalogues, 'fr');
    expect(words.role('presidency')).toBe('Council Presidency (IPCR)');
    expect(contentLanguages(withoutCatalogues)).toEqual([]);
  });

  it('gives the same words from the tables a station receives as plain data', () => {
    const tables = JSON.parse(
      JSON.stringify({ en: englishWords(documents), fr: translatedWords(documents, 'fr') }),
    );
    const fromTables = wordsFrom(tables.en, tables.fr, 'fr');
    const direct = contentWords(documents, 'fr');
    expect(fromTables.state('eu-nato-link', 'link.staffToStaff.none')).toBe(
      direct.state('eu-nato-link', 'link.staffToStaff.none'),
    );
    expect(fromTables.phase('P3')).toBe('P3 Prise de décision');
    expect(contentLanguages(documents)).toEqual(['fr']);
  });
});
