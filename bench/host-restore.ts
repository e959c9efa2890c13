// Restoring a 100,000-event backup into the exercise host (issue 16 §2): the host's share of "from choosing
// the file until the console shows the current state". Timed in this process: the restore of the upload's
// bytes (decoded and checked line by line, the embedded documents loaded from their sources, replayed, the
// exercise's folder written and fsync'd), then the first open of the restored exercise (the console's
// request). The baseline, measured in the same run: decoding the same file alone, as trusted, the way the
// host reads its own journal (JournalEventStore.open). A host started on a data folder that holds the exercise is timed too.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inProcessTransport } from '../core/index';
import { decodeJournalBytes } from '../node-adapters/index';
import { ExerciseHost } from '../station-server/index';
import { generateLargeExercise } from './browser/large-exercise';
import { printTable } from './measure';

const LARGE = { exerciseId: 'bench-large', injects: 5_000, events: 100_000 };

/** The browser benchmark's file, generated the same way (and kept) when this machine has none yet. */
async function benchFile(): Promise<string> {
  const folder = path.join(tmpdir(), 'playbook-sim-bench');
  const file = path.join(
    folder,
    `${LARGE.exerciseId}-${LARGE.injects}-injects-${LARGE.events}-events-v4.jsonl`,
  );
  if (existsSync(file)) return file;
  await mkdir(folder, { recursive: true });
  console.log(
    `Generating the ${LARGE.events.toLocaleString('en')}-event exercise (once; kept in ${folder})…`,
  );
  await generateLargeExercise(file, LARGE);
  return file;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

export async function benchHostRestore(): Promise<void> {
  const file = await benchFile();
  const bytes = await readFile(file);
  const baseline = await timed(async () => {
    const decoded = decodeJournalBytes(bytes, { trusted: true });
    if (decoded.problems.length > 0)
      throw new Error(`${file} does not decode: ${decoded.problems[0]?.message}`);
    return decoded.events.length;
  });
  const dataFolder = await mkdtemp(path.join(tmpdir(), 'playbook-sim-bench-restore-'));
  try {
    const host = await ExerciseHost.start({ dataFolder, openChannel: inProcessTransport() });
    const restore = await timed(() => host.restore(path.basename(file), bytes));
    if (!restore.value.ok) throw new Error(restore.value.reason);
    const { exerciseId } = restore.value.record;
    const open = await timed(() => host.open(exerciseId));
    await host.close();
    const start = await timed(() => ExerciseHost.start({ dataFolder, openChannel: inProcessTransport() }));
    const reopen = await timed(() => start.value.whenReopened());
    const cold = await timed(() => start.value.open(exerciseId));
    await start.value.close();
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const ratio = (ms: number) => `${s(ms)}  (${(ms / baseline.ms).toFixed(1)}× the baseline)`;
    printTable(
      `Restoring a backup into the host: ${baseline.value.toLocaleString('en')} events, ${(bytes.length / 1e6).toFixed(0)} MB`,
      [
        ['baseline: decoding the file alone (trusted)', s(baseline.ms)],
        ['restore (upload bytes → checked → on disk)', ratio(restore.ms)],
        ['first open after the restore', ratio(open.ms)],
        ['restore + first open (target: well under 5 s)', ratio(restore.ms + open.ms)],
        ['host start on that data folder', s(start.ms)],
        ['  its reopening in the background (running clock)', ratio(reopen.ms)],
        ['  then open (shares the reopening)', s(cold.ms)],
      ],
    );
  } finally {
    await rm(dataFolder, { recursive: true, force: true });
  }
}
