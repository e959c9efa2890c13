import { STAGES, type ExerciseMetrics, type WindowResult } from '../../core/index';

type Stage = (typeof STAGES)[number];

/** One line of the response-stages chart: a stage's time and the playbook windows measured for it. */
export interface StageRow {
  /** `other`: windows of the mechanism that time no response stage (metric `other`). */
  stage: Stage | 'other';
  /** The stage's time in scenario time; null when it was not reached (and always for `other`). */
  ms: number | null;
  windows: WindowResult[];
}

export interface MechanismStages {
  mechanism: string;
  rows: StageRow[];
}

const stageOfMetric = (metric: string): Stage | 'other' =>
  STAGES.find((stage) => metric === `T_${stage}`) ?? 'other';

/**
 * Each mechanism's response stages (`stages.byMechanism`) beside the playbook windows that time them (a
 * window's `metric` names its stage). Legal clocks have a chart of their own and are left out; a stage shows
 * when it was reached or has a window, and a mechanism when it has a stage to show. Mechanisms come in the
 * metrics' order, those with windows but no decision after them.
 */
export function mechanismStages(metrics: ExerciseMetrics): MechanismStages[] {
  const timed = metrics.windows.filter((window) => window.metric !== 'legal-clock');
  const mechanisms = [
    ...new Set([...Object.keys(metrics.stages.byMechanism), ...timed.map((window) => window.mechanism)]),
  ];
  return mechanisms
    .map((mechanism) => {
      const chain = metrics.stages.byMechanism[mechanism];
      const own = timed.filter((window) => window.mechanism === mechanism);
      const rows = [...STAGES, 'other' as const].map((stage): StageRow => ({
        stage,
        ms: stage === 'other' ? null : (chain?.[stage]?.scenarioMs ?? null),
        windows: own.filter((window) => stageOfMetric(window.metric) === stage),
      }));
      return { mechanism, rows: rows.filter((row) => row.ms !== null || row.windows.length > 0) };
    })
    .filter((group) => group.rows.length > 0);
}
