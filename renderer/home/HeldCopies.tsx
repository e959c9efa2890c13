import { routeHash } from '../components/index';
import { useTranslate, useUiStore } from '../state/index';
import { useHeldCopies, type BrowserExercises } from '../storage/index';
import { createdAt } from './HostExercises';
import { ExerciseTableHead } from './ExerciseTableHead';

/**
 * The exercises this browser holds copies of, shown while the host's own list cannot be: each opens in the
 * console, which shows the copy read-only until the host is back. Names, counts and status are the host's as
 * last heard (Home keeps them current while the host is reachable).
 */
export function HeldCopies({ store }: { store: BrowserExercises }) {
  const t = useTranslate();
  const language = useUiStore((state) => state.language);
  const copies = useHeldCopies(store);

  if (copies === undefined) return <p className="muted">{t('common.loading')}</p>;
  if ('error' in copies)
    return (
      <p role="alert" className="problems">
        {t('common.storageError', { message: copies.error })}
      </p>
    );
  if (copies.items.length === 0) return <p className="muted">{t('home.noHeldCopies')}</p>;
  return (
    <table className="dense">
      <caption>{t('home.heldCopies')}</caption>
      <ExerciseTableHead />
      <tbody>
        {copies.items.map(({ exerciseId, record }) => (
          <tr key={exerciseId}>
            <th scope="row">
              {record ? (
                <>
                  {record.name}{' '}
                  <span className={`status status-${record.status}`}>
                    {t(`home.status.${record.status}`)}
                  </span>
                </>
              ) : (
                <>
                  {exerciseId} <span className="muted">{t('home.notListed')}</span>
                </>
              )}
            </th>
            <td>{record?.scenarioTitle}</td>
            <td>{record ? createdAt(record.createdWallMs, language) : null}</td>
            <td>{record?.eventCount}</td>
            <td className="actions">
              <a className="button-link" href={routeHash({ screen: 'console', exerciseId })}>
                {t('home.openCopy')}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
