import { ExerciseBanner } from '../components/index';
import { useExerciseHost } from '../host/index';
import { useTranslate } from '../state/index';
import { ConsoleScreen } from './ConsoleScreen';

/** The console for one exercise: follows it on the exercise host, which runs it. */
export function ConsoleRoute({ exerciseId }: { exerciseId: string }) {
  const t = useTranslate();
  const load = useExerciseHost(exerciseId);
  if (load.status === 'ready') {
    const { view, send } = load;
    return <ConsoleScreen view={view} send={send} onDismissError={() => view.dismissError()} />;
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
