// Commands per second through the exercise host (issue 15 §2): the host in a process of its own, as `npm start`
// runs it, each command acknowledged only once its events are fsync'd to the journal; this process's station
// clients send message/send over the socket, timed until every reply is in. The baseline, measured in the
// same run: the same commands straight into an ExerciseEngine over core's in-memory store, in this process.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ExerciseEngine, MemoryEventStore, type CommandInput, type StationClient } from '../core/index';
import { startHostedSalisbury } from '../test/index';
import { bundledContent, exerciseContent } from './generate-journal';
import { printTable } from './measure';

const COMMANDS = 2000;
const CLIENTS = 10;

function message(to: string, n: number): CommandInput<'message/send'> {
  return { to: [to], marking: 'PUBLIC', subject: `bench ${n}`, body: 'A message of the benchmark.' };
}

/** The same commands into an engine over the in-memory store: no socket, no journal, no other process. */
async function baselineMs(roles: readonly string[]): Promise<number> {
  const { playbook, scenario } = await bundledContent();
  const store = new MemoryEventStore('bench-host-baseline');
  let wallMs = Date.UTC(2019, 9, 6, 16, 0);
  const engine = await ExerciseEngine.create(store, {
    exerciseId: store.exerciseId,
    name: 'bench',
    seed: 1,
    wallMs,
    content: exerciseContent(playbook, scenario),
  });
  const issuer = (role: string) => ({ role, station: 'bench' });
  await engine.execute(
    { commandId: 'startex', type: 'exercise/start', issuedBy: issuer('excon'), payload: {} },
    wallMs,
  );
  const start = performance.now();
  for (let n = 0; n < COMMANDS; n++) {
    const reply = await engine.execute(
      {
        commandId: `bench-${n}`,
        type: 'message/send',
        issuedBy: issuer(roles[n % roles.length] as string),
        payload: message(roles[(n + 1) % roles.length] as string, n),
      },
      (wallMs += 10),
    );
    if (!reply.ok) throw new Error(`the baseline engine refused a message: ${reply.reason}`);
  }
  return performance.now() - start;
}

/** `count` commands from each station, one after another (each awaits its reply), all stations at once. */
async function timeSends(stations: readonly StationClient[], count: number, to: (index: number) => string) {
  const start = performance.now();
  await Promise.all(
    stations.map(async (station, index) => {
      for (let n = 0; n < count; n++) {
        const reply = await station.send('message/send', message(to(index), n));
        if (!reply.ok) throw new Error(`the host refused a message: ${reply.reason}`);
      }
    }),
  );
  return performance.now() - start;
}

export async function benchHostThroughput(): Promise<void> {
  const dataFolder = await mkdtemp(path.join(tmpdir(), 'pbsim-bench-host-'));
  try {
    const hosted = await startHostedSalisbury({ dataFolder, stations: CLIENTS });
    let concurrent: number;
    let sequential: number;
    try {
      concurrent = await timeSends(hosted.stations, COMMANDS / CLIENTS, hosted.recipientOf);
      sequential = await timeSends(hosted.stations.slice(0, 1), COMMANDS, hosted.recipientOf);
    } finally {
      hosted.closeClients();
      await hosted.host.stop();
    }
    const baseline = await baselineMs(hosted.stations.map((station) => station.state.role));
    const rate = (ms: number) => `${Math.round(COMMANDS / (ms / 1000)).toLocaleString('en')} commands/s`;
    const against = (ms: number) => `${rate(ms)} (${(ms / baseline).toFixed(1)}× the baseline's time)`;
    printTable(
      `Commands through the exercise host (${COMMANDS} message/send; host in its own process, journal fsync'd)`,
      [
        ['engine over the in-memory store, in this process (baseline)', rate(baseline)],
        [`host, ${CLIENTS} stations at once, each awaiting its replies`, against(concurrent)],
        ['host, one station, each command awaited', against(sequential)],
      ],
    );
    console.log(
      "  (the engine stores each command's events before it applies the next, so commands from many stations" +
        ' do not share an fsync: the host does about one command per fsync)',
    );
  } finally {
    await rm(dataFolder, { recursive: true, force: true });
  }
}
