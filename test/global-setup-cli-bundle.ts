// Global setup of the node test project: the CLI bundle the process tests spawn (test/fixtures/cli-process.ts)
// and the renderer build that serve.test.ts and the packaging check read, each built once per test run before
// any test starts (two tests building dist/renderer at once would race), and only when a source changed.
import { buildCliBundleIfStale, CLI_BUNDLE } from '../scripts/cli-bundle';
import { PROJECT_ROOT } from '../node-adapters/index';
import { buildIfStale } from '../station-server/build-if-stale';
import path from 'node:path';

export async function setup(): Promise<void> {
  const outcome = await buildCliBundleIfStale();
  if (outcome.built) {
    console.log(`${path.relative(PROJECT_ROOT, CLI_BUNDLE)} built in ${outcome.seconds.toFixed(1)} s`);
  }
  const renderer = await buildIfStale();
  if (renderer.built) console.log(`dist/renderer built in ${renderer.seconds.toFixed(1)} s`);
}
