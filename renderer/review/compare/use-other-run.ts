import { useRef, useState } from 'react';
import { errorMessage, type ExerciseReadModels } from '../../../core/index';
import type { Translator } from '../../state/index';
import { journalNoteText, journalProblemText, packageNoteText } from './journal-file-words';
import { openPackageFile } from './open-package-file';
import { readJournalFile } from './read-journal-file';

/** Another exercise the caller can load to compare with (the console: those of the same scenario on its host). */
export interface OtherExercise {
  exerciseId: string;
  name: string;
  load(): Promise<ExerciseReadModels>;
}

/** Words are kept as functions of the translator, so a message follows a change of language. */
type Words = (t: Translator) => string;

/** A remark on the run loaded: `damaged` when its figures are of part of it only. */
export interface OtherRunNote {
  text: Words;
  damaged: boolean;
}

export type OtherRun =
  | { kind: 'none' }
  | { kind: 'loading'; text: Words }
  | { kind: 'failed'; text: Words }
  /** `load` counts the loads made: a new one starts the comparison's view afresh. */
  | { kind: 'loaded'; load: number; models: ExerciseReadModels; notes: OtherRunNote[] };

/**
 * The run to compare with, from an exercise the caller offers or a journal file the user chose, with the
 * progress while it loads and what went wrong. Only the latest choice counts: a slower earlier load that
 * finishes after it is dropped.
 */
export function useOtherRun() {
  const [run, setRun] = useState<OtherRun>({ kind: 'none' });
  const latest = useRef(0);

  const begin = (text: Words) => {
    latest.current += 1;
    setRun({ kind: 'loading', text });
    const ticket = latest.current;
    return {
      ticket,
      settle: (next: OtherRun) => {
        if (ticket === latest.current) setRun(next);
      },
    };
  };

  const fromExercise = async (other: OtherExercise) => {
    const { ticket, settle } = begin((t) => t('compare.loading', { name: other.name }));
    try {
      const models = await other.load();
      settle({ kind: 'loaded', load: ticket, models, notes: [] });
    } catch (error) {
      const reason = errorMessage(error);
      settle({ kind: 'failed', text: (t) => t('compare.loadFailed', { name: other.name, reason }) });
    }
  };

  const fromFile = async (file: File) => {
    const name = file.name;
    const { ticket, settle } = begin((t) => t('compare.loading', { name }));
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      const reason = errorMessage(error);
      settle({ kind: 'failed', text: (t) => t('compare.file.cannotRead', { file: name, reason }) });
      return;
    }
    // A package is proved before a line of it is read; its journal is then read like any other.
    const opened = await openPackageFile(bytes);
    if (opened.kind === 'refused') {
      const { reason, line } = opened;
      settle({
        kind: 'failed',
        text: (t) =>
          line === null
            ? t('compare.file.packageRefused', { file: name, reason })
            : t('compare.file.packageRefusedAt', { file: name, line, reason }),
      });
      return;
    }
    const proved = opened.kind === 'package' ? opened : null;
    const read = await readJournalFile(opened.bytes, {
      onProgress: (lines) =>
        settle({ kind: 'loading', text: (t) => t('compare.reading', { file: name, lines }) }),
    });
    if (!read.ok) {
      const { problem } = read;
      settle({ kind: 'failed', text: (t) => journalProblemText(name, problem, t) });
      return;
    }
    const notes = [
      ...(proved ? [{ text: (t: Translator) => packageNoteText(name, proved, t), damaged: false }] : []),
      ...read.notes.map((note) => ({
        text: (t: Translator) => journalNoteText(name, note, t),
        damaged: note.kind !== 'torn',
      })),
    ];
    settle({ kind: 'loaded', load: ticket, models: read.models, notes });
  };

  return { run, fromExercise, fromFile };
}
