import path from 'node:path';
import { canonicalJson, renderSummary, type ExerciseMetrics, type ExerciseReadModels } from '../core/index';
import { writeOutputFile } from './output-files';

/** The names metrics and summary are written under: the complete ones, or those of a damaged journal's prefix. */
export const COMPLETE_OUTPUTS = { metrics: 'metrics.json', summary: 'summary.md' } as const;
export const PARTIAL_OUTPUTS = { metrics: 'metrics.partial.json', summary: 'summary.partial.md' } as const;
export type OutputNames = typeof COMPLETE_OUTPUTS | typeof PARTIAL_OUTPUTS;

/**
 * metrics.json and summary.md beside a journal, from the read models of what the journal holds: `run` and
 * `report` both write them through here, so a report of a journal reproduces what its run wrote, byte for byte.
 * Each file is written whole or not at all (see writeOutputFile). Returns the paths written.
 */
export async function writeExerciseOutputs(
  folder: string,
  models: ExerciseReadModels,
  metrics: ExerciseMetrics,
  names: OutputNames = COMPLETE_OUTPUTS,
  command = 'run',
): Promise<{ metrics: string; summary: string }> {
  const written = { metrics: path.join(folder, names.metrics), summary: path.join(folder, names.summary) };
  await writeOutputFile(command, written.metrics, `${canonicalJson(metrics, 2)}\n`);
  await writeOutputFile(command, written.summary, renderSummary(models, metrics));
  return written;
}
