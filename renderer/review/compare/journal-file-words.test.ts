import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../state/index';
import { journalNoteText, journalProblemText, packageNoteText } from './journal-file-words';

const en = translatorFor('en');
const nl = translatorFor('nl');

describe('journalProblemText', () => {
  it('names the file and the line of what makes it no journal', () => {
    const text = (problem: Parameters<typeof journalProblemText>[1]) =>
      journalProblemText('run.jsonl', problem, en);
    expect(text({ kind: 'empty' })).toBe('run.jsonl is not a journal: it holds no events.');
    expect(text({ kind: 'not-journal', line: 1, problem: 'not JSON: Unexpected token' })).toBe(
      'run.jsonl, line 1: not a journal: not JSON: Unexpected token',
    );
    expect(text({ kind: 'not-utf8', line: 7 })).toBe('run.jsonl, line 7: not UTF-8 text.');
    expect(text({ kind: 'refused', line: 1, problem: 'payload.content.hash: mismatch' })).toBe(
      'run.jsonl, line 1: the documents it embeds are refused: payload.content.hash: mismatch',
    );
    expect(text({ kind: 'torn-first', line: 1 })).toBe(
      'run.jsonl, line 1: the line is torn (a crash mid-write); there are no events before it to compare.',
    );
  });

  it('speaks Dutch', () => {
    expect(journalProblemText('run.jsonl', { kind: 'not-utf8', line: 7 }, nl)).toBe(
      'run.jsonl, regel 7: geen UTF-8-tekst.',
    );
  });
});

describe('journalNoteText', () => {
  it('says what is wrong further on and how many events before it are compared', () => {
    expect(journalNoteText('run.jsonl', { kind: 'torn', line: 51, count: 50 }, en)).toBe(
      'run.jsonl, line 51: the last line is torn (a crash mid-write); the 50 events before it are compared.',
    );
    expect(
      journalNoteText('run.jsonl', { kind: 'damaged', line: 4, problem: 'empty line', count: 3 }, en),
    ).toBe(
      'run.jsonl, line 4: empty line. Only the 3 events before it are compared: the figures are of part of that run.',
    );
    expect(journalNoteText('run.jsonl', { kind: 'not-utf8', line: 3, count: 2 }, nl)).toBe(
      'run.jsonl, regel 3: geen UTF-8-tekst. Alleen de 2 gebeurtenissen ervoor worden vergeleken: de cijfers gaan over een deel van die oefening.',
    );
  });
});

describe('packageNoteText', () => {
  it('names the signer by its short fingerprint, in both languages', () => {
    const fingerprint = `0123456789abcdef0123${'e'.repeat(44)}`;
    expect(packageNoteText('a.pbsim-package', { fingerprint }, en)).toBe(
      'a.pbsim-package is an exercise package whose chain and signature hold, signed by the key 0123 4567 89ab cdef 0123; this browser does not check that key against the host’s known keys (Load a backup on Home does).',
    );
    expect(packageNoteText('a.pbsim-package', { fingerprint }, nl)).toMatch(
      /^a\.pbsim-package is een oefenpakket waarvan de keten en de handtekening kloppen, ondertekend met de sleutel 0123 4567 89ab cdef 0123;/,
    );
  });
});
