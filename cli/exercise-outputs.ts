import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  canonicalJson,
  computeMetrics,
  renderSummary,
  type ExerciseEvent,
  type LoadedContent,
} from '../core/index';

/**
 * metrics.json and summary.md beside a journal, from the journal alone: `run` and `report` both write them
 * through here, so a report of a journal reproduces what its run wrote, byte for byte.
 */
export async function writeExerciseOutputs(
  folder: string,
  events: readonly ExerciseEvent[],
  content: LoadedContent,
) {
  const metrics = computeMetrics(events, content);
  await writeFile(path.join(folder, 'metrics.json'), `${canonicalJson(metrics, 2)}\n`);
  await writeFile(path.join(folder, 'summary.md'), renderSummary(events, content, metrics));
  return metrics;
}
