import { errorMessage, type ExerciseRecord } from '../../core/index';
import { useState } from 'react';
import { useTranslate, useUiStore, type Translator } from '../state/index';
import { useBrowserExercises, type BrowserExercises } from '../storage/index';
import { createdAt } from './HostExercises';
import type { Notice } from './notice';
import { uploadBrowserExercise, type UploadOutcome } from './upload-browser-exercise';
import { ExerciseTableHead } from './ExerciseTableHead';

export interface BrowserExerciseListProps {
  store: BrowserExercises;
  /** The console's token, or throws why this page has none (the host out of reach, or refusing it). */
  token: () => string;
  onNotice: (notice: Notice) => void;
  /** Save this browser's log of the exercise as a backup file. */
  onDownload: (record: ExerciseRecord) => void;
}

/**
 * The exercises an earlier version of the app recorded in this browser, before the exercise host: each is
 * offered for upload into the host until it is moved, and can be downloaded as a backup at any time. Shown
 * only when there are any.
 */
export function BrowserExerciseList({ store, token, onNotice, onDownload }: BrowserExerciseListProps) {
  const t = useTranslate();
  const language = useUiStore((state) => state.language);
  const exercises = useBrowserExercises(store);
  const [uploading, setUploading] = useState<string | null>(null);

  const upload = async (record: ExerciseRecord) => {
    setUploading(record.exerciseId);
    try {
      const outcome = await uploadBrowserExercise(record.exerciseId, {
        store,
        token: token(),
        now: Date.now,
      });
      onNotice(uploadNotice(outcome, record, t));
    } catch (error) {
      onNotice({
        ok: false,
        text: t('home.uploadRefused', { name: record.name, reason: errorMessage(error) }),
      });
    } finally {
      setUploading(null);
    }
  };

  if (exercises === undefined) return null;
  if ('error' in exercises)
    return (
      <p role="alert" className="problems">
        {t('common.storageError', { message: exercises.error })}
      </p>
    );
  if (exercises.items.length === 0) return null;
  return (
    <section aria-labelledby="browser-exercises-heading">
      <h3 id="browser-exercises-heading">{t('home.browserExercises')}</h3>
      <p className="muted">{t('home.browserExercisesIntro')}</p>
      <table className="dense">
        <ExerciseTableHead />
        <tbody>
          {exercises.items.map(({ record, eventCount }) => (
            <tr key={record.exerciseId}>
              <th scope="row">{record.name}</th>
              <td>{record.scenarioTitle}</td>
              <td>{createdAt(record.createdWallMs, language)}</td>
              <td>{eventCount}</td>
              <td className="actions">
                <button type="button" disabled={uploading !== null} onClick={() => void upload(record)}>
                  {uploading === record.exerciseId ? t('home.uploading') : t('home.upload')}
                </button>
                <button type="button" className="secondary" onClick={() => onDownload(record)}>
                  {t('home.download')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** What the notice says of an upload, in the user's words. */
function uploadNotice(outcome: UploadOutcome, record: ExerciseRecord, t: Translator): Notice {
  const { name, exerciseId } = record;
  switch (outcome.kind) {
    case 'moved':
      return {
        ok: true,
        text: t('home.uploaded', { name, events: outcome.events }),
        openExerciseId: exerciseId,
      };
    case 'already-there':
      return {
        ok: true,
        text:
          outcome.moreOnHost > 0
            ? t('home.alreadyThereMore', { name, more: outcome.moreOnHost })
            : t('home.alreadyThere', { name }),
        openExerciseId: exerciseId,
      };
    case 'differs': {
      const how =
        outcome.sameUpTo === outcome.hostEvents
          ? t('home.differsOlder', { host: outcome.hostEvents, own: outcome.ownEvents })
          : t('home.differsFrom', {
              same: outcome.sameUpTo,
              host: outcome.hostEvents,
              own: outcome.ownEvents,
            });
      return { ok: false, text: t('home.uploadDiffers', { name, id: exerciseId, how }) };
    }
    case 'refused':
      return { ok: false, text: t('home.uploadRefused', { name, reason: outcome.reason }) };
  }
}
