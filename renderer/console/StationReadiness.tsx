import type { ExerciseView } from '../../core/index';
import { useTranslate } from '../state/index';
import { roleTitle } from './role-titles';
import { stationReadiness, type Readiness } from './station-readiness';
import { usePresenceVersion, useViewVersion } from './use-view-version';

const READINESS_WORDS = {
  station: 'console.readiness.station',
  agent: 'console.readiness.agent',
  missing: 'console.readiness.missingRole',
} as const satisfies Record<Readiness, string>;

/**
 * Before STARTEX: which participant roles have a station open, and a warning naming those that have none,
 * so the controller does not start with a team still logging in. Gone once the exercise has started.
 */
export function StationReadiness({ view }: { view: ExerciseView }) {
  const t = useTranslate();
  useViewVersion(view);
  usePresenceVersion(view);
  if (view.state.clock.status !== 'ready') return null;
  const roles = stationReadiness(view);
  if (roles.length === 0) return null;
  const missing = roles.filter((entry) => entry.readiness === 'missing');

  return (
    <section aria-labelledby="readiness-heading" className="readiness">
      <h2 id="readiness-heading">{t('console.readiness.heading')}</h2>
      {missing.length > 0 ? (
        <p role="status" className="readiness-warning">
          {t('console.readiness.missing', {
            count: missing.length,
            roles: missing.map((entry) => roleTitle(view, entry.role)).join(', '),
          })}
        </p>
      ) : (
        <p role="status" className="readiness-ready">
          {t('console.readiness.allReady')}
        </p>
      )}
      <ul className="readiness-list">
        {roles.map(({ role, readiness }) => (
          <li key={role} className={`readiness-${readiness}`}>
            <span aria-hidden="true">{readiness === 'missing' ? '⚠' : '✓'}</span> {roleTitle(view, role)}:{' '}
            {t(READINESS_WORDS[readiness])}
          </li>
        ))}
      </ul>
    </section>
  );
}
