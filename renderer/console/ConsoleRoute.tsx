import { ExerciseBanner } from '../components/index';
import { useEngineHost } from '../host/index';
import { useTranslate } from '../state/index';
import { ConsoleScreen } from './ConsoleScreen';

/** The console for one exercise: opens its engine host in this tab (or read-only if another tab has it). */
export function ConsoleRoute({ exerciseId }: { exerciseId: string }) {
  const t = useTranslate();
  const load = useEngineHost(exerciseId);
  if (load.status === 'ready') {
    const { host } = load;
    return <ConsoleScreen view={host.view} send={host.send} onDismissError={() => host.dismissError()} />;
  }
  return (
    <>
      <ExerciseBanner context={t('console.title')} />
      <main className="console">
        {load.status === 'loading' ? (
          <p role="status">{t('console.loading')}</p>
        ) : (
          <p role="alert" className="problems">
            {t('console.failed', { reason: load.reason })} <a href="#/">{t('nav.home')}</a>
          </p>
        )}
      </main>
    </>
  );
}
