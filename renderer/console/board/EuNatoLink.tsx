import { leafPaths, type ExerciseMetrics, type ExerciseView } from '../../../core/index';
import { ExchangeFigures, wordState } from '../../components/index';
import { useContentWords } from '../../content/index';
import { useTranslate } from '../../state/index';

/** The machine that models the EU–NATO link, when the playbook has one. */
const LINK_MACHINE = 'eu-nato-link';

/**
 * What crossed the EU–NATO line, what markings stopped, and the link mechanism's own state. The figures are
 * metrics.json's (docs/metrics.md defines them): exchanges are what participants passed across the line;
 * the scenario's scripted injects that crossed it are shown apart, under their own name.
 */
export function EuNatoLink({ view, metrics }: { view: ExerciseView; metrics: ExerciseMetrics }) {
  const t = useTranslate();
  const words = useContentWords(view.content.playbook.documents);
  const linkActors = Object.entries(view.state.actors).filter(([, actor]) => actor.machine === LINK_MACHINE);
  return (
    <section aria-labelledby="eu-nato-heading" className="board-link">
      <h3 id="eu-nato-heading">{t('board.coord.link')}</h3>
      <dl className="facts">
        <ExchangeFigures exchange={metrics.exchange} />
        {linkActors.map(([key, actor]) => (
          <div key={key} className="board-fact">
            <dt>
              {t('board.coord.linkState')}
              {actor.instance ? ` (${actor.instance})` : ''}
            </dt>
            {/* The link's states in words; their paths stay on hover, for control. */}
            <dd title={leafPaths(view.activePaths(LINK_MACHINE, actor.instance)).join(', ')}>
              {leafPaths(view.activePaths(LINK_MACHINE, actor.instance))
                .map((path) => wordState(view.content.playbook.mechanisms.get(LINK_MACHINE), path, words))
                .join('; ')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
