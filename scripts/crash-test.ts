// The exercise host's full crash run (issue 15 §2): `npm run crash-test -- --kills 100 --seed 1 [--keep]`.
// The host is killed with SIGKILL at seeded-random moments while a console and four stations send commands
// over its socket, and restarted each time (test/fixtures/crash-run.ts). Prints one line per kill and the
// totals; exits 1 if anything acknowledged was lost or anything else is wrong (each named), 2 on bad options.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { crashRunFailures, runCrash, type KillReport } from '../test/index';

const USAGE = 'usage: npm run crash-test -- [--kills N (default 100)] [--seed N (default 1)] [--keep]';

function positiveInteger(option: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 2 ** 31 - 1) {
    console.error(
      `crash-test: --${option} must be a whole number from 1, not ${JSON.stringify(text)}; ${USAGE}`,
    );
    process.exit(2);
  }
  return value;
}

function options() {
  try {
    const { values } = parseArgs({
      options: { kills: { type: 'string' }, seed: { type: 'string' }, keep: { type: 'boolean' } },
      strict: true,
    });
    return {
      kills: positiveInteger('kills', values.kills, 100),
      seed: positiveInteger('seed', values.seed, 1),
      keep: values.keep === true,
    };
  } catch (error) {
    console.error(`crash-test: ${error instanceof Error ? error.message : String(error)}; ${USAGE}`);
    process.exit(2);
  }
}

function killLine(kill: KillReport, of: number): string {
  const cut = kill.torn ? ', its last line cut' : '';
  return (
    `kill ${String(kill.kill).padStart(String(of).length)}/${of}: process ${kill.pid} killed at seq ${kill.lastSeq}${cut}` +
    ` after ${kill.acknowledged} acknowledged; back in ${(kill.restartMs / 1000).toFixed(1)} s`
  );
}

const { kills, seed, keep } = options();
const dataFolder = await mkdtemp(path.join(tmpdir(), 'pbsim-crash-'));
console.log(`crash test: ${kills} kills, seed ${seed}, data folder ${dataFolder}`);
const started = performance.now();
const report = await runCrash({
  kills,
  seed,
  dataFolder,
  onKill: (kill) => console.log(killLine(kill, kills)),
}).catch((error: unknown) => {
  // The run itself broke down (the host would not start, clients never came back): say so, keep the evidence.
  console.error(`crash-test: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`crash-test: data folder kept: ${dataFolder}`);
  process.exit(1);
});
const failures = crashRunFailures(report);

console.log(
  `\ncrash test: ${((performance.now() - started) / 1000).toFixed(0)} s, exercise ${report.exerciseId}`,
);
console.log(
  `  kills                   ${report.kills.length} (${report.kills.filter((kill) => kill.torn).length} cut a line)`,
);
console.log(
  `  commands acknowledged   ${report.acknowledged} (${report.answeredFromJournal} resent after a restart and answered from the journal)`,
);
console.log(`  events lost             ${report.lost.length}`);
console.log(`  duplicates              ${report.duplicates.length}`);
console.log(`  seq gaps                ${report.seqGaps.length}`);
console.log(`  events in the journal   ${report.events}`);
console.log(
  `  clock resumed           ${report.resumedAfterRestart} of ${report.restartsRunning} restarts with the clock running` +
    `, scenario time advanced across ${report.timeAdvanced.length} gaps`,
);
for (const failure of failures.slice(0, 50)) console.log(`  FAILED: ${failure}`);
if (failures.length > 50) console.log(`  … and ${failures.length - 50} more`);

// A failed run's data folder is kept: its journal is the evidence.
if (keep || failures.length > 0) console.log(`  data folder kept: ${dataFolder}`);
else await rm(dataFolder, { recursive: true, force: true });
process.exit(failures.length > 0 ? 1 : 0);
