// Global setup of the node test project: the CLI bundle the process tests spawn (test/fixtures/cli-process.ts),
// built once per test run, and only when a file it is made from changed.
import { buildCliBundleIfStale, CLI_BUNDLE } from '../scripts/cli-bundle';
import { PROJECT_ROOT } from '../node-adapters/index';
import path from 'node:path';

export async function setup(): Promise<void> {
  const outcome = await buildCliBundleIfStale();
  if (outcome.built) {
    console.log(`${path.relative(PROJECT_ROOT, CLI_BUNDLE)} built in ${outcome.seconds.toFixed(1)} s`);
  }
}
