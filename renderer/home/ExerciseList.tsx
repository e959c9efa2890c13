import { errorMessage, type ExerciseRecord } from '../../core/index';
import { useState } from 'react';
import { desktopBridge } from '../bridge/index';
import { formatWallTime, routeHash } from '../components/index';
import {
  consoleConnection,
  fetchJournal,
  HOST_UNREACHABLE,
  restoreBackup,
  useConsoleStatus,
  useExerciseCatalogue,
} from '../host/index';
import { useTranslate, useUiStore } from '../state/index';

/**
 * The exercises in the exercise host's data folder: resume or look back, back up, load a backup, delete with
 * confirmation. The list is the host's, kept current as exercises are created, run and deleted.
 */
export function ExerciseList() {
  const t = useTranslate();
  const language = useUiStore((state) => state.language);
  const connection = consoleConnection();
  const status = useConsoleStatus(connection);
  const records = useExerciseCatalogue(connection) ?? undefined;
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [deleting, setDeleting] = useState<ExerciseRecord | null>(null);

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error) });
    }
  };
  /** The token for the host's endpoints: only a page the host welcomed as its console has one. */
  const token = () => {
    const current = connection.consoleToken;
    if (current === null) throw new Error(status.state === 'refused' ? status.reason : HOST_UNREACHABLE);
    return current;
  };
  const download = (record: ExerciseRecord) =>
    run(async () => {
      const backup = await fetchJournal(record.exerciseId, token());
      await desktopBridge().saveFile(backup.fileName, backup.text, 'application/x-ndjson');
    });
  const load = () =>
    run(async () => {
      const file = await desktopBridge().openFile(['.jsonl', '.json', '.txt']);
      if (!file) return;
      const result = await restoreBackup(file.name, new TextDecoder().decode(file.bytes), token());
      setNotice(
        result.ok
          ? {
              ok: true,
              text: [
                t('home.restored', { name: result.record.name, events: result.record.eventCount }),
                ...result.notes,
              ].join(' '),
            }
          : { ok: false, text: result.reason },
      );
    });
  const remove = (record: ExerciseRecord) =>
    run(async () => {
      await connection.delete(record.exerciseId);
      setDeleting(null);
    });

  return (
    <section aria-labelledby="exercises-heading" className="exercises">
      <div className="section-head">
        <h2 id="exercises-heading">{t('home.exercises')}</h2>
        <button type="button" className="secondary" onClick={() => void load()}>
          {t('home.loadBackup')}
        </button>
      </div>
      {notice ? (
        <p role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'notice-ok' : 'problems'}>
          {notice.text}
        </p>
      ) : null}
      {status.state === 'unreachable' ? (
        <p role="alert" className="problems">
          {t('home.hostUnreachable')}
        </p>
      ) : status.state === 'refused' ? (
        <p role="alert" className="problems">
          {t('home.hostRefused', { reason: status.reason })}
        </p>
      ) : status.state === 'ready' ? (
        <p className="muted">{t('home.dataFolder', { folder: status.dataFolder })}</p>
      ) : null}
      {records === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : records.length === 0 ? (
        <p className="muted">{t('home.noExercises')}</p>
      ) : (
        <table className="dense">
          <thead>
            <tr>
              <th scope="col">{t('home.exerciseName')}</th>
              <th scope="col">{t('home.library')}</th>
              <th scope="col">{t('home.created')}</th>
              <th scope="col">{t('home.events')}</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <tr key={record.exerciseId}>
                <th scope="row">
                  {record.name}{' '}
                  <span className={`status status-${record.status}`}>
                    {t(`home.status.${record.status}`)}
                  </span>
                </th>
                <td>{record.scenarioTitle}</td>
                <td>
                  {new Date(record.createdWallMs).toISOString().slice(0, 10)}{' '}
                  {formatWallTime(record.createdWallMs, language)}
                </td>
                <td>{record.eventCount}</td>
                <td className="actions">
                  <a
                    className="button-link"
                    href={routeHash({ screen: 'console', exerciseId: record.exerciseId })}
                  >
                    {record.status === 'ended' ? t('home.lookBack') : t('home.resume')}
                  </a>
                  <button type="button" className="secondary" onClick={() => void download(record)}>
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
      {deleting ? (
        <div role="alertdialog" aria-modal="true" aria-labelledby="delete-text" className="dialog">
          <p id="delete-text">{t('home.deleteConfirm', { name: deleting.name })}</p>
          <button type="button" className="danger" onClick={() => void remove(deleting)}>
            {t('home.delete').replace('…', '')}
          </button>{' '}
          <button type="button" className="secondary" autoFocus onClick={() => setDeleting(null)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
