import { errorMessage, type ExerciseRecord } from '../../core/index';
import { useEffect, useState } from 'react';
import { desktopBridge } from '../bridge/index';
import { routeHash } from '../components/index';
import {
  consoleConnection,
  fetchBackup,
  HOST_UNREACHABLE,
  restoreBackup,
  useConsoleStatus,
  useExerciseCatalogue,
} from '../host/index';
import { useTranslate } from '../state/index';
import { BrowserExercises } from '../storage/index';
import { BrowserExerciseList } from './BrowserExerciseList';
import { HeldCopies } from './HeldCopies';
import { HostExercises } from './HostExercises';
import { SigningKeys } from './SigningKeys';
import type { Notice } from './notice';

const JOURNAL_TYPE = 'application/x-ndjson';
/** A backup from the host: the exercise signed by it (issue 25). */
const PACKAGE_TYPE = 'application/x-pbsim-package';

/** A note of the host's (lower case, no full stop: it was written to follow a colon) as a sentence of its own. */
const asSentence = (note: string) =>
  `${note.charAt(0).toUpperCase()}${note.slice(1)}${note.endsWith('.') ? '' : '.'}`;

/**
 * The exercises: the host's (resume or look back, back up, load a backup, delete with confirmation), kept
 * current as they are created, run and deleted; while the host cannot be reached, the copies this browser
 * holds, to read; and the exercises recorded here before the host, to upload into it.
 * @param store this browser's database (a test gives its own)
 */
export function ExerciseList({ store: given }: { store?: BrowserExercises }) {
  const t = useTranslate();
  const [store] = useState(() => given ?? new BrowserExercises());
  const connection = consoleConnection();
  const status = useConsoleStatus(connection);
  const records = useExerciseCatalogue(connection) ?? undefined;
  const [notice, setNotice] = useState<Notice | null>(null);

  // The host's catalogue keeps the records of this browser's copies current, for the list shown without it.
  useEffect(() => {
    if (records === undefined) return;
    store
      .keepRecordsCurrent(records)
      .catch((error: unknown) => setNotice({ ok: false, text: errorMessage(error) }));
  }, [records, store]);

  const run = async (work: () => Promise<void>): Promise<boolean> => {
    try {
      await work();
      return true;
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error) });
      return false;
    }
  };
  /** The token for the host's endpoints: only a page the host welcomed as its console has one. */
  const token = () => {
    const current = connection.consoleToken;
    if (current === null) throw new Error(status.state === 'refused' ? status.reason : HOST_UNREACHABLE);
    return current;
  };
  const download = (record: ExerciseRecord) =>
    void run(async () => {
      const backup = await fetchBackup(record.exerciseId, token());
      await desktopBridge().saveFile(backup.fileName, backup.text, PACKAGE_TYPE);
    });
  const downloadHere = (record: ExerciseRecord) =>
    void run(async () => {
      const backup = await store.journal(record.exerciseId);
      await desktopBridge().saveFile(backup.fileName, backup.text, JOURNAL_TYPE);
    });
  const load = () =>
    run(async () => {
      const file = await desktopBridge().openFile(['.pbsim-package', '.jsonl', '.json', '.txt']);
      if (!file) return;
      // The bytes as they are: the host decodes and checks them, the page holds no second copy.
      const result = await restoreBackup(file.name, file.bytes, token());
      setNotice(
        result.ok
          ? {
              ok: true,
              text: [
                t('home.restored', { name: result.record.name, events: result.record.eventCount }),
                ...result.notes.map(asSentence),
              ].join(' '),
              openExerciseId: result.record.exerciseId,
            }
          : { ok: false, text: t('home.notLoaded', { reason: result.reason }) },
      );
    });
  const remove = (record: ExerciseRecord) =>
    run(async () => {
      await connection.delete(record.exerciseId);
      try {
        await store.deleteCopy(record.exerciseId);
      } catch (error) {
        setNotice({ ok: false, text: t('home.copyKept', { reason: errorMessage(error) }) });
      }
    });

  const away = status.state === 'unreachable' || status.state === 'refused';
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
          {notice.openExerciseId !== undefined ? (
            <>
              {' '}
              <a href={routeHash({ screen: 'console', exerciseId: notice.openExerciseId })}>
                {t('home.openConsole')}
              </a>
            </>
          ) : null}
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
      {away ? (
        <HeldCopies store={store} />
      ) : (
        <HostExercises records={records} onDownload={download} onDelete={remove} />
      )}
      <BrowserExerciseList store={store} token={token} onNotice={setNotice} onDownload={downloadHere} />
      {status.state === 'ready' ? <SigningKeys token={token} /> : null}
    </section>
  );
}
