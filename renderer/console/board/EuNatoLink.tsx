import type { ExerciseEngine } from '../../../core/index';
import { useTranslate } from '../../state/index';
import type { CoordinationFold } from './coordination-fold';
import { leafPaths } from './state-paths';

/** The machine that models the EU–NATO link, when the playbook has one. */
const LINK_MACHINE = 'eu-nato-link';

/** What crossed the EU–NATO line, what markings stopped, and the link mechanism's own state. */
export function EuNatoLink({ engine, fold }: { engine: ExerciseEngine; fold: CoordinationFold }) {
  const t = useTranslate();
  const blocked = [...fold.blockedByMarking.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const linkActors = Object.entries(engine.state.actors).filter(
    ([, actor]) => actor.machine === LINK_MACHINE,
  );
  return (
    <section aria-labelledby="eu-nato-heading" className="board-link">
      <h3 id="eu-nato-heading">{t('board.coord.link')}</h3>
      <dl className="facts">
        <dt>{t('board.coord.linkExchanges')}</dt>
        <dd>{fold.euNato.exchanges}</dd>
        <dt>{t('board.coord.linkBlocked')}</dt>
        <dd>{fold.euNato.blocked}</dd>
        <dt>{t('board.coord.blockedAll')}</dt>
        <dd>
          {blocked.length === 0
            ? t('board.coord.blockedNone')
            : blocked.map(([marking, count]) => `${marking}: ${count}`).join(' · ')}
        </dd>
        {linkActors.map(([key, actor]) => (
          <div key={key} className="board-fact">
            <dt>
              {t('board.coord.linkState')}
              {actor.instance ? ` (${actor.instance})` : ''}
            </dt>
            <dd>
              <code>{leafPaths(engine.activePaths(LINK_MACHINE, actor.instance)).join(', ')}</code>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
