import type { ExerciseRecord } from '../../core/index';
import { useState } from 'react';
import { formatWallTime, routeHash } from '../components/index';
import { useTranslate, useUiStore } from '../state/index';
import { ExerciseTableHead } from './ExerciseTableHead';

export interface HostExercisesProps {
  /** The host's catalogue; undefined until it first lists it. */
  records: ExerciseRecord[] | undefined;
  onDownload: (record: ExerciseRecord) => void;
  /** Resolves true once the exercise is deleted; false leaves the confirmation open (the notice says why). */
  onDelete: (record: ExerciseRecord) => Promise<boolean>;
}

/** When an exercise was created, as Home's lists show it: the date and the wall time. */
export function createdAt(wallMs: number, language: string): string {
  return `${new Date(wallMs).toISOString().slice(0, 10)} ${formatWallTime(wallMs, language)}`;
}

/** The exercises in the exercise host's data folder: resume or look back, back up, delete with confirmation. */
export function HostExercises({ records, onDownload, onDelete }: HostExercisesProps) {
  const t = useTranslate();
  const language = useUiStore((state) => state.language);
  const [deleting, setDeleting] = useState<ExerciseRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async (record: ExerciseRecord) => {
    setBusy(true);
    try {
      if (await onDelete(record)) setDeleting(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {records === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : records.length === 0 ? (
        <p className="muted">{t('home.noExercises')}</p>
      ) : (
        <table className="dense">
          <ExerciseTableHead />
          <tbody>
            {records.map((record) => (
              <tr key={record.exerciseId}>
                <th scope="row">
                  {record.name}{' '}
                  <span className={`status status-${record.status}`}>
                    {t(`home.status.${record.status}`)}
                  </span>
                  {record.branchOf ? (
                    <div className="muted">
                      {t('home.branchOf', { origin: record.branchOf.name, seq: record.branchOf.atSeq })}
                    </div>
                  ) : null}
                </th>
                <td>{record.scenarioTitle}</td>
                <td>{createdAt(record.createdWallMs, language)}</td>
                <td>{record.eventCount}</td>
                <td className="actions">
                  <a
                    className="button-link"
                    href={routeHash({ screen: 'console', exerciseId: record.exerciseId })}
                  >
                    {record.status === 'ended' ? t('home.lookBack') : t('home.resume')}
                  </a>
                  <button type="button" className="secondary" onClick={() => onDownload(record)}>
                    {t('home.download')}
                  </button>
                  <button type="button" className="secondary" onClick={() => setDeleting(record)}>
                    {t('home.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* Kept until the whole delete is done (the host's, then this browser's copy), even once the list is empty. */}
      {deleting ? (
        <div role="alertdialog" aria-modal="true" aria-labelledby="delete-text" className="dialog">
          <p id="delete-text">{t('home.deleteConfirm', { name: deleting.name })}</p>
          <button type="button" className="danger" disabled={busy} onClick={() => void remove(deleting)}>
            {t('home.delete').replace('…', '')}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            autoFocus
            disabled={busy}
            onClick={() => setDeleting(null)}
          >
            {t('common.cancel')}
          </button>
        </div>
      ) : null}
    </>
  );
}
