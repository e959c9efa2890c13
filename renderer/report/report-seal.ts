import { groupedHead, shortFingerprint, type JournalSeal } from '../../core/index';
import { translate, type Language } from '../i18n/index';

/*
 * The record a report was drawn from (issue 25): the head of the exercise journal's hash chain after the last
 * event the report covers, and the key that signs the host's packages. The document says it under its title;
 * the foot of every printed page carries it (the footnote), so a page torn from the report still names it.
 */

/** The sentence under the report's title; without a seal, where to get a report that has one. */
export function sealSentence(seal: JournalSeal | null, language: Language): string {
  if (!seal) return translate(language, 'report.seal.none');
  const signer = seal.fingerprint
    ? translate(language, 'report.seal.key', { fingerprint: shortFingerprint(seal.fingerprint) })
    : translate(language, 'report.seal.unsigned');
  return translate(language, 'report.seal.line', { lines: seal.lines, head: groupedHead(seal.head), signer });
}

/**
 * The lines at the foot of every page: the signing key's short fingerprint, then the whole head in two halves
 * (a line of 64 characters would not fit beside the marking).
 */
export function sealFootnote(seal: JournalSeal, language: Language): string {
  const said = seal.fingerprint
    ? translate(language, 'report.seal.footnote', {
        lines: seal.lines,
        fingerprint: shortFingerprint(seal.fingerprint),
      })
    : translate(language, 'report.seal.footnoteUnsigned', { lines: seal.lines });
  return [said, seal.head.slice(0, 32), seal.head.slice(32)].join('\n');
}
