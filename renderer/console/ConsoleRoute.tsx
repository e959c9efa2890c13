import { ExerciseBanner } from '../components/index';
import { useExerciseHost } from '../host/index';
import { useTranslate } from '../state/index';
import { ConsoleScreen } from './ConsoleScreen';
import { CopyNoticeBar } from './CopyNoticeBar';

/**
 * The console for one exercise: shows this browser's copy of it at once, and follows it on the exercise host,
 * which runs it; says what it did with the copy.
 */
export function ConsoleRoute({ exerciseId }: { exerciseId: string }) {
  const t = useTranslate();
  const load = useExerciseHost(exerciseId);
  if (load.status === 'ready') {
    const { view, send, sendAs, copy, access } = load;
    return (
      <ConsoleScreen
        view={view}
        send={send}
        sendAs={sendAs}
        access={access}
        onDismissError={() => view.dismissError()}
        notice={<CopyNoticeBar view={view} actions={copy} />}
      />
    );
  }
  return (
    <>
      <ExerciseBanner context={t('console.title')} />
      <main className="console">
        {load.status === 'loading' ? (
          <p role="status">
            {t('console.loading')}
            {load.waiting ? ` ${t('console.waiting', { reason: load.waiting })}` : ''}
          </p>
        ) : (
          <p role="alert" className="problems">
            {load.notFound
              ? t('console.notFound', { exerciseId, reason: load.reason })
              : t('console.failed', { reason: load.reason })}{' '}
            <a href="#/">{t('nav.home')}</a>
          </p>
        )}
      </main>
    </>
  );
}
