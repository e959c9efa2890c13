import { shortFingerprint } from '../../../core/index';
import type { Translator } from '../../state/index';
import type { JournalFileNote, JournalFileProblem } from './read-journal-file';

/** Why a journal file gives nothing to compare with, naming the file and the line. */
export function journalProblemText(file: string, problem: JournalFileProblem, t: Translator): string {
  switch (problem.kind) {
    case 'empty':
      return t('compare.file.empty', { file });
    case 'not-journal':
      return t('compare.file.notJournal', { file, line: problem.line, problem: problem.problem });
    case 'not-utf8':
      return t('compare.file.notUtf8', { file, line: problem.line });
    case 'refused':
      return t('compare.file.refused', { file, line: problem.line, problem: problem.problem });
    case 'torn-first':
      return t('compare.file.tornFirst', { file, line: problem.line });
  }
}

/** What is wrong further on in a journal file, and that the events before it are what is compared. */
export function journalNoteText(file: string, note: JournalFileNote, t: Translator): string {
  switch (note.kind) {
    case 'torn':
      return t('compare.file.torn', { file, line: note.line, count: note.count });
    case 'damaged':
      return t('compare.file.damaged', { file, line: note.line, problem: note.problem, count: note.count });
    case 'not-utf8':
      return t('compare.file.notUtf8Note', { file, line: note.line, count: note.count });
  }
}

/** What was proved of a package chosen to compare with, and by whose key (the browser knows none of them). */
export function packageNoteText(file: string, proved: { fingerprint: string }, t: Translator): string {
  return t('compare.file.packageWhole', { file, fingerprint: shortFingerprint(proved.fingerprint) });
}
