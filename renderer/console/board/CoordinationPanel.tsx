import { useHostVersion, type EngineHost } from '../../host/index';
import { useTranslate } from '../../state/index';
import { readModelsOf } from '../read-models';
import { CoordinationMatrix } from './CoordinationMatrix';
import { coordinationMatrix } from './coordination-view';
import { EuNatoLink } from './EuNatoLink';
import { LiveMetrics } from './LiveMetrics';
import { useThrottledMetrics } from './use-throttled-metrics';
import './board.css';

/** The coordination picture: who exchanged what with whom, the EU–NATO link, and the live metrics. */
export function CoordinationPanel({ host }: { host: EngineHost }) {
  const t = useTranslate();
  useHostVersion(host);
  const { engine } = host;
  const metrics = useThrottledMetrics(engine);
  return (
    <section aria-labelledby="coordination-heading" className="board">
      <h2 id="coordination-heading">{t('board.coord.title')}</h2>
      <CoordinationMatrix matrix={coordinationMatrix(readModelsOf(engine))} />
      <EuNatoLink engine={engine} metrics={metrics} />
      <LiveMetrics engine={engine} metrics={metrics} />
    </section>
  );
}
