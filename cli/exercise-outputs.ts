import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  canonicalJson,
  metricsOfDigest,
  renderSummary,
  type EngineState,
  type JournalDigest,
  type LoadedContent,
} from '../core/index';

/**
 * metrics.json and summary.md beside a journal, from what the journal holds: `run` and `report` both write
 * them through here, so a report of a journal reproduces what its run wrote, byte for byte.
 */
export async function writeExerciseOutputs(
  folder: string,
  digest: JournalDigest,
  state: EngineState,
  content: LoadedContent,
) {
  const metrics = metricsOfDigest(digest, content);
  await writeFile(path.join(folder, 'metrics.json'), `${canonicalJson(metrics, 2)}\n`);
  await writeFile(path.join(folder, 'summary.md'), renderSummary(digest, state, content, metrics));
  return metrics;
}
