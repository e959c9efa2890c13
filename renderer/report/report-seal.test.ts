// What the report says of its record, in both languages, with and without a signing key or a seal at all.
import { describe, expect, it } from 'vitest';
import { sealFootnote, sealSentence } from './report-seal';

const HEAD = 'ab'.repeat(16) + 'cd'.repeat(16);
const seal = {
  exerciseId: 'ex',
  head: HEAD,
  lines: 12,
  fingerprint: '0123456789abcdef0123' + 'e'.repeat(44),
};

describe('sealSentence', () => {
  it('gives the head by eights and the key’s short fingerprint; says where to get one without a seal', () => {
    expect(sealSentence(seal, 'en')).toBe(
      'Record: after event 12, the journal’s hash chain reads abababab abababab abababab abababab cdcdcdcd cdcdcdcd cdcdcdcd cdcdcdcd; its host signs packages with the key 0123 4567 89ab cdef 0123. Any package of this exercise carries this head, so the report can be matched with the record it was drawn from.',
    );
    expect(sealSentence({ ...seal, fingerprint: null }, 'en')).toContain(
      'cdcdcdcd; the journal came as a plain file, signed by no one.',
    );
    expect(sealSentence(seal, 'nl')).toContain(
      'na gebeurtenis 12 luidt de hashketen van het journaal abababab',
    );
    expect(sealSentence(null, 'en')).toMatch(/^The journal’s head is not printed here/);
  });
});

describe('sealFootnote', () => {
  it('is three lines: who signs and after which event, then the head in two halves', () => {
    expect(sealFootnote(seal, 'en').split('\n')).toEqual([
      'Journal head after event 12, key 0123 4567 89ab cdef 0123:',
      'ab'.repeat(16),
      'cd'.repeat(16),
    ]);
    expect(sealFootnote({ ...seal, fingerprint: null }, 'nl').split('\n')[0]).toBe(
      'Journaalkop na gebeurtenis 12, niet ondertekend:',
    );
  });
});
