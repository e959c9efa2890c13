import type { ReportCorrectiveAction } from '../../core/index';
import { useTranslate } from '../state/index';
import { ReportSection } from './ReportSection';

/** The improvement plan as the log holds it: every corrective action in the order added, withdrawn ones kept. */
export function PlanSection({
  actions,
  objectiveTitle,
}: {
  actions: readonly ReportCorrectiveAction[];
  objectiveTitle: (objectiveId: string) => string;
}) {
  const t = useTranslate();
  return (
    <ReportSection id="plan" title={t('report.section.plan')}>
      {actions.length === 0 ? (
        <p>{t('report.plan.none')}</p>
      ) : (
        <table className="report-table report-plan">
          <thead>
            <tr>
              <th scope="col">{t('report.plan.action')}</th>
              <th scope="col">{t('report.plan.what')}</th>
              <th scope="col">{t('report.plan.owner')}</th>
              <th scope="col">{t('report.plan.due')}</th>
              <th scope="col">{t('report.plan.objective')}</th>
              <th scope="col">{t('report.plan.observations')}</th>
              <th scope="col">{t('report.plan.status')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.actionId} className={action.withdrawn ? 'report-withdrawn' : undefined}>
                <th scope="row">{action.actionId}</th>
                <td>{action.what}</td>
                <td>{action.owner}</td>
                <td>{action.due ?? t('report.plan.noDue')}</td>
                <td>{action.objectiveId ? objectiveTitle(action.objectiveId) : '—'}</td>
                <td>{action.observationIds.length > 0 ? action.observationIds.join(', ') : '—'}</td>
                <td>
                  {action.withdrawn
                    ? t('report.plan.withdrawn', { reason: action.withdrawn.reason })
                    : t('report.plan.standing', { versions: action.versions })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
}
