import { useHostVersion, type EngineHost } from '../../host/index';
import { useTranslate } from '../../state/index';
import { CoordinationFold } from './coordination-fold';
import { CoordinationMatrix } from './CoordinationMatrix';
import { EuNatoLink } from './EuNatoLink';
import { LiveMetrics } from './LiveMetrics';
import { useEventFold } from './use-event-fold';
import { useThrottledMetrics } from './use-throttled-metrics';
import './board.css';

/** The coordination picture: who exchanged what with whom, the EU–NATO link, and the live metrics. */
export function CoordinationPanel({ host }: { host: EngineHost }) {
  const t = useTranslate();
  useHostVersion(host);
  const { engine } = host;
  const fold = useEventFold(engine, (current) => new CoordinationFold(current.content));
  const metrics = useThrottledMetrics(engine);
  return (
    <section aria-labelledby="coordination-heading" className="board">
      <h2 id="coordination-heading">{t('board.coord.title')}</h2>
      <CoordinationMatrix fold={fold} />
      <EuNatoLink engine={engine} fold={fold} />
      <LiveMetrics engine={engine} metrics={metrics} />
    </section>
  );
}
