// The sample after-action report of docs/sample-report/ (issue 24): the bundled doctrine run of the combined
// hybrid campaign (the PACE-style scenario, every role played by the doctrine policy, seed 1), reported the
// way a user would with the CLI: metrics.json, then the report as HTML and as PDF. Runs are deterministic,
// so the figures come out the same each time; the PDF is printed by the Chromium found on this machine.
//
//   npm run sample-report
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../test/index';

const SAMPLE = path.resolve(import.meta.dirname, '..', 'docs', 'sample-report');
const SCENARIO = 'scenarios/combined-hybrid-campaign';

async function cli(...args: string[]): Promise<void> {
  const result = await runCli(...args);
  console.log(result.all);
  if (result.code !== 0) throw new Error(`cli ${args.join(' ')} exited with ${result.code}`);
}

const work = await mkdtemp(path.join(tmpdir(), 'pbsim-sample-'));
try {
  await cli('run', SCENARIO, '--policy', 'doctrine', '--seed', '1', '--out', work, '--force');
  const journal = path.join(work, 'events.jsonl');
  await cli('report', journal, '--out', SAMPLE);
  await cli('report', journal, '--format', 'html', '--out', SAMPLE);
  await cli('report', journal, '--format', 'pdf', '--out', SAMPLE);
} finally {
  await rm(work, { recursive: true, force: true });
}
