import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalJson, renderSummary, type ExerciseMetrics, type ExerciseReadModels } from '../core/index';

/**
 * metrics.json and summary.md beside a journal, from the read models of what the journal holds: `run` and
 * `report` both write them through here, so a report of a journal reproduces what its run wrote, byte for byte.
 */
export async function writeExerciseOutputs(
  folder: string,
  models: ExerciseReadModels,
  metrics: ExerciseMetrics,
) {
  await writeFile(path.join(folder, 'metrics.json'), `${canonicalJson(metrics, 2)}\n`);
  await writeFile(path.join(folder, 'summary.md'), renderSummary(models, metrics));
}
