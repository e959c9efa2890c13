import { useId, useState } from 'react';
import { useTranslate } from '../../state/index';
import type { OtherExercise } from './use-other-run';

/**
 * Journals as the CLI's `run` writes them (JSON Lines), whatever the file is called, and the host's backups:
 * exercise packages (issue 25).
 */
const JOURNAL_FILES = '.jsonl,.json,.txt,.pbsim-package';

/**
 * Where the run to compare with comes from: one of the exercises the caller offers (with `preferred`
 * chosen to begin with: a branch's origin), or a journal file chosen on this computer.
 */
export function ComparePicker({
  others,
  preferred,
  busy,
  onExercise,
  onFile,
}: {
  others: readonly OtherExercise[];
  preferred: string | undefined;
  busy: boolean;
  onExercise: (other: OtherExercise) => void;
  onFile: (file: File) => void;
}) {
  const t = useTranslate();
  const id = useId();
  const [chosen, setChosen] = useState(() =>
    others.some((other) => other.exerciseId === preferred) ? (preferred ?? '') : '',
  );
  const other = others.find((candidate) => candidate.exerciseId === chosen);
  return (
    <fieldset className="compare-picker">
      <legend>{t('compare.pick.legend')}</legend>
      {others.length > 0 ? (
        <div className="compare-pick-row">
          <label htmlFor={`${id}-exercise`}>{t('compare.pick.exercise')}</label>
          <select id={`${id}-exercise`} value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{t('compare.pick.choose')}</option>
            {others.map((candidate) => (
              <option key={candidate.exerciseId} value={candidate.exerciseId}>
                {candidate.name}
              </option>
            ))}
          </select>
          <button type="button" disabled={!other || busy} onClick={() => other && onExercise(other)}>
            {t('compare.pick.load')}
          </button>
        </div>
      ) : null}
      <div className="compare-pick-row">
        <label htmlFor={`${id}-file`}>{t('compare.pick.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept={JOURNAL_FILES}
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Emptied, so choosing the same file again (after fixing it) reads it again.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
      </div>
    </fieldset>
  );
}
