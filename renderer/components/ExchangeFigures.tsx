import type { ExerciseMetrics } from '../../core/index';
import { useTranslate } from '../state/index';

/**
 * The EU↔NATO figures and the blocked markings as terms and values for a `<dl>`: the console's Coordination
 * and the evaluator's metrics show them in the same words, from the same metrics (docs/metrics.md).
 */
export function ExchangeFigures({ exchange }: { exchange: ExerciseMetrics['exchange'] }) {
  const t = useTranslate();
  const { euNato, blockedByMarking, blockedTotal } = exchange;
  return (
    <>
      <dt>{t('exchange.euNato')}</dt>
      <dd>
        {euNato.exchanges}{' '}
        <span className="muted">
          {t('exchange.euNatoParts', { messages: euNato.messages, products: euNato.products })}
        </span>
      </dd>
      <dt>{t('exchange.euNatoBlocked')}</dt>
      <dd>{euNato.blocked}</dd>
      <dt>{t('exchange.scriptedInjects')}</dt>
      <dd>{euNato.scriptedInjects}</dd>
      <dt>{t('exchange.blockedByMarking')}</dt>
      <dd>
        {blockedTotal}
        {Object.entries(blockedByMarking).map(([marking, blocked]) => ` · ${marking} ${blocked}`)}
      </dd>
    </>
  );
}
