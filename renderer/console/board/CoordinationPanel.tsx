import type { ExerciseView } from '../../../core/index';
import { CoordinationMatrix, coordinationMatrix } from '../../components/index';
import { useTranslate } from '../../state/index';
import { readModelsOf } from '../read-models';
import { useViewVersion } from '../use-view-version';
import { EuNatoLink } from './EuNatoLink';
import { LiveMetrics } from './LiveMetrics';
import { useThrottledMetrics } from './use-throttled-metrics';
import './board.css';

/** The coordination picture: who exchanged what with whom, the EU–NATO link, and the live metrics. */
export function CoordinationPanel({ view }: { view: ExerciseView }) {
  const t = useTranslate();
  useViewVersion(view);
  const metrics = useThrottledMetrics(view);
  return (
    <section aria-labelledby="coordination-heading" className="board">
      <h2 id="coordination-heading">{t('board.coord.title')}</h2>
      <CoordinationMatrix matrix={coordinationMatrix(readModelsOf(view))} />
      <EuNatoLink view={view} metrics={metrics} />
      <LiveMetrics view={view} metrics={metrics} />
    </section>
  );
}
