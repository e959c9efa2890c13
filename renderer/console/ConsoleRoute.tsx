import { useMemo } from 'react';
import { ExerciseBanner } from '../components/index';
import { consoleConnection, useExerciseHost } from '../host/index';
import { useTranslate } from '../state/index';
import { ConsoleScreen } from './ConsoleScreen';
import { CopyNoticeBar } from './CopyNoticeBar';
import { reviewHostOf } from './review-host';

/**
 * The console for one exercise: shows this browser's copy of it at once, and follows it on the exercise host,
 * which runs it; says what it did with the copy.
 */
export function ConsoleRoute({ exerciseId }: { exerciseId: string }) {
  const t = useTranslate();
  const load = useExerciseHost(exerciseId);
  // The review compares with the host's other exercises and makes branches on the same connection.
  const reviewHost = useMemo(() => reviewHostOf(consoleConnection()), []);
  if (load.status === 'ready') {
    const { view, send, sendAs, copy, access } = load;
    return (
      <ConsoleScreen
        view={view}
        send={send}
        sendAs={sendAs}
        access={access}
        reviewHost={reviewHost}
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
