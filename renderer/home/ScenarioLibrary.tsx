import { formatScenarioTime, scenarioTimeToMs, type ScenarioDocument } from '../../core/index';
import type { LibraryScenario } from '../content/index';
import { useTranslate } from '../state/index';

function mechanismsOf(scenario: ScenarioDocument): string[] {
  const names = new Set<string>();
  for (const inject of scenario.injects)
    for (const action of inject.expectedActions) if ('event' in action) names.add(action.event.machine);
  return [...names].sort();
}

/** The bundled scenarios: what each exercises, when it is set, how long it runs, who and what it involves. */
export function ScenarioLibrary({
  scenarios,
  onChoose,
  chosenId,
}: {
  scenarios: readonly (LibraryScenario & { openedFrom?: string })[];
  onChoose: (scenario: LibraryScenario) => void;
  chosenId: string | null;
}) {
  const t = useTranslate();
  return (
    <ul className="library">
      {scenarios.map((entry) => {
        const { scenario } = entry;
        const mechanisms = mechanismsOf(scenario);
        return (
          <li key={scenario.id} className={scenario.id === chosenId ? 'library-card chosen' : 'library-card'}>
            <h3>
              <button type="button" className="link-button" onClick={() => onChoose(entry)}>
                {scenario.title}
              </button>
            </h3>
            {entry.openedFrom ? (
              <p className="muted">{t('home.openedBadge', { file: entry.openedFrom })}</p>
            ) : null}
            <p className="library-summary">{scenario.summary}</p>
            <button
              type="button"
              onClick={() => onChoose(entry)}
              aria-label={`${t('home.start')}: ${scenario.title}`}
            >
              {t('home.start')}
            </button>
            <dl className="facts">
              <dt>{t('home.inWorld')}</dt>
              <dd>
                {scenario.start.date.replace('T', ' ')} ({scenario.start.timeZone})
              </dd>
              <dt>{t('home.span')}</dt>
              <dd>{formatScenarioTime(scenarioTimeToMs(`T+${scenario.span}`)).slice(2)}</dd>
              <dt>{t('home.injects')}</dt>
              <dd>{scenario.injects.length}</dd>
              <dt>{t('home.roles')}</dt>
              <dd>{scenario.roles.play.length + scenario.roles.local.length}</dd>
              <dt>{t('home.mechanisms')}</dt>
              <dd>{mechanisms.join(', ')}</dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
