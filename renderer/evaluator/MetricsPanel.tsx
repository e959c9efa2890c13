import { Fragment, useMemo } from 'react';
import {
  EXPECTED_STATUSES,
  metricsOf,
  STAGES,
  type ExerciseReadModels,
  type StageChain,
} from '../../core/index';
import { eventWordsFrom, ExchangeFigures, formatDuration } from '../components/index';
import { useTranslate } from '../state/index';

/**
 * Live metrics, read-only. These are the evaluator-visible metrics: derived from the read models of the
 * evaluator's own stream (everything players see plus the control material), not from the engine's log.
 * Every figure sits in a `<dd>` under the `<dt>` that names it.
 */
export function MetricsPanel({ models }: { models: ExerciseReadModels }) {
  const t = useTranslate();
  const { content } = models;
  const count = models.facts.count;
  // The models fold in place: the count of events folded says when the metrics need deriving again.
  const metrics = useMemo(() => metricsOf(models), [models, count]);
  const { expectedActions: expected, exchange } = metrics;
  const words = useMemo(() => eventWordsFrom(content), [content]);

  return (
    <section aria-labelledby="metrics-heading" className="evaluator-section metrics">
      <h2 id="metrics-heading">{t('evaluator.section.metrics')}</h2>
      <p className="muted">{t('evaluator.metrics.scope', { count })}</p>

      <table className="dense">
        <caption>{t('evaluator.metrics.stages')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluator.metrics.mechanism')}</th>
            {STAGES.map((stage) => (
              <th key={stage} scope="col">{`T_${stage}`}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <StageRow label={t('evaluator.metrics.total')} chain={metrics.stages.total} />
          {Object.entries(metrics.stages.byMechanism).map(([mechanism, chain]) => (
            <StageRow
              key={mechanism}
              label={content.playbook.mechanisms.get(mechanism)?.title ?? mechanism}
              chain={chain}
            />
          ))}
        </tbody>
      </table>

      <table className="dense">
        <caption>{t('evaluator.metrics.windows')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluator.metrics.mechanism')}</th>
            <th scope="col">{t('evaluator.metrics.window')}</th>
            <th scope="col">{t('evaluator.metrics.expected')}</th>
            <th scope="col">{t('evaluator.metrics.actual')}</th>
            <th scope="col">{t('evaluator.guide.status')}</th>
          </tr>
        </thead>
        <tbody>
          {metrics.windows.map((window) => (
            <tr key={`${window.actorKey}/${window.windowId}`}>
              <td title={window.actorKey}>{words.mechanism(window.actorKey)}</td>
              <td>
                {window.title}
                {window.reconstructed ? ` ${t('evaluator.metrics.assumed')}` : ''}
              </td>
              <td>{formatDuration(window.expectedMs)}</td>
              <td>{formatDuration(window.span?.scenarioMs ?? null)}</td>
              <td>
                <span className={`action-status window-${window.status}`}>
                  {t(`evaluator.window.${window.status}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <dl className="facts">
        <dt>{t('evaluator.metrics.hitRate')}</dt>
        <dd>{expected.hitRate === null ? '—' : `${Math.round(expected.hitRate * 100)} %`}</dd>
        <dt>{t('evaluator.metrics.released')}</dt>
        <dd>{expected.released}</dd>
        <dt>{t('evaluator.metrics.byStatus')}</dt>
        <dd>
          <dl className="facts status-counts">
            {EXPECTED_STATUSES.map((status) => (
              <Fragment key={status}>
                <dt>{t(`expected.status.${status}`)}</dt>
                <dd>{expected.byStatus[status]}</dd>
              </Fragment>
            ))}
          </dl>
        </dd>
        <dt>{t('evaluator.metrics.contingencies')}</dt>
        <dd>{expected.contingenciesReleased}</dd>
        <ExchangeFigures exchange={exchange} />
      </dl>

      <table className="dense">
        <caption>{t('evaluator.metrics.acknowledgement')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluator.guide.role')}</th>
            <th scope="col">{t('evaluator.metrics.delivered')}</th>
            <th scope="col">{t('evaluator.metrics.acknowledged')}</th>
            <th scope="col">{t('evaluator.metrics.medianScenario')}</th>
            <th scope="col">{t('evaluator.metrics.medianWall')}</th>
          </tr>
        </thead>
        <tbody>
          {metrics.acknowledgement.map((row) => (
            <tr key={row.role}>
              <td title={row.role}>{words.role(row.role)}</td>
              <td>{row.delivered}</td>
              <td>{row.acknowledged}</td>
              <td>{formatDuration(row.scenario.medianMs)}</td>
              <td>{formatDuration(row.wall.medianMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function StageRow({ label, chain }: { label: string; chain: StageChain }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {STAGES.map((stage) => (
        <td key={stage}>{formatDuration(chain[stage]?.scenarioMs ?? null)}</td>
      ))}
    </tr>
  );
}
