// Header rows as planners write them in French, German, Dutch, Spanish and Italian, each mapped by hand to
// the fields a reader of that language gives them (the oracle is the table, not the term lists).
import { describe, expect, it } from 'vitest';
import { detectColumns, fieldNamedBy, recogniseHeader, type MselField } from './msel-columns';

const ROWS: [string, string[], MselField[]][] = [
  [
    'French',
    [
      'N°',
      'Heure',
      'Expéditeur',
      'Destinataire',
      'Canal',
      'Objet',
      'Message',
      'Réponse attendue',
      'Remarques',
    ],
    ['number', 'time', 'from', 'to', 'channel', 'title', 'text', 'expected', 'notes'],
  ],
  [
    'German',
    [
      'Nr.',
      'Uhrzeit',
      'Absender',
      'Empfänger',
      'Kanal',
      'Betreff',
      'Nachricht',
      'Erwartete Reaktion',
      'Bemerkungen',
    ],
    ['number', 'time', 'from', 'to', 'channel', 'title', 'text', 'expected', 'notes'],
  ],
  [
    'Dutch',
    [
      'Nr',
      'Tijd',
      'Afzender',
      'Ontvanger',
      'Kanaal',
      'Onderwerp',
      'Bericht',
      'Verwachte reactie',
      'Opmerkingen',
    ],
    ['number', 'time', 'from', 'to', 'channel', 'title', 'text', 'expected', 'notes'],
  ],
  [
    'Spanish',
    ['Nº', 'Hora', 'Remitente', 'Destinatario', 'Canal', 'Asunto', 'Mensaje', 'Respuesta esperada', 'Notas'],
    ['number', 'time', 'from', 'to', 'channel', 'title', 'text', 'expected', 'notes'],
  ],
  [
    'Italian',
    [
      'Numero',
      'Ora',
      'Mittente',
      'Destinatario',
      'Canale',
      'Oggetto',
      'Messaggio',
      'Risposta attesa',
      'Note',
    ],
    ['number', 'time', 'from', 'to', 'channel', 'title', 'text', 'expected', 'notes'],
  ],
];

describe('header terms in the EU and NATO working languages', () => {
  it.each(ROWS)('maps a %s header row', (_language, header, fields) => {
    const mapping = detectColumns(header);
    expect(mapping).not.toBeNull();
    expect(header.map((_cell, index) => mapping?.fields.get(index) ?? 'ignored')).toEqual(fields);
  });

  it('ignores case and accents, as planners type them', () => {
    expect(fieldNamedBy('EXPEDITEUR')).toBe('from');
    expect(fieldNamedBy('empfanger')).toBe('to');
    expect(fieldNamedBy('Réponse Attendue')).toBe('expected');
    expect(fieldNamedBy('risposta  attesa')).toBe('expected');
    expect(fieldNamedBy('Erwartete Maßnahmen')).toBe('expected');
    expect(fieldNamedBy('Farbe')).toBeNull();
  });

  it('keeps the plain sender column when a weaker name for it comes first (T3SF: Profile before From)', () => {
    const mapping = recogniseHeader(['Profile', 'Time', 'From', 'To', 'Message']);
    expect(mapping.fields.get(2)).toBe('from');
    expect(mapping.fields.has(0)).toBe(false);
    expect(mapping.duplicates).toEqual([{ index: 0, header: 'Profile', field: 'from' }]);
  });

  it('lists the headers it does not know, for their columns to be profiled', () => {
    const mapping = recogniseHeader(['Heure', 'Expéditeur', 'Lösung', 'Message']);
    expect(mapping.ignored).toEqual([{ index: 2, header: 'Lösung' }]);
  });
});
